/**
 * One page load, measured: a fresh incognito browser context (no cookies, storage or memory
 * cache shared with earlier loads), the HTTP cache disabled, the CPU throttled, then ready time,
 * CLS, JS heap and click-to-next-frame, and every request the page made.
 */
import { probe } from './probe.mjs';
import { readyTime, settle, throttledPage } from './session.mjs';

/** A page that is not ready by then is broken, not slow. */
const READY_TIMEOUT_MS = 30000;

/**
 * Time left after "ready" for late layout shifts (Shoelace's icons, fonts, a late re-render)
 * to be counted before CLS is read.
 */
export const SETTLE_MS = 500;

/**
 * Loads `url` and measures it.
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} url
 * @param {{ kind: string, count: number }} page what the probe looks for: the kind of guide and how many
 * @param {number} throttle CPU slowdown factor
 */
export async function measureLoad(browser, url, { kind, count }, throttle) {
  const problems = [];
  const { context, page, cdp } = await throttledPage(browser, {
    cpu: throttle,
    scripts: [[probe, { kind, count }]],
    problems,
  });
  try {
    const requests = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('requestfailed', (request) =>
      problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`),
    );
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });

    await page.goto(url, { waitUntil: 'load' });
    const ready = await readyTime(page, READY_TIMEOUT_MS, 'not ready');
    await page.evaluate(settle, SETTLE_MS);
    const { cls, shifts } = await page.evaluate(() => ({ cls: window.__bench.cls, shifts: window.__bench.shifts }));

    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize: heap } = await cdp.send('Runtime.getHeapUsage');

    const { click, interaction } = await clickToFrame(page);
    if (!(await page.evaluate(() => window.__bench.isOpen()))) problems.push('the click did not open the 4th step');

    return { ready, cls, shifts, heap, click, interaction, requests, problems };
  } finally {
    await context.close();
  }
}

/**
 * Clicks the center of the first guide's 4th step like a user would; returns ms to the end of
 * the next frame (`click`) and the browser's Event Timing duration of the click (`interaction`).
 */
async function clickToFrame(page) {
  const inView = await page.evaluate(() => {
    const rect = window.__bench.target().getBoundingClientRect();
    return rect.top >= 0 && rect.bottom <= innerHeight;
  });
  if (!inView) {
    await page.evaluate(() => window.__bench.target().scrollIntoView({ block: 'center' }));
    await page.evaluate(settle, 100);
  }
  const { x, y } = await page.evaluate(() => {
    const rect = window.__bench.target().getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  });
  await page.evaluate(() => window.__bench.armClick());
  await page.mouse.click(x, y);
  return page.evaluate(async () => ({
    click: await window.__bench.nextFrame,
    interaction: await window.__bench.interaction,
  }));
}
