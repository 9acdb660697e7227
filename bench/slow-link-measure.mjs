/**
 * One page load on a slow link, measured: a fresh incognito browser context, the HTTP cache
 * disabled, the network throttled (`Network.emulateNetworkConditions`) and the CPU too, then
 * first contentful paint, largest contentful paint, when the guide is visible, CLS, the load
 * event, and the bytes each request took on the wire.
 *
 * "Guide visible" is the main benchmark's "ready" (bench/probe.mjs): the first frame in which
 * the guide's 4th step title has a box. FCP alone can be the host page's heading while the
 * guide comes later, and that difference is what an editor chooses between.
 */
import { SETTLE_MS } from './measure.mjs';
import { probe } from './probe.mjs';
import { readyTime, settle, throttledPage } from './session.mjs';

/** A page whose guide is not visible by then is broken, not slow. */
const VISIBLE_TIMEOUT_MS = 60000;

/**
 * In the page, before its own code (serialized: nothing from this module's scope): keeps the
 * latest `largest-contentful-paint` candidate in `window.__paint`.
 */
function paintProbe() {
  const describe = (node) => {
    // `element` is null for an element inside a shadow root (the guide's text) or one removed.
    if (!node) return 'no element (in a shadow root, or removed)';
    const name = node.nodeName.toLowerCase();
    if (node.className) return `${name}.${node.className}`;
    return `${name} "${node.textContent.trim().slice(0, 32)}…"`;
  };
  const paint = (window.__paint = { lcp: undefined, lcpElement: undefined });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      paint.lcp = entry.startTime;
      paint.lcpElement = describe(entry.element);
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
}

/**
 * Loads `url` on the slow link and measures it.
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} url
 * @param {string} kind what the probe looks for: `details` or `pathway`
 * @param {{ latency: number, downloadThroughput: number, uploadThroughput: number, cpu: number }} profile
 *   round trip in ms, throughputs in bytes/s, CPU slowdown factor
 */
export async function measureSlowLoad(browser, url, kind, profile) {
  const problems = [];
  const { latency, downloadThroughput, uploadThroughput, cpu } = profile;
  const { context, page, cdp } = await throttledPage(browser, {
    cpu,
    network: { latency, downloadThroughput, uploadThroughput },
    scripts: [
      [probe, { kind, count: 1 }],
      [paintProbe, undefined],
    ],
    problems,
  });
  try {
    /** requestId → { url, bytes on the wire once finished } */
    const requests = new Map();
    let pending = 0;
    cdp.on('Network.requestWillBeSent', ({ requestId, request }) => {
      if (request.url.startsWith('data:')) return;
      if (!requests.has(requestId)) pending++;
      requests.set(requestId, { url: request.url, bytes: undefined });
    });
    cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
      const request = requests.get(requestId);
      if (!request || request.bytes !== undefined) return;
      request.bytes = encodedDataLength;
      pending--;
    });
    cdp.on('Network.loadingFailed', ({ requestId, errorText, blockedReason, corsErrorStatus }) => {
      const request = requests.get(requestId);
      if (!request || request.bytes !== undefined) return;
      request.bytes = 0;
      pending--;
      const why = [errorText, blockedReason, corsErrorStatus?.corsError].filter(Boolean).join(', ');
      problems.push(`request failed: ${request.url} (${why})`);
    });
    cdp.on('Network.responseReceived', ({ response }) => {
      if (response.status >= 400) problems.push(`HTTP ${response.status}: ${response.url}`);
    });

    await page.goto(url, { waitUntil: 'load', timeout: VISIBLE_TIMEOUT_MS });
    const visible = await readyTime(page, VISIBLE_TIMEOUT_MS, 'guide not visible');
    // Whatever the page still fetches (the step bodies) arrives, is drawn, and may shift.
    const deadline = Date.now() + VISIBLE_TIMEOUT_MS;
    while (pending > 0) {
      if (Date.now() > deadline) throw new Error(`${pending} requests still open after ${VISIBLE_TIMEOUT_MS} ms`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await page.evaluate(settle, SETTLE_MS);

    const measured = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      lcp: window.__paint.lcp,
      lcpElement: window.__paint.lcpElement,
      load: performance.getEntriesByType('navigation')[0].loadEventStart,
      cls: window.__bench.cls,
      shifts: window.__bench.shifts,
    }));
    if (measured.fcp === undefined) problems.push('no first-contentful-paint entry');
    if (measured.lcp === undefined) problems.push('no largest-contentful-paint entry');
    const files = [...requests.values()].map(({ url: file, bytes }) => ({ url: file, bytes }));
    const transfer = files.reduce((sum, { bytes }) => sum + bytes, 0);
    return { ...measured, visible, transfer, files, problems };
  } finally {
    await context.close();
  }
}
