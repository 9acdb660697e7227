/**
 * What both benchmarks (bench/run.mjs, bench/slow-link.mjs) do the same way: how many rounds,
 * the browser, the rounds themselves, and a fresh throttled page for each load.
 */
import os from 'node:os';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/support/browsers.mjs';

/**
 * `ROUNDS` from the environment (default 15: single loads vary by ±100 ms on 2 shared cores,
 * and 9 rounds left the single-guide ratio swinging between 1.3 and 1.7 from run to run).
 */
export function roundsFromEnv() {
  const rounds = Number(process.env.ROUNDS ?? 15);
  if (!Number.isInteger(rounds) || rounds < 1)
    throw new Error(`ROUNDS must be a whole number ≥ 1, not ${process.env.ROUNDS}`);
  if (rounds < 9) console.warn(`ROUNDS=${rounds}: fewer than the 9 rounds the published numbers need.`);
  return rounds;
}

/** The machine, for the report: CPU, cores, memory, Node. */
export function machine() {
  const cpus = os.cpus();
  return `${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}`;
}

/** Debian's headless Chromium, as the tests launch it. */
export const launchChromium = (viewport) =>
  puppeteer.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, defaultViewport: viewport });

/**
 * Measures every page once per round, interleaved, after one unrecorded round: the first loads
 * after launch pay for starting renderer processes and warming Chromium itself, which is no
 * page's cost. Every other round runs the pages in reverse order, so that no page always comes
 * right after the same one (say, after the heaviest page's garbage). Prints one line per round (`describe` says what of a load goes in it); returns
 * each page's loads by id.
 */
export async function inRounds(rounds, pages, measure, describe) {
  const loads = Object.fromEntries(pages.map(({ id }) => [id, []]));
  for (let round = 0; round <= rounds; round++) {
    const line = [];
    for (const page of round % 2 ? [...pages].reverse() : pages) {
      const load = await measure(page);
      if (round > 0) loads[page.id].push(load);
      line.push(`${page.id} ${describe(load)}`);
    }
    console.log(`${round === 0 ? 'warm-up' : `round ${round}/${rounds}`}: ${line.join(' · ')}`);
  }
  return loads;
}

/**
 * A page in a fresh incognito context (no cookies, storage or memory cache shared with earlier
 * loads), the HTTP cache disabled, the CPU slowed `cpu` times and, given `network`, the network
 * throttled too; `scripts` run before any of the page's own (`[function, argument]`). Page
 * errors, and console errors and warnings, go into `problems`.
 */
export async function throttledPage(browser, { cpu, network, scripts, problems }) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (network) await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  for (const [script, argument] of scripts) await page.evaluateOnNewDocument(script, argument);
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn')
      problems.push(`console ${message.type()}: ${message.text()}`);
  });
  return { context, page, cdp };
}

/** In the page: waits `ms`, then two frames, so that anything pending has been drawn. */
export const settle = (ms) =>
  new Promise((resolve) => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(resolve)), ms));

/** The probe's ready time (bench/probe.mjs); fails, saying `what`, if it takes over `timeout` ms. */
export const readyTime = (page, timeout, what) =>
  page.evaluate(
    (ms, message) =>
      Promise.race([
        window.__bench.ready,
        new Promise((_, reject) => setTimeout(() => reject(new Error(`${message} after ${ms} ms`)), ms)),
      ]),
    timeout,
    what,
  );
