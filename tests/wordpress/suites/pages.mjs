import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { clickStep, guides, open, reset, site, writePost } from '../context.mjs';
import { PLUGIN } from '../env.mjs';

const BLOCK_AND_SHORTCODE = `<!-- wp:img-pathway/guide {"open":"2"} /-->

<!-- wp:shortcode -->
[img_pathway lang="es" heading="Su camino" heading-level="3"]
<!-- /wp:shortcode -->`;

/** The page's HTML as the server sent it, for a reader who is not logged in. */
const served = (url) => fetch(url).then((response) => response.text());
const scriptTags = (html) => html.match(/<script\b[^>]*img-pathway[^>]*>/g) ?? [];
const queries = (html) => Number(/<!-- queries: (\d+) -->/.exec(html)?.[1]);

describe('pages with guides', () => {
  before(reset);

  it('load the script once however many guides they show, and every guide works', async () => {
    const post = await writePost('author', { content: `${BLOCK_AND_SHORTCODE}\n\n${BLOCK_AND_SHORTCODE}` });
    const html = await served(post.link);
    assert.equal(scriptTags(html).filter((tag) => tag.includes('/img-pathway.js')).length, 1);
    const { page, problems } = await open(post.link);
    assert.equal(
      problems.requests.filter((url) => url.includes('/img-pathway.js')).length,
      1,
      'one request for the script',
    );
    assert.equal((await guides(page)).length, 4);
    for (const guide of [0, 1, 2, 3])
      assert.equal(await clickStep(page, guide, 3), true, `guide ${guide + 1} opens its step 4`);
    assert.deepEqual(problems.errors, []);
    await page.close();
  });

  it('have the guide whole before the first paint: scripts in <head>, text files first, and no layout shift', async () => {
    const post = await writePost('author', { content: BLOCK_AND_SHORTCODE });
    const { page, problems } = await open(post.link, {
      beforeLoad: async (page) => {
        // The guide's files arrive late, as on a slow link: a guide that waited for them after
        // the first paint would show its fallback first, then shift.
        await page.setRequestInterception(true);
        page.on('request', (request) => {
          if (request.url().includes('/plugins/img-pathway/')) setTimeout(() => request.continue(), 400);
          else request.continue();
        });
        await page.evaluateOnNewDocument(() => {
          window.__cls = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
          }).observe({ type: 'layout-shift', buffered: true });
        });
      },
    });
    const head = await page.evaluate(() =>
      [...document.head.querySelectorAll('script[src*="img-pathway"]')].map((s) =>
        new URL(s.src).pathname.split('/').pop(),
      ),
    );
    assert.deepEqual(
      head,
      ['img-pathway.en.js', 'img-pathway.es.js', 'img-pathway.js'],
      'the open step’s text and the Spanish guide come before the bundle',
    );
    assert.equal(
      problems.requests.filter((url) => url.includes('/img-pathway.en.js')).length,
      1,
      'the bundle used the text file the page loaded',
    );
    // Two frames after load, then the shifts so far: the first paint and what followed it.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await new Promise((done) => setTimeout(done, 500));
    assert.equal(await page.evaluate(() => window.__cls), 0);
    const [block, shortcode] = await guides(page);
    assert.equal(block.steps[1].open, true);
    assert.match(
      await page.evaluate(
        () => document.querySelector('img-pathway').shadowRoot.getElementById('residency-panel').textContent,
      ),
      /accredited/,
    );
    assert.equal(shortcode.lang, 'es');
    assert.deepEqual(problems.warnings, []);
    await page.close();
  });

  it('give readers without JavaScript the whole guide as HTML, in the guide’s language and with its heading', async () => {
    const post = await writePost('author', { content: BLOCK_AND_SHORTCODE });
    const { page } = await open(post.link, { javascript: false });
    const fallback = await page.evaluate(() =>
      [...document.querySelectorAll('img-pathway')].map((guide) => ({
        headings: [...guide.querySelectorAll('h2, h3, h4')].map((h) => `${h.tagName} ${h.textContent}`),
        links: guide.querySelectorAll('a[href^="https://"]').length,
        text: guide.textContent,
      })),
    );
    assert.equal(fallback.length, 2);
    assert.equal(fallback[0].headings[0], 'H2 Working as a doctor in the U.S. with a medical degree from abroad');
    assert.match(fallback[0].headings[1], /^H3 1 of 4: /);
    assert.ok(fallback[0].links >= 8, `${fallback[0].links} official links`);
    assert.match(fallback[0].text, /Last reviewed/);
    assert.equal(fallback[1].headings[0], 'H3 Su camino');
    assert.match(fallback[1].headings[1], /^H4 1 de 4: /);
    assert.match(fallback[1].text, /residencia/);
    await page.close();
  });

  it('write the same plain-HTML guide as the npm package’s dist/img-pathway.fallback.html', async () => {
    // A classic-editor post: the shortcode's output is not changed by any later content filter.
    const post = await writePost('author', { content: 'Our program:\n\n[img_pathway]\n\nQuestions? Write to us.' });
    const html = await served(post.link);
    const guide = html.slice(html.indexOf('<img-pathway'), html.indexOf('</img-pathway>') + '</img-pathway>'.length);
    assert.equal(guide, readFileSync('dist/img-pathway.fallback.html', 'utf8').trim());
    assert.doesNotMatch(html, /<p>\s*<img-pathway/, 'not put inside a paragraph');
  });

  it('keep a block’s fallback text as written (WordPress’s typographic quotes and dashes stay out of it)', async () => {
    const heading = 'The "four" steps -- and what\'s next...';
    const post = await writePost('author', {
      content: `<!-- wp:img-pathway/guide ${JSON.stringify({ heading })} /-->`,
    });
    const { page } = await open(post.link, { javascript: false });
    assert.equal(await page.$eval('img-pathway h2', (h2) => h2.textContent), heading);
    await page.close();
  });

  it('keep an <img-pathway> tag pasted by an author, with its known attributes, and give it its script and fallback', async () => {
    const pasted =
      '<script src="https://cdn.jsdelivr.net/npm/img-pathway@0.1.0/dist/img-pathway.js"></script><img-pathway open="2" theme="bogus" checklist data-x="y" onclick="alert(1)"></img-pathway>';
    const htmlBlock = await writePost('author', { content: `<!-- wp:html -->\n${pasted}\n<!-- /wp:html -->` });
    const classic = await writePost('author', { content: `Our guide:\n\n${pasted}\n\nThe end.` });
    for (const post of [htmlBlock, classic]) {
      assert.doesNotMatch(post.content, /<script/, 'WordPress removed the script');
      assert.match(
        post.content,
        /<img-pathway open="2" checklist><\/img-pathway>/,
        'the tag is kept with its known attributes',
      );
      const html = await served(post.link);
      assert.equal(scriptTags(html).filter((tag) => tag.includes('/img-pathway.js')).length, 1);
      assert.doesNotMatch(html, /<p>\s*<img-pathway/, 'not put inside a paragraph');
      const { page, problems } = await open(post.link);
      const [guide] = await guides(page);
      assert.equal(guide.upgraded, true);
      assert.deepEqual(
        guide.steps.map((step) => step.open),
        [false, true, false, false],
      );
      assert.equal(guide.checkboxes, 4);
      assert.equal(await clickStep(page, 0, 0), true);
      assert.match(
        await page.evaluate(() => document.querySelector('img-pathway').textContent),
        /1 of 4: Get certified by the Educational Commission for Foreign Medical Graduates \(ECFMG\)/,
        'the fallback is inside',
      );
      assert.deepEqual(problems.errors, []);
      assert.deepEqual(problems.foreignRequests, []);
      await page.close();
    }
  });

  it('with DISALLOW_UNFILTERED_HTML, strip an editor’s <script>, and her shortcode still works', async () => {
    site.disallowUnfilteredHtml(true);
    try {
      const post = await writePost('editor', {
        content:
          '<script src="https://cdn.jsdelivr.net/npm/img-pathway@0.1.0/dist/img-pathway.js"></script>\n\n[img_pathway open="all" theme="dark"]',
      });
      assert.doesNotMatch(post.content, /<script/);
      const { page, problems } = await open(post.link);
      const [guide] = await guides(page);
      assert.deepEqual(
        guide.steps.map((step) => step.open),
        [true, true, true, true],
      );
      assert.equal(guide.attributes.theme, 'dark');
      assert.equal(await clickStep(page, 0, 2), false);
      assert.deepEqual(problems.errors, []);
      await page.close();
    } finally {
      site.disallowUnfilteredHtml(false);
    }
  });

  it('show a heading with quotes and brackets as written, from the configurator’s shortcode', async () => {
    // What the configurator writes for the heading `Our path & "yours" [2026]` (tests/configurator.test.ts).
    const shortcode =
      '[img_pathway heading="Our path &amp; &quot;yours&quot; &#91;2026&#93;" heading-level="3" open="2" single checklist accent="#7a1f5c"]';
    const post = await writePost('contributor', { content: shortcode, status: 'pending' });
    const { page, problems } = await open(`${site.url}/?p=${post.id}&preview=true`, { login: 'contributor' });
    const [guide] = await guides(page);
    assert.deepEqual(guide.heading, { level: 'h3', text: 'Our path & "yours" [2026]' });
    assert.equal(guide.attributes.style, '--img-pathway-accent: #7a1f5c');
    assert.equal(guide.checkboxes, 4);
    assert.equal(guide.showAll, false);
    assert.deepEqual(problems.errors, []);
    await page.close();
  });

  it('tell the people who can edit the page which shortcode options cannot be used, and only them', async () => {
    const post = await writePost('author', {
      content: '[img_pathway theme="purple" heading-level="9" colour="red" open="2"]',
    });
    const note = (page) => page.evaluate(() => document.querySelector('.img-pathway-problems')?.textContent ?? null);
    const asAuthor = await open(post.link, { login: 'author' });
    const text = await note(asAuthor.page);
    assert.match(text, /theme="purple" is not used, so the default applies\. Use light, dark or auto\./);
    assert.match(text, /heading-level="9" is not used/);
    assert.match(text, /colour="red" is not used.*not an option/);
    const [guide] = await guides(asAuthor.page);
    assert.equal(guide.attributes.theme, 'light', 'the default');
    assert.equal(guide.heading.level, 'h2', 'the default');
    assert.equal(guide.steps[1].open, true, 'the usable option still applies');
    await asAuthor.page.close();
    const asReader = await open(post.link);
    assert.equal(await note(asReader.page), null);
    await asReader.page.close();
  });
});

describe('pages without a guide', () => {
  before(reset);

  it('get nothing from the plugin: no script, no style, no extra database query', async () => {
    const post = await writePost('author', {
      content: '<!-- wp:paragraph -->\n<p>Visiting hours are 8 to 8.</p>\n<!-- /wp:paragraph -->',
    });
    const active = await served(post.link);
    assert.doesNotMatch(active, /img-pathway/);
    await site.cli('deactivate', PLUGIN);
    try {
      const inactive = await served(post.link);
      assert.ok(queries(inactive) > 0);
      assert.equal(queries(active), queries(inactive), 'as many queries as with the plugin off');
      assert.equal(
        active.replace(/<!-- queries: \d+ -->/, ''),
        inactive.replace(/<!-- queries: \d+ -->/, ''),
        'the same page',
      );
    } finally {
      await site.cli('activate', PLUGIN);
    }
  });
});
