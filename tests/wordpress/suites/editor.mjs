import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { clickStep, guides, open, reset, session, site, writePost } from '../context.mjs';

/** Opens the block editor as `login` (new post, or post `id`), ready to use. */
async function editor(login, id) {
  const context = await session(login);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => {
    if (!request.url().startsWith(site.url) && !request.url().startsWith('data:') && !request.url().startsWith('blob:'))
      errors.push(`request to another host: ${request.url()}`);
  });
  page.on('dialog', (dialog) => {
    errors.push(`dialog: ${dialog.message()}`);
    dialog.dismiss();
  });
  page.setDefaultTimeout(60000);
  await page.goto(`${site.url}/wp-admin/${id ? `post.php?post=${id}&action=edit` : 'post-new.php'}`);
  await page.waitForFunction(
    () => window.wp?.data?.select('core/editor') && document.querySelector('.block-editor-writing-flow'),
  );
  return { page, errors };
}

/** The form control in the block sidebar whose label is `text`. */
async function control(page, text) {
  const id = await page.waitForFunction(
    (text) => {
      const label = [...document.querySelectorAll('.block-editor-block-inspector label')].find(
        (l) => l.textContent.trim() === text,
      );
      return label?.htmlFor;
    },
    {},
    text,
  );
  return page.$(`[id="${await id.jsonValue()}"]`);
}

/** The guide in the editor's canvas, as the reader-facing helper reads it. */
const canvasGuides = (page) => guides(page, '.editor-styles-wrapper');

describe('the block editor', () => {
  before(reset);

  it('an author inserts the block from the inserter, changes the sidebar, publishes, and the page shows exactly that', async () => {
    const { page, errors } = await editor('author');
    await page.click('.editor-post-title__input');
    await page.keyboard.type('Residency for international graduates');

    await page.click('button.edit-post-header-toolbar__inserter-toggle');
    await page.type('.block-editor-inserter__search input', 'IMG pathway');
    await page.click('button.editor-block-list-item-img-pathway-guide');
    await page.click('button.edit-post-header-toolbar__inserter-toggle'); // Closes the inserter.
    if (
      (await page.$eval('.interface-pinned-items button[aria-label="Settings"]', (b) =>
        b.getAttribute('aria-pressed'),
      )) !== 'true'
    )
      await page.click('.interface-pinned-items button[aria-label="Settings"]');

    // The canvas shows the real guide, live.
    await page.waitForFunction(
      () =>
        document.querySelector('.editor-styles-wrapper img-pathway')?.shadowRoot?.querySelectorAll('.step-button')
          .length === 4,
    );
    let [guide] = await canvasGuides(page);
    assert.equal(guide.heading.level, 'h2');
    assert.equal(guide.checkboxes, 0);

    await (await control(page, 'Heading level')).select('3');
    await (await control(page, 'Checklist')).click();
    await (await control(page, 'Step 2: Complete residency in the U.S. or Canada')).click();
    await page.waitForFunction(
      () =>
        document
          .querySelector('.editor-styles-wrapper img-pathway')
          ?.shadowRoot?.querySelectorAll('input[type="checkbox"]').length === 4,
    );
    [guide] = await canvasGuides(page);
    assert.equal(guide.heading.level, 'h3', 'the canvas follows the sidebar');
    assert.deepEqual(
      guide.steps.map((step) => step.open),
      [false, true, false, false],
    );

    await page.click('.editor-post-publish-panel__toggle');
    await page.click('.editor-post-publish-panel .editor-post-publish-button');
    await page.waitForFunction(
      () =>
        window.wp.data.select('core/editor').getCurrentPost().status === 'publish' &&
        !window.wp.data.select('core/editor').isSavingPost(),
    );
    const { link, id } = await page.evaluate(() => window.wp.data.select('core/editor').getCurrentPost());
    assert.deepEqual(errors, []);
    await page.close();

    const saved = await site.cli('post-content', String(id));
    assert.equal(saved.trim(), '<!-- wp:img-pathway/guide {"headingLevel":3,"open":"2","checklist":true} /-->');

    const reader = await open(link);
    [guide] = await guides(reader.page);
    assert.deepEqual(guide.attributes, {
      class: 'wp-block-img-pathway-guide',
      'heading-level': '3',
      open: '2',
      checklist: '',
      theme: 'light',
    });
    assert.equal(guide.heading.level, 'h3');
    assert.equal(guide.checkboxes, 4);
    assert.equal(await clickStep(reader.page, 0, 0), true);
    assert.deepEqual(reader.problems.errors, []);
    await reader.page.close();
  });

  it('says in the sidebar why a saved value is not used, shows the default in the canvas, and puts the default back on request', async () => {
    const post = await writePost('admin', {
      content: '<!-- wp:img-pathway/guide {"theme":"purple","open":"7","accentColor":"red","headingLevel":4} /-->',
    });
    const { page, errors } = await editor('admin', post.id);
    await page.waitForFunction(() => document.querySelector('.editor-styles-wrapper img-pathway')?.shadowRoot);
    await page.evaluate(() => {
      const [block] = window.wp.data.select('core/block-editor').getBlocks();
      window.wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
    });
    const notices = () => page.$$eval('.img-pathway-refused', (found) => found.map((n) => n.textContent));
    await page.waitForSelector('.img-pathway-refused');
    const shown = await notices();
    assert.equal(shown.length, 3);
    assert.match(shown.join('\n'), /Colors: “purple” is not used, so the default applies\. Use light, dark or auto\./);
    assert.match(shown.join('\n'), /Open when the page loads: “7” is not used/);
    assert.match(shown.join('\n'), /Accent color: “red” is not used.*hex color/);
    const [guide] = await canvasGuides(page);
    assert.equal(guide.attributes.theme, 'light', 'the canvas shows what readers get');
    assert.equal(guide.heading.level, 'h4', 'the usable option applies');

    const useDefault = await page.$('.img-pathway-refused button');
    await useDefault.click();
    await page.waitForFunction(() => document.querySelectorAll('.img-pathway-refused').length === 2);
    assert.deepEqual(errors, []);
    await page.close();

    const reader = await open(post.link);
    const [front] = await guides(reader.page);
    assert.equal(front.attributes.theme, 'light');
    assert.equal(front.attributes.style, undefined);
    assert.equal(front.attributes.open, undefined);
    assert.equal(front.attributes['heading-level'], '4');
    await reader.page.close();
  });
});
