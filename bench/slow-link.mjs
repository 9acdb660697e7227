/**
 * `npm run bench:slow-link` (after `npm run build`; `npm run bench` runs it too): the README's
 * embeds against plain HTML as a phone on a weak connection meets a CDN (150 ms round trip,
 * 1.6 Mbps down, 4× CPU slowdown, the script from a second origin), for issue 12: first
 * contentful paint, largest contentful paint, when the guide is visible, and layout shift.
 * Pages are interleaved in each round after one unrecorded warm-up round; each load is a fresh
 * incognito context with the HTTP cache disabled. Writes docs/benchmarks-slow-link.md (and
 * stdout), and the summary table into README.md between its markers. A benchmark, not a test:
 * it fails only if a page breaks. `ROUNDS=n` changes the number of rounds (default 15, see bench/session.mjs).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { SETTLE_MS } from './measure.mjs';
import { measureSlowLoad } from './slow-link-measure.mjs';
import { buildPages, cdnRoutes, PAGES } from './slow-link-pages.mjs';
import { README_MARKERS, readmeSummary, renderSlowLinkReport } from './slow-link-report.mjs';
import { inRounds, launchChromium, machine, roundsFromEnv } from './session.mjs';
import { serveCompressed } from './slow-link-server.mjs';

/** 150 ms round trip, 1.6 Mbps down and 750 kbps up in bytes per second, 4× CPU slowdown. */
const PROFILE = { latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8, cpu: 4 };
/** A phone's CSS viewport; no `isMobile` (see "How measured" in the report), pixel ratio 1. */
const VIEWPORT = { width: 412, height: 915, deviceScaleFactor: 1 };
const ROUNDS = roundsFromEnv();
const REPORT = 'docs/benchmarks-slow-link.md';
const README = 'README.md';

const started = Date.now();
const cdn = await serveCompressed(cdnRoutes(), { cors: true });
const html = buildPages(cdn.origin);
const site = await serveCompressed(
  new Map(PAGES.map(({ id }) => [`/${id}.html`, { type: 'text/html; charset=utf-8', body: html[id] }])),
);
const browser = await launchChromium(VIEWPORT);
try {
  const loads = await inRounds(
    ROUNDS,
    PAGES,
    async ({ id, kind }) => {
      const load = await measureSlowLoad(browser, `${site.origin}/${id}.html`, kind, PROFILE);
      if (load.problems.length) console.warn(`${id}: ${load.problems.join('; ')}`);
      return load;
    },
    (load) => `FCP ${Math.round(load.fcp)} / visible ${Math.round(load.visible)} ms`,
  );
  const run = {
    date: new Date().toISOString().slice(0, 10),
    chromium: await browser.version(),
    machine: machine(),
    profile: PROFILE,
    viewport: VIEWPORT,
    rounds: ROUNDS,
    pages: PAGES,
    loads,
    seconds: Math.round((Date.now() - started) / 1000),
    origins: [
      [site.origin, 'site'],
      [cdn.origin, 'cdn'],
    ],
    settleMs: SETTLE_MS,
  };
  const report = await renderSlowLinkReport(run);
  await writeFile(REPORT, report);

  const readme = await readFile(README, 'utf8');
  const [start, end] = README_MARKERS.map((marker) => readme.indexOf(marker));
  if (start < 0 || end < start) console.warn(`${README}: no ${README_MARKERS.join(' … ')}; summary not written there.`);
  else {
    const summary = await readmeSummary(run);
    await writeFile(README, `${readme.slice(0, start + README_MARKERS[0].length)}\n\n${summary}\n${readme.slice(end)}`);
  }
  console.log(`\n${report}\nWrote ${REPORT} (and the summary in ${README}) in ${run.seconds} s.`);
} finally {
  await browser.close();
  await site.close();
  await cdn.close();
}
