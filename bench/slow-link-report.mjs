/**
 * Turns the slow-link loads into docs/benchmarks-slow-link.md: environment, results with median
 * and min–max, each embed against plain HTML (difference of medians, and the ratio with its 95%
 * bootstrap interval from bench/report.mjs, since single loads on a busy machine swing by more
 * than some differences), what the largest paint was, layout shifts, requests, how measured.
 * Also the short table for the README's "Embed" section (`readmeSummary`), which
 * bench/slow-link.mjs writes between its markers in README.md.
 * Everything is formatted with the project's Prettier settings, so the files pass `prettier --check`.
 */
import prettier from 'prettier';
import { problemsLine, ratioInterval, shiftsSection, stat } from './report.mjs';

/** The marker lines in README.md between which the summary goes. */
export const README_MARKERS = ['<!-- bench:slow-link:start -->', '<!-- bench:slow-link:end -->'];

const BASE = 'plain';

/** The times compared with plain HTML, in table order. */
const TIMES = [
  ['fcp', 'First contentful paint'],
  ['lcp', 'Largest contentful paint'],
  ['visible', 'Guide visible'],
];

const int = (n) => Math.round(n).toLocaleString('en-US');
const cls = (n) => (n === 0 ? '0' : n.toFixed(3));
const range = (s, format) => `${format(s.median)} (${format(s.min)}–${format(s.max)})`;
const series = (loads, id, metric) => stat(loads[id].map((load) => load[metric]));
const median = (loads, id, metric) => series(loads, id, metric).median;

/** "+230 ms", "−20 ms", "±0 ms": a difference of medians, to 10 ms (single loads vary by more). */
function delta(ms) {
  const rounded = Math.round(ms / 10) * 10;
  if (rounded === 0) return '±0 ms';
  return `${rounded > 0 ? '+' : '−'}${int(Math.abs(rounded))} ms`;
}

/** Whether the 95% interval of the ratio of medians includes 1: no difference this run can show. */
const withinNoise = ({ low, high }) => low <= 1 && high >= 1;

/** CLS of a page in a few words: the median, and how many loads shifted when not all or none did. */
function clsCell(loads, id) {
  const values = loads[id].map((load) => load.cls);
  const shifted = values.filter((value) => value > 0).length;
  const s = stat(values);
  if (shifted === 0 || shifted === values.length) return cls(s.median);
  return `${cls(s.median)} (> 0 in ${shifted} of ${values.length} loads, max ${cls(s.max)})`;
}

function resultsTable(pages, loads) {
  const rows = pages.map(({ id, label }) => {
    const s = (metric) => series(loads, id, metric);
    return `| ${label} | ${range(s('fcp'), int)} | ${range(s('lcp'), int)} | ${range(s('visible'), int)} | ${range(s('cls'), (n) => n.toFixed(4))} | ${range(s('load'), int)} | ${range(s('transfer'), int)} |`;
  });
  return [
    '| Page | FCP, ms | LCP, ms | Guide visible, ms | CLS | Load event, ms | Bytes on the wire |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}

function comparisonTable(pages, loads) {
  const rows = pages
    .filter(({ id }) => id !== BASE)
    .map(({ id, label }) => {
      const cells = TIMES.map(([metric]) => {
        const interval = ratioInterval(loads, metric, id, BASE);
        const ratio = median(loads, id, metric) / median(loads, BASE, metric);
        return `${delta(median(loads, id, metric) - median(loads, BASE, metric))}; ${ratio.toFixed(2)} (${interval.low.toFixed(2)}–${interval.high.toFixed(2)})${withinNoise(interval) ? ' \\*' : ''}`;
      });
      return `| ${label} | ${cells.join(' | ')} | ${clsCell(loads, id)} |`;
    });
  return [
    `| Page | ${TIMES.map(([, name]) => `${name}: difference; ratio (95% interval)`).join(' | ')} | CLS |`,
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}

/** The LCP element of each page, with how many loads had it. */
function lcpSection(pages, loads) {
  return pages
    .map(({ id, label }) => {
      const counts = new Map();
      for (const { lcpElement } of loads[id]) counts.set(lcpElement, (counts.get(lcpElement) ?? 0) + 1);
      const list = [...counts].sort((a, b) => b[1] - a[1]).map(([element, n]) => `${element} (${n})`);
      return `- ${label}: ${list.join('; ')}`;
    })
    .join('\n');
}

/** What each page fetched and its bytes on the wire (first recorded load), and any problem in any load. */
function requestsSection(pages, loads, origins) {
  const file = ({ url, bytes }) => {
    const [origin, name] = origins.find(([o]) => url.startsWith(`${o}/`)) ?? ['', 'elsewhere'];
    return `${name} \`${url.slice(origin.length)}\` ${int(bytes)} B`;
  };
  const lines = pages.map(({ id, label }) => `- ${label}: ${loads[id][0].files.map(file).join(', ')}`);
  lines.push(problemsLine(pages, loads));
  return lines.join('\n');
}

const format = async (markdown) =>
  prettier.format(markdown, { ...(await prettier.resolveConfig('README.md')), parser: 'markdown' });

/**
 * The README's table: plain HTML's medians, then each embed as the difference from them.
 * @returns {Promise<string>} Markdown, formatted
 */
export async function readmeSummary(
  { date, chromium, profile, rounds, viewport, pages, loads },
  { inReport = false } = {},
) {
  let noisy = false;
  const rows = pages.map(({ id, label }) => {
    const cells = TIMES.map(([metric]) => {
      if (id === BASE) return `${int(median(loads, id, metric))} ms`;
      const noise = withinNoise(ratioInterval(loads, metric, id, BASE));
      noisy ||= noise;
      return `${delta(median(loads, id, metric) - median(loads, BASE, metric))}${noise ? '\\*' : ''}`;
    });
    return `| ${label} | ${cells.join(' | ')} | ${clsCell(loads, id)} |`;
  });
  const table = [
    `| Embed | ${TIMES.map(([, name]) => name).join(' | ')} | Layout shift (CLS) |`,
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
  const note =
    `Medians of ${rounds} loads each (${date}, ${chromium.replace('/', ' ')}, ${profile.latency} ms round trip, ` +
    `${(profile.downloadThroughput * 8) / 1e6} Mbps down, ${profile.cpu}× CPU slowdown, ${viewport.width}×${viewport.height}): ` +
    'plain HTML in ms, each embed as the difference from it.' +
    (noisy ? ' \\* Within the noise: this run cannot tell it from plain HTML.' : '') +
    (inReport ? '' : ' Ranges and intervals: [docs/benchmarks-slow-link.md](docs/benchmarks-slow-link.md).');
  return format(`${table}\n\n${note}\n`);
}

/** The whole of docs/benchmarks-slow-link.md. */
export async function renderSlowLinkReport(run) {
  const { date, chromium, machine, profile, viewport, rounds, pages, loads, seconds, origins, settleMs } = run;
  const summary = await readmeSummary(run, { inReport: true });
  return format(`# Benchmarks: a phone on a slow link

\`npm run bench:slow-link\` (also run by \`npm run bench\`, after the main benchmark): the embeds the
README's "Embed" section offers, built from its snippets, against the same guide as plain HTML
(\`<details>\`, no script), as a phone on a weak connection meets a CDN: the page from one
origin, the script from a second. A benchmark, not a test: CI does not run it, and single loads
vary a lot, so every median comes with its min–max, and every ratio with its 95% interval.

- Date: ${date}
- Browser: ${chromium}, headless
- Machine: ${machine}
- Network: ${profile.latency} ms round trip, ${(profile.downloadThroughput * 8) / 1e6} Mbps down, ${(profile.uploadThroughput * 8) / 1e3} kbps up (\`Network.emulateNetworkConditions\` with latency ${profile.latency}, downloadThroughput ${profile.downloadThroughput} B/s, uploadThroughput ${profile.uploadThroughput} B/s)
- CPU throttle: ${profile.cpu}× (\`Emulation.setCPUThrottlingRate\`)
- Viewport: ${viewport.width}×${viewport.height} CSS px at device pixel ratio ${viewport.deviceScaleFactor}, without mobile emulation (see How measured)
- Rounds: ${rounds} (one unrecorded warm-up round first), pages interleaved in each round in the order below, reversed every other round
- One run (build not included): ${seconds} s

## Summary

The table \`npm run bench:slow-link\` writes into the README's "Embed" section, between
\`${README_MARKERS[0]}\` and \`${README_MARKERS[1]}\`:

${summary}

## Results

Median (min–max) of ${rounds} loads per page. Bytes on the wire include the response headers.

${resultsTable(pages, loads)}

## Against plain HTML

Each embed's median minus plain HTML's (to 10 ms), and the ratio of the medians with its 95%
bootstrap interval (the rounds resampled 2,000 times, each round's two loads kept together, seeded: bench/report.mjs).
\\* The interval includes 1: this run cannot tell the embed from plain HTML on that measure.

${comparisonTable(pages, loads)}

## Largest contentful paint

The element of the final candidate, with the number of loads. The guide's text is in its shadow
root, where \`LargestContentfulPaint.element\` gives no element.

${lcpSection(pages, loads)}

## Layout shifts

From the load with the most CLS of each page that had any. \`(node gone)\` is a node the API does
not name, inside the guide's shadow root: with \`data-open="2"\`, the 4th step's title and summary,
pushed down when the open step's text arrives.

${shiftsSection(pages, loads)}

## Requests

${requestsSection(pages, loads, origins)}

## How measured

- **Pages** (\`bench/slow-link-pages.mjs\`). The main benchmark's host page (a heading and a
  paragraph, the guide, a paragraph after it, so that a guide that appears or grows late moves
  content). Plain HTML is its page A. The others put in the README's snippets, read from
  README.md: "Script first" with \`dist/img-pathway.fallback.html\` inside the element where the
  README shows "…", once with the script in \`<head>\` and the element in the body, and once
  pasted whole where the guide goes, as an editor pastes it into a CMS; "Two tags" (\`defer\`)
  and "One tag" (\`data-mount\`) pasted where the guide goes; and "One tag" once more without the
  README's \`data-open="2"\`. The CDN URL becomes the second server's origin and
  \`integrity="sha384-…"\` the real hash, so \`integrity\` and \`crossorigin\` work as on a CDN;
  the bundle then fetches \`img-pathway.en.js\` (the step bodies) from there itself.
- **Two origins** (\`bench/slow-link-server.mjs\`). Two \`node:http\` servers on \`localhost\`, on
  two ports, so two origins: the pages on one, the CDN on the other, with
  \`Access-Control-Allow-Origin: *\` as jsDelivr sends. Both compress (brotli, which Chromium
  asks for from \`localhost\`, a secure origin, as from any HTTPS CDN) and send
  \`Cache-Control: no-store\`; everything is in memory and compressed once.
- **Each load** (\`bench/slow-link-measure.mjs\`). A new incognito browser context and page,
  \`Network.setCacheDisabled\`, the network conditions above, the CPU throttled, then navigation;
  the context is closed after measuring. The emulated round trip is added once per request
  (from request sent to response headers); connection set-up is not modeled. A first visit to a
  real CDN also pays DNS, TCP and TLS set-up to the second origin, a few more round trips before
  the script's first byte, so the script's cost here is a floor.
- **FCP**: the \`first-contentful-paint\` paint entry. **LCP**: the last
  \`largest-contentful-paint\` candidate (\`PerformanceObserver\`, \`buffered: true\`), read once
  the guide is visible, every request has finished and ${settleMs} ms (plus two frames) have passed.
  Both are Chromium's paint times (when the frame was presented).
- **Guide visible**: the main benchmark's "ready" (\`bench/probe.mjs\`): \`performance.now()\` in
  the first animation frame in which the guide's 4th step title has a box. It is taken as that
  frame starts, before it is drawn, so it can read earlier than FCP and LCP of the same frame;
  alike for every page.
- **CLS**: the sum of \`layout-shift\` entries without \`hadRecentInput\`, from navigation to the
  reading above (\`bench/probe.mjs\`). No input is sent.
- **Viewport**: a phone's ${viewport.width}×${viewport.height} CSS px, at device pixel ratio ${viewport.deviceScaleFactor} (less
  rasterizing on these 2 cores), but without puppeteer's \`isMobile\`: with it, Chromium counts
  the resize of the mobile viewport (at the \`<meta name="viewport">\`) as input, marks every
  shift in the next 500 ms \`hadRecentInput\`, and the deferred script's shift vanished from CLS.
  The pages say \`width=device-width\`, so the layout is the phone's width either way.
- **Load event**: \`loadEventStart\` of the navigation entry. **Bytes on the wire**: the sum of
  \`encodedDataLength\` of every request (\`Network.loadingFinished\`), headers included.

The machine's 2 cores also run Node and puppeteer, and other work at times, which adds to the
noise: compare medians, and trust a difference only where its interval excludes 1.
`);
}
