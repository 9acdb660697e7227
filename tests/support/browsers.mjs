/**
 * The three engines, all from Debian packages (see README "Development"):
 * Chromium headless, Firefox ESR headless through WebDriver BiDi, and WebKitGTK's MiniBrowser
 * through WebKitWebDriver (it has no headless mode, so the test command runs under xvfb-run).
 * `BROWSERS=chromium npm test` runs one engine for a quick local loop.
 */
import { spawn } from 'node:child_process';
import { createServer, connect } from 'node:net';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import puppeteer from 'puppeteer-core';

/**
 * Chromium's own flags for every launch (tests and benchmarks). The last one stops each new
 * browser window from preloading the address bar's pop-ups, which are web pages of their own
 * (chrome://omnibox-popup.top-chrome and the AI Mode pop-up): with it on, every fresh context
 * loaded some 150 chrome:// files in another renderer while the page under test loaded, on the
 * same two cores. No page of ours has an address bar.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost',
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
];

export const chromiumPath = () => process.env.CHROME_PATH || '/usr/bin/chromium';

export function chromium() {
  return chromeLauncher({
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
  });
}

export function firefox() {
  return chromeLauncher({
    puppeteer,
    launchOptions: {
      browser: 'firefox',
      executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
      headless: true,
      extraPrefsFirefox: {
        'network.dns.localDomains': 'firefox.settings.services.mozilla.com',
      },
    },
  });
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const waitForPort = async (port, timeoutMs = 10000) => {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    const open = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not listen on port ${port}`);
};

export async function webkit() {
  const port = await freePort();
  const driver = spawn(process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver', [`--port=${port}`], {
    stdio: 'ignore',
  });
  const stop = () => driver.kill();
  process.once('exit', stop);
  process.once('SIGINT', () => (stop(), process.exit(130)));
  await waitForPort(port);
  return awaitOwnNavigation(
    webdriverLauncher({
      hostname: '127.0.0.1',
      port,
      path: '/',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {
          binary: process.env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
          args: ['--automation'],
        },
      },
    }),
  );
}

/**
 * The WebDriver launcher sends a test page's navigation without waiting for it (its
 * SessionManager's `queueStartSession` drops the promise), and WebdriverIO aborts every pending
 * command when the session is deleted. So when the last test file's tests finished before the
 * browser answered its navigation (seen once in CI, on a busy machine), closing the browser turned
 * that navigation into an unhandled rejection, and the runner stopped with all tests passed:
 * "WebDriverError: This operation was aborted when running "url"". Here the navigation is kept:
 * `stop` gives it `graceMs` (20 s) to finish before it closes the browser, a navigation that fails
 * before then is logged (and the runner fails its page for not starting), and one aborted by the
 * close itself is no error.
 */
export function awaitOwnNavigation(launcher, graceMs = 20000) {
  const pending = new Set();
  let stopping = false;
  launcher.startSession = async (id, url) => {
    await launcher.ensureManagerInitialized();
    const navigation = launcher.driverManager.startSession(id, url).catch((error) => {
      if (!stopping) console.error(`WebKit could not open ${url}:`, error);
    });
    pending.add(navigation);
    navigation.finally(() => pending.delete(navigation));
  };
  const stop = launcher.stop.bind(launcher);
  launcher.stop = async () => {
    let timer;
    const grace = new Promise((resolve) => (timer = setTimeout(resolve, graceMs)));
    await Promise.race([Promise.all(pending), grace]);
    clearTimeout(timer);
    stopping = true;
    return stop();
  };
  return launcher;
}

/** The engines named in BROWSERS (comma-separated), by default all three. */
export async function browsersFromEnv(env = process.env.BROWSERS) {
  const wanted = (env || 'chromium,firefox,webkit')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const known = { chromium, firefox, webkit };
  const unknown = wanted.filter((name) => !(name in known));
  if (unknown.length) throw new Error(`BROWSERS: unknown engine ${unknown.join(', ')} (use chromium, firefox, webkit)`);
  return Promise.all(wanted.map((name) => known[name]()));
}
