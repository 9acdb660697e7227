/**
 * Stored XSS from a contributor, the commonest hole in WordPress plugins. The project's injection
 * corpus (tests/fixtures/xss-payloads.json) goes through every shortcode attribute, every block
 * attribute (in plain JSON and in the \u003c-escaped JSON WordPress writes itself) and every
 * attribute of a pasted <img-pathway> tag, saved by a contributor through the REST API, as the
 * editor saves. An administrator then opens each post, on the front end and in the editor. A
 * payload that runs sets window.__xss (or opens a dialog).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { open, reset, session, site } from '../context.mjs';

const { payloads } = JSON.parse(readFileSync('tests/fixtures/xss-payloads.json', 'utf8'));
const SHORTCODE_NAMES = [
  'heading',
  'heading-level',
  'open',
  'single',
  'checklist',
  'remember',
  'theme',
  'lang',
  'accent',
];
const ELEMENT_NAMES = SHORTCODE_NAMES.filter((name) => name !== 'accent');
// Every attribute block.json declares (so a new one is tested too), and the class name every block has.
const BLOCK_NAMES = [
  ...Object.keys(JSON.parse(readFileSync('wordpress/block/block.json', 'utf8')).attributes),
  'className',
];

/** Block attributes as WordPress's serializer writes them: no character that could end the comment. */
const escapedJson = (value) =>
  JSON.stringify(value)
    .replace(/--/g, '\\u002d\\u002d')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\\"/g, '\\u0022');
const block = (json) => `<!-- wp:img-pathway/guide ${json} /-->`;
const everyAttribute = (payload) => Object.fromEntries(BLOCK_NAMES.map((name) => [name, payload]));

const POSTS = {
  shortcodes: payloads
    .flatMap((payload) =>
      SHORTCODE_NAMES.map(
        (name) => `<!-- wp:shortcode -->\n[img_pathway ${name}="${payload}"]\n<!-- /wp:shortcode -->`,
      ),
    )
    .join('\n\n'),
  'blocks, plain JSON': payloads.map((payload) => block(JSON.stringify(everyAttribute(payload)))).join('\n\n'),
  'blocks, escaped JSON': payloads.map((payload) => block(escapedJson(everyAttribute(payload)))).join('\n\n'),
  'pasted tags': `<!-- wp:html -->\n${payloads.flatMap((payload) => ELEMENT_NAMES.map((name) => `<img-pathway ${name}="${payload}"></img-pathway>`)).join('\n')}\n<!-- /wp:html -->`,
};

/**
 * What a contributor's post may hold is what kses allows her (WordPress removes the rest); what
 * matters here is that nothing can run and that the guide's markup stays the guide's:
 * - no element that runs or loads code, no event handler, no script URL, anywhere;
 * - <img-pathway> with only the element's attributes (and the accent as its only style), its
 *   fallback made of the fallback's own tags, and inside it (shadow DOM) only the guide's tags;
 * - every guide rendered, with its four steps.
 */
const RUNS_CODE = [
  'script',
  'iframe',
  'frame',
  'embed',
  'style',
  'link',
  'meta',
  'base',
  'form',
  'svg',
  'math',
  'template',
];
const FALLBACK_TAGS = ['h2', 'h3', 'h4', 'h5', 'h6', 'p', 'ol', 'ul', 'li', 'a', 'time'];
const SHADOW_TAGS = JSON.parse(readFileSync('tests/fixtures/guide-tags.json', 'utf8')).tags;
const ELEMENT_ATTRIBUTES = ['class', 'style', ...ELEMENT_NAMES];

/** Everything wrong in `scope` (runs in the page). `allowed` are tags of RUNS_CODE the page itself uses there (the editor's icons). */
function findEscapes(scope, { runsCode, fallbackTags, shadowTags, elementAttributes, allowed }) {
  const found = [];
  // data: is a document where it is navigated to or embedded; an <img> only shows it as a picture.
  const scriptUrl = (tag) => (tag === 'img' ? /^\s*(javascript|vbscript):/i : /^\s*(javascript|vbscript|data):/i);
  const check = (root, where, tags) => {
    for (const node of root.querySelectorAll('*')) {
      const tag = node.tagName.toLowerCase();
      if (runsCode.includes(tag) && !allowed.includes(tag)) found.push(`${where}: <${tag}>`);
      if (tags && !tags.includes(tag)) found.push(`${where}: <${tag}>`);
      for (const { name, value } of node.attributes) {
        if (name.startsWith('on')) found.push(`${where}: <${tag} ${name}>`);
        if (
          ['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'srcdoc'].includes(name) &&
          scriptUrl(tag).test(value)
        )
          found.push(`${where}: <${tag} ${name}="${value}">`);
      }
    }
  };
  check(scope, 'in the post');
  for (const guide of scope.querySelectorAll('img-pathway')) {
    for (const { name, value } of guide.attributes) {
      if (!elementAttributes.includes(name)) found.push(`<img-pathway ${name}>`);
      if (name === 'style' && !/^--img-pathway-accent: #[0-9a-f]{3,6}$/i.test(value))
        found.push(`<img-pathway style="${value}">`);
    }
    // A pasted tag's content is the author's own HTML (which kses filtered); the plugin's fallback is its own.
    if (fallbackTags) check(guide, 'in a guide’s fallback', fallbackTags);
    if (!guide.shadowRoot) found.push('a guide that did not render');
    else if (guide.shadowRoot.querySelectorAll('.step-button').length !== 4)
      found.push('a guide without its four steps');
    else check(guide.shadowRoot, 'inside a guide', shadowTags);
  }
  return found;
}

/** Runs findEscapes() on `handle` in the page. */
const escapesIn = (handle, { allowed = [], pasted = false } = {}) =>
  handle.evaluate(
    (element, source, options) => new Function(`return (${source})`)()(element, options),
    findEscapes.toString(),
    {
      runsCode: RUNS_CODE,
      fallbackTags: pasted ? null : FALLBACK_TAGS,
      shadowTags: SHADOW_TAGS,
      elementAttributes: ELEMENT_ATTRIBUTES,
      allowed,
    },
  );

/** Checks a page: nothing ran, nothing escaped, and how many guides it shows. */
async function inspect(page, problems, scope, pasted) {
  // A payload may wait for an event: give timers and focus a moment.
  await new Promise((done) => setTimeout(done, 300));
  assert.equal(await page.evaluate(() => window.__xss), undefined, 'no payload ran');
  assert.deepEqual(
    problems.filter((problem) => problem.startsWith('dialog')),
    [],
    'no dialog opened',
  );
  assert.deepEqual([...new Set(await escapesIn(await page.$(scope), { pasted }))], []);
  return page.$$eval(`${scope} img-pathway`, (guides) => guides.length);
}

describe(`${payloads.length} injection payloads saved by a contributor`, () => {
  const posts = {};

  before(async () => {
    await reset();
    // The contributor saves as the editor does: through the REST API, with her own nonce.
    const context = await session('contributor');
    const page = await context.newPage();
    await page.goto(`${site.url}/wp-admin/profile.php`);
    for (const [name, content] of Object.entries(POSTS)) {
      posts[name] = await page.evaluate(
        async (title, content) => {
          const nonce = await (await fetch('/wp-admin/admin-ajax.php?action=rest-nonce')).text();
          const response = await fetch('/?rest_route=/wp/v2/posts', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'X-WP-Nonce': nonce },
            body: JSON.stringify({ title, content, status: 'pending' }),
          });
          return { ...(await response.json()), http: response.status };
        },
        `XSS: ${name}`,
        content,
      );
      assert.equal(posts[name].http, 201, `${name}: saved (${JSON.stringify(posts[name]).slice(0, 200)})`);
    }
    await page.close();
  });

  for (const name of Object.keys(POSTS)) {
    it(`${name}: nothing runs and nothing escapes the element for an administrator on the front end; the guides still render`, async () => {
      const { page, problems } = await open(`${site.url}/?p=${posts[name].id}&preview=true`, { login: 'admin' });
      const count = await inspect(page, problems.errors, '.wp-block-post-content', name === 'pasted tags');
      // A payload that breaks the shortcode or the block's comment leaves text, not a guide.
      assert.ok(count > 0, `${count} guides render`);
      if (name === 'blocks, escaped JSON') assert.equal(count, payloads.length, 'every block parses');
      // <img src="x"> is HTML a contributor may write (kses keeps it): its 404 is hers, not an error of the page.
      assert.deepEqual(
        problems.errors.filter((error) => !error.startsWith('Failed to load resource')),
        [],
      );
      await page.close();
    });

    it(`${name}: nothing runs and nothing escapes the element for an administrator in the editor`, async () => {
      const context = await session('admin');
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('dialog', (dialog) => {
        errors.push(`dialog: ${dialog.message()}`);
        dialog.dismiss();
      });
      await page.goto(`${site.url}/wp-admin/post.php?post=${posts[name].id}&action=edit`);
      await page.waitForFunction(() => window.wp?.data?.select('core/block-editor')?.getBlocks().length > 0, {
        timeout: 60000,
      });
      await page.waitForFunction(() =>
        [...document.querySelectorAll('.editor-styles-wrapper img-pathway')].every((guide) => guide.shadowRoot),
      );
      // The editor wraps blocks in its own elements: only what is inside each block is checked.
      const blocks = await page.$$('.editor-styles-wrapper .wp-block[data-type]');
      assert.ok(blocks.length > 0);
      for (const handle of blocks)
        assert.deepEqual(
          [...new Set(await escapesIn(handle, { allowed: ['svg'], pasted: name === 'pasted tags' }))],
          [],
        );
      assert.equal(await page.evaluate(() => window.__xss), undefined, 'no payload ran');
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  it('the sidebar shows a refused payload as text', async () => {
    const context = await session('admin');
    const page = await context.newPage();
    await page.goto(`${site.url}/wp-admin/post.php?post=${posts['blocks, escaped JSON'].id}&action=edit`);
    await page.waitForFunction(() => window.wp?.data?.select('core/block-editor')?.getBlocks().length > 0, {
      timeout: 60000,
    });
    // kses keeps <details open> of this one (without its handler): it must show as text.
    const index = payloads.indexOf('<details open ontoggle="window.__xss=1">');
    await page.evaluate((index) => {
      const block = window.wp.data.select('core/block-editor').getBlocks()[index];
      window.wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
    }, index);
    await page.waitForSelector('.img-pathway-refused');
    const notices = await page.$$eval('.img-pathway-refused', (found) =>
      found.map((notice) => notice.textContent).join('\n'),
    );
    assert.match(notices, /Colors: “<details open>” is not used/);
    assert.equal(await page.$('.block-editor-block-inspector details'), null);
    assert.equal(await page.evaluate(() => window.__xss), undefined);
    await page.close();
  });
});
