import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/**
 * Server commands for what only the browser driver can do, Chromium only: elsewhere they answer
 * `false` and the test skips itself.
 * - `emulate-forced-colors`: Windows High Contrast emulation on or off, through the DevTools
 *   protocol (Puppeteer's emulateMediaFeatures rejects `forced-colors`).
 * - `print-text`: prints the page to PDF, as the browser's Print does (`@media print`), and
 *   answers the PDF's text (poppler's `pdftotext`).
 */
export function emulationPlugin() {
  // Emulation lasts only while its DevTools session is attached: keep one per page.
  const sessions = new WeakMap();
  return {
    name: 'img-pathway-emulation',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors' && command !== 'print-text') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page?.createCDPSession || session.browser.name === 'Firefox') return false;
      if (command === 'print-text') return printText(page);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
      });
      return true;
    },
  };
}

async function printText(page) {
  const dir = await mkdtemp(join(tmpdir(), 'img-pathway-print-'));
  try {
    const pdf = join(dir, 'page.pdf');
    // Without Puppeteer's wait for web fonts: it evaluates in an isolated world, which a busy
    // machine sometimes found destroyed ("Execution context was destroyed") while the page stood
    // still. The test pages use system fonts, and only the PDF's text is read.
    await writeFile(pdf, await page.pdf({ format: 'letter', waitForFonts: false }));
    const { stdout } = await promisify(execFile)('pdftotext', ['-layout', pdf, '-']);
    return stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
