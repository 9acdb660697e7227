/**
 * What every WordPress test shares: the site (set up once per run, see env.mjs), one headless
 * Chromium, and helpers that do what a person does: log in, write a post, open a page, read
 * what the guides on it show.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createRequire } from 'node:module';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath } from '../support/browsers.mjs';
import { password, PLUGIN, startWordPress, ZIP } from './env.mjs';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** @type {Awaited<ReturnType<typeof startWordPress>>} */
export let site;
/** @type {import('puppeteer-core').Browser} */
export let browser;
/** The site before the plugin was installed: option names and files under wp-content. */
export const before = { options: [], files: [] };
/** What installing and activating the plugin answered. */
export let installed;

/** Every file under a folder, relative to it. */
export const filesUnder = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath ?? entry.path, entry.name)))
    .sort();

/** Lines of WordPress's debug log that come from the plugin's files. */
export const pluginLogLines = () => site.debugLog().filter((line) => line.includes('/plugins/img-pathway/'));

export async function setUp() {
  site = await startWordPress();
  before.options = await site.cli('options');
  before.files = filesUnder(join(site.dir, 'wp-content'));
  installed = {
    install: await site.cli('install-plugin', ZIP),
    activate: await site.cli('activate', PLUGIN),
  };
  await site.snapshot();
  browser = await puppeteer.launch({
    executablePath: chromiumPath(),
    // The site is on 127.0.0.1, which the shared rules (every host unresolvable but localhost) would block.
    args: [
      ...CHROMIUM_ARGS.map((arg) => (arg.startsWith('--host-resolver-rules=') ? `${arg}, EXCLUDE 127.0.0.1` : arg)),
      '--window-size=1280,900',
    ],
    defaultViewport: { width: 1280, height: 900 },
  });
}

export async function tearDown() {
  await browser?.close();
  await site?.stop();
}

/** Puts the site back as it was right after the plugin was activated (no posts of the tests). */
export async function reset() {
  await site.reset();
  sessions.clear();
}

const sessions = new Map();

/**
 * A browser of one's own (its own cookies), logged in as `login` (a user name, or null for a
 * reader who is not logged in). Sessions live in the database: after reset() they log in again.
 */
export async function session(login) {
  if (sessions.has(login)) return sessions.get(login);
  const context = await browser.createBrowserContext();
  if (login) {
    const page = await context.newPage();
    await page.goto(`${site.url}/wp-login.php`);
    // wp-login.php moves the focus to the user name (and selects it) 200 ms after load: typing
    // could lose keys to that, so the fields are filled in directly.
    await page.$eval('#user_login', (input, value) => (input.value = value), login);
    await page.$eval('#user_pass', (input, value) => (input.value = value), password(login));
    await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
    assert.ok(
      (await page.cookies()).some((cookie) => cookie.name.startsWith('wordpress_logged_in')),
      `${login} is logged in`,
    );
    await page.close();
  }
  sessions.set(login, context);
  return context;
}

/** Saves a post as `login` (kses filters it as WordPress would for that user). */
export const writePost = (login, post) =>
  site.cli('post', login, { title: 'A page with a guide', status: 'publish', ...post });

/**
 * Opens a page as `login` and records what went wrong on it: console errors, uncaught
 * exceptions, and requests to any host but the site.
 */
export async function open(url, { login = null, javascript = true, beforeLoad } = {}) {
  const context = await session(login);
  const page = await context.newPage();
  const problems = { errors: [], warnings: [], foreignRequests: [], requests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.errors.push(message.text());
    if (message.type() === 'warn') problems.warnings.push(message.text());
  });
  page.on('pageerror', (error) => problems.errors.push(error.message));
  page.on('dialog', (dialog) => {
    problems.errors.push(`dialog: ${dialog.message()}`);
    dialog.dismiss();
  });
  page.on('request', (request) => {
    problems.requests.push(request.url());
    if (!request.url().startsWith(site.url) && !request.url().startsWith('data:'))
      problems.foreignRequests.push(request.url());
  });
  await page.setJavaScriptEnabled(javascript);
  if (beforeLoad) await beforeLoad(page);
  await page.goto(url, { waitUntil: 'load' });
  if (javascript)
    await page.waitForFunction(() => [...document.querySelectorAll('img-pathway')].every((guide) => guide.shadowRoot));
  return { page, problems };
}

/**
 * What each guide on the page shows: its attributes, its heading, its steps (title, open or
 * not), whether it has checkboxes, and the colors it is drawn in.
 */
export const guides = (page, scope = 'body') =>
  page.evaluate((scope) => {
    const within = document.querySelector(scope) ?? document.body;
    return [...within.querySelectorAll('img-pathway')].map((guide) => {
      const root = guide.shadowRoot;
      const heading = root?.querySelector('[part="guide-heading"]');
      const buttons = [...(root?.querySelectorAll('.step-button') ?? [])];
      return {
        attributes: Object.fromEntries([...guide.attributes].map((a) => [a.name, a.value])),
        upgraded: Boolean(root),
        heading: heading ? { level: heading.tagName.toLowerCase(), text: heading.textContent.trim() } : null,
        stepLevel: buttons[0]?.parentElement.tagName.toLowerCase(),
        steps: buttons.map((button) => ({
          title: button.textContent.trim(),
          open: button.getAttribute('aria-expanded') === 'true',
        })),
        checkboxes: root?.querySelectorAll('input[type="checkbox"]').length ?? 0,
        showAll: Boolean(root?.querySelector('[part="toggle-all"]')),
        lang: guide.closest('[lang]')?.getAttribute('lang'),
        background: root?.querySelector('.guide')
          ? getComputedStyle(root.querySelector('.guide')).backgroundColor
          : null,
        accent: root?.querySelector('[part="number"]')
          ? getComputedStyle(root.querySelector('[part="number"]')).backgroundColor
          : null,
      };
    });
  }, scope);

/** Clicks step `index` (from 0) of the page's guide number `guide`, as a reader does; resolves with whether it is then open. */
export async function clickStep(page, guide, index) {
  const button = await page.evaluateHandle(
    (g, i) => document.querySelectorAll('img-pathway')[g].shadowRoot.querySelectorAll('.step-button')[i],
    guide,
    index,
  );
  const expanded = () => button.evaluate((b) => b.getAttribute('aria-expanded'));
  const was = await expanded();
  // Where a button is changes while a step above it opens or closes: wait for that to end, as a
  // reader's eyes do, rather than click where the button was.
  const still = () =>
    page.waitForFunction(() =>
      [...document.querySelectorAll('img-pathway')].every((guide) => guide.shadowRoot.getAnimations().length === 0),
    );
  await still();
  await button.click();
  await still();
  await page.waitForFunction((b, was) => b.getAttribute('aria-expanded') !== was, {}, button, was);
  return (await expanded()) === 'true';
}

/** axe's violations inside each guide on the page (the theme's own markup is not ours to judge). */
export async function axeViolations(page) {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const found = [];
    for (const guide of document.querySelectorAll('img-pathway')) {
      const { violations } = await window.axe.run(guide);
      found.push(...violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
    }
    return found;
  });
}
