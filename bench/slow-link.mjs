/**
 * `npm run bench:slow-link` (after `npm run build`; `npm run bench` runs it too): the README's
 * embeds against plain HTML as a phone on a weak connection meets a CDN (150 ms round trip,
 * 1.6 Mbps down, 4× CPU slowdown, the script from a second origin), for issue 12: first
 * contentful paint, largest contentful paint, when the guide is visible, and layout shift.
 * Pages are interleaved in each round after one unrecorded warm-up round; each load is a fresh
 * incognito context with the HTTP cache disabled. Writes docs/benchmarks-slow-link.md (and
 * stdout), and the summary table into README.md between its markers. A benchmark, not a test:
 * it fails only if a page breaks. `ROUNDS=n` changes the number of rounds (default 15, as the
 * main benchmark: single loads vary by ±100 ms on 2 shared cores).
 */
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/support/browsers.mjs';
import { SETTLE_MS } from './measure.mjs';
import { measureSlowLoad } from './slow-link-measure.mjs';
import { buildPages, cdnRoutes, PAGES } from './slow-link-pages.mjs';
import { README_MARKERS, readmeSummary, renderSlowLinkReport } from './slow-link-report.mjs';
import { serveCompressed } from './slow-link-server.mjs';

/** 150 ms round trip, 1.6 Mbps down and 750 kbps up in bytes per second, 4× CPU slowdown. */
const PROFILE = { latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8, cpu: 4 };
/** A phone's CSS viewport; no `isMobile` (see "How measured" in the report), pixel ratio 1. */
const VIEWPORT = { width: 412, height: 915, deviceScaleFactor: 1 };
const ROUNDS = Number(process.env.ROUNDS ?? 15);
const REPORT = 'docs/benchmarks-slow-link.md';
const README = 'README.md';

if (!Number.isInteger(ROUNDS) || ROUNDS < 1)
  throw new Error(`ROUNDS must be a whole number ≥ 1, not ${process.env.ROUNDS}`);
if (ROUNDS < 9) console.warn(`ROUNDS=${ROUNDS}: fewer than the 9 rounds the published numbers need.`);

const started = Date.now();
const cdn = await serveCompressed(cdnRoutes(), { cors: true });
const html = buildPages(cdn.origin);
const site = await serveCompressed(
  new Map(PAGES.map(({ id }) => [`/${id}.html`, { type: 'text/html; charset=utf-8', body: html[id] }])),
);
const browser = await puppeteer.launch({
  executablePath: chromiumPath(),
  args: CHROMIUM_ARGS,
  defaultViewport: VIEWPORT,
});
const loads = Object.fromEntries(PAGES.map(({ id }) => [id, []]));
try {
  // One unrecorded round first: the first loads after launch pay for starting renderer
  // processes and warming Chromium itself, which is no page's cost.
  for (let round = 0; round <= ROUNDS; round++) {
    const line = [];
    for (const { id, kind } of PAGES) {
      const load = await measureSlowLoad(browser, `${site.origin}/${id}.html`, kind, PROFILE);
      if (load.problems.length) console.warn(`${id}: ${load.problems.join('; ')}`);
      if (round > 0) loads[id].push(load);
      line.push(`${id} ${Math.round(load.fcp)}/${Math.round(load.visible)}`);
    }
    console.log(`${round === 0 ? 'warm-up' : `round ${round}/${ROUNDS}`}: FCP/visible ms ${line.join(' · ')}`);
  }

  const cpus = os.cpus();
  const run = {
    date: new Date().toISOString().slice(0, 10),
    chromium: await browser.version(),
    machine: `${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}`,
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
