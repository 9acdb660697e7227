/**
 * Server commands for what only the browser driver can do. `emulate-forced-colors` turns
 * Windows High Contrast emulation on or off through the DevTools protocol (Puppeteer's
 * emulateMediaFeatures rejects `forced-colors`). Chromium only: elsewhere the command answers
 * `false` and the test skips itself.
 */
export function emulationPlugin() {
  // Emulation lasts only while its DevTools session is attached: keep one per page.
  const sessions = new WeakMap();
  return {
    name: 'img-pathway-emulation',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page?.createCDPSession || session.browser.name === 'Firefox') return false;
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
      });
      return true;
    },
  };
}
