/**
 * `npm run screenshot`: takes the README's picture of the guide (docs/img-pathway.png) from the
 * demo page in headless Chromium. Run `npm run build` first.
 *   node scripts/screenshot.mjs [url-path] [out.png] [width] [selector] [open-step]
 */
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/support/browsers.mjs';

const [path = '/demo/', out = 'docs/img-pathway.png', width = '760', selector = '#guide', openStep = '2'] =
  process.argv.slice(2);

const server = await startDevServer({
  config: { rootDir: '.', port: 0, hostname: 'localhost' },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const { port } = server.server.address();
const browser = await puppeteer.launch({
  executablePath: chromiumPath(),
  args: CHROMIUM_ARGS,
});
try {
  const page = await browser.newPage();
  await page.setViewport({
    width: Number(width),
    height: 900,
    deviceScaleFactor: 1,
  });
  await page.goto(`http://localhost:${port}${path}`, {
    waitUntil: 'networkidle0',
  });
  await page.waitForFunction(() => document.querySelector('img-pathway')?.shadowRoot?.querySelector('.step'));
  if (openStep !== 'none') {
    await page.evaluate((sel, step) => document.querySelector(sel).openStep(Number(step)), selector, openStep);
  }
  await page.evaluate(() => document.fonts.ready);
  // Let the chevron finish turning.
  await new Promise((resolve) => setTimeout(resolve, 400));
  const element = await page.$(selector);
  await element.screenshot({ path: out });
  console.log(`Wrote ${out}`);
} finally {
  await browser.close();
  await server.stop();
}
