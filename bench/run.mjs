/**
 * `npm run bench` (after `npm run build`): loads pages A, B, C and their 50-instance versions,
 * interleaved A B C A50 B50 C50 per round (reversed every other round), in headless Chromium
 * with the CPU throttled; then times A's and B's work inside one page (bench/in-page.mjs); and
 * writes the results to docs/benchmarks.md (and stdout). A benchmark, not a test: it reports
 * numbers and fails only if a page breaks. `ROUNDS=n` changes the number of rounds (default 15,
 * see bench/session.mjs).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { sizes } from './bytes.mjs';
import { bundleComposition, minimalLitElement } from './composition.mjs';
import { inPageRoutes, measureInPage } from './in-page.mjs';
import { measureLoad, SETTLE_MS } from './measure.mjs';
import { ASSETS, inlineCss, LOADED_BY_SCRIPT, PAGES, pageHtml } from './pages.mjs';
import { renderReport } from './report.mjs';
import { serve } from './server.mjs';
import { inRounds, launchChromium, machine, roundsFromEnv } from './session.mjs';
import { buildShoelaceDetails, SHOELACE_THEME } from './shoelace.mjs';

const THROTTLE = 4;
const ROUNDS = roundsFromEnv();
const VIEWPORT = { width: 1280, height: 800 };
const SHOELACE_BUNDLE = 'bench/build/sl-details.js';
const REPORT = 'docs/benchmarks.md';
/** Samples of each in-page work (bench/in-page.mjs), and the guides added at once. */
const IN_PAGE = { samples: 60, count: 50 };

const started = Date.now();
await mkdir('bench/build', { recursive: true });
await buildShoelaceDetails(SHOELACE_BUNDLE);

const routes = new Map([
  ['/img-pathway.js', { type: 'text/javascript', body: await readFile('dist/img-pathway.js') }],
  ['/img-pathway.en.js', { type: 'text/javascript', body: await readFile('dist/img-pathway.en.js') }],
  ['/sl-details.js', { type: 'text/javascript', body: await readFile(SHOELACE_BUNDLE) }],
  ['/shoelace/light.css', { type: 'text/css', body: await readFile(SHOELACE_THEME) }],
  ...PAGES.map(({ id, kind, count }) => [
    `/${id}.html`,
    { type: 'text/html; charset=utf-8', body: pageHtml(kind, count) },
  ]),
  ...inPageRoutes(),
]);

/**
 * JS+CSS (inline CSS and every script and stylesheet) and the HTML document, per single-guide
 * page; the 50-instance pages load the same files.
 */
const bytes = Object.fromEntries(
  PAGES.filter(({ count }) => count === 1).map(({ id, kind }) => [
    id,
    {
      code: sizes([
        inlineCss(kind),
        ...[...ASSETS[kind], ...LOADED_BY_SCRIPT[kind]].map((path) => routes.get(path).body),
      ]),
      html: sizes([routes.get(`/${id}.html`).body]),
    },
  ]),
);

const bundle = sizes([routes.get('/img-pathway.js').body]);
const composition = await bundleComposition('dist/img-pathway.js');
const litFloor = await minimalLitElement('bench/build/minimal-lit.js');

const server = await serve(routes);
const browser = await launchChromium(VIEWPORT);
try {
  const loads = await inRounds(
    ROUNDS,
    PAGES,
    (page) => measureLoad(browser, `${server.origin}/${page.id}.html`, page, THROTTLE),
    (load) => `${Math.round(load.ready)} ms ready`,
  );
  console.log(`in-page: ${IN_PAGE.samples} samples of each work…`);
  const inPage = await measureInPage(browser, server.origin, IN_PAGE);
  const report = renderReport({
    date: new Date().toISOString().slice(0, 10),
    chromium: await browser.version(),
    machine: machine(),
    throttle: THROTTLE,
    rounds: ROUNDS,
    viewport: VIEWPORT,
    pages: PAGES,
    assets: Object.fromEntries(
      Object.entries(ASSETS).map(([kind, files]) => [kind, [...files, ...LOADED_BY_SCRIPT[kind]]]),
    ),
    bytes,
    bundle,
    composition,
    litFloor,
    loads,
    inPage,
    inPageCount: IN_PAGE.count,
    origin: server.origin,
    settleMs: SETTLE_MS,
  });
  await writeFile(REPORT, report);
  // Every load, round by round, to look at again without another run (not committed).
  await writeFile('bench/build/loads.json', JSON.stringify({ loads, inPage }));
  console.log(`\n${report}\nWrote ${REPORT} in ${Math.round((Date.now() - started) / 1000)} s.`);
} finally {
  await browser.close();
  await server.close();
}
