import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { axeViolations, clickStep, guides, open, reset, site, writePost } from '../context.mjs';
import { USERS } from '../env.mjs';

/** A block and a shortcode with options of every kind, as each role would write them. */
const CONTENT = `<!-- wp:heading -->
<h2>International medical graduates</h2>
<!-- /wp:heading -->

<!-- wp:paragraph -->
<p>Our graduate medical education office welcomes international medical graduates.</p>
<!-- /wp:paragraph -->

<!-- wp:img-pathway/guide {"heading":"Your path to practice in the U.S.","headingLevel":3,"open":"2","checklist":true,"accentColor":"#7a1f5c"} /-->

<!-- wp:shortcode -->
[img_pathway heading="Su camino a la práctica" heading-level="4" open="residency" single theme="dark" lang="es" remember="true"]
<!-- /wp:shortcode -->`;

describe('each role, with the block and the shortcode', () => {
  before(reset);

  for (const login of USERS) {
    // A contributor cannot publish: her post is pending, and she previews it.
    const contributor = login === 'contributor';
    it(`${login}: both render a working guide with the options applied, axe-clean, with no console error`, async () => {
      const post = await writePost(login, { content: CONTENT, status: contributor ? 'pending' : 'publish' });
      assert.equal(post.status, contributor ? 'pending' : 'publish');
      const url = contributor ? `${site.url}/?p=${post.id}&preview=true` : post.link;
      const { page, problems } = await open(url, { login: contributor ? login : null });

      const [block, shortcode, extra] = await guides(page);
      assert.equal(extra, undefined, 'two guides');
      assert.deepEqual(block.attributes, {
        class: 'wp-block-img-pathway-guide',
        heading: 'Your path to practice in the U.S.',
        'heading-level': '3',
        open: '2',
        checklist: '',
        style: '--img-pathway-accent: #7a1f5c',
        theme: 'light', // Not in the markup: the element reflects its default.
      });
      assert.deepEqual(block.heading, { level: 'h3', text: 'Your path to practice in the U.S.' });
      assert.equal(block.stepLevel, 'h4');
      assert.deepEqual(
        block.steps.map((step) => step.open),
        [false, true, false, false],
      );
      assert.equal(block.checkboxes, 4);
      assert.equal(block.accent, 'rgb(122, 31, 92)');

      assert.deepEqual(shortcode.attributes, {
        heading: 'Su camino a la práctica',
        'heading-level': '4',
        open: 'residency',
        single: '',
        remember: '',
        theme: 'dark',
        lang: 'es',
      });
      assert.deepEqual(shortcode.heading, { level: 'h4', text: 'Su camino a la práctica' });
      assert.match(shortcode.steps[0].title, /ECFMG/);
      assert.match(shortcode.steps[1].title, /residencia/i, 'the Spanish guide');
      assert.deepEqual(
        shortcode.steps.map((step) => step.open),
        [false, true, false, false],
      );
      assert.equal(shortcode.showAll, false, 'single: no "Show all steps"');
      assert.equal(shortcode.background, 'rgb(27, 31, 36)', 'the dark theme');

      // Steps toggle; in single mode, opening one closes the other.
      assert.equal(await clickStep(page, 0, 0), true);
      assert.equal(await clickStep(page, 0, 1), false);
      assert.equal(await clickStep(page, 1, 3), true);
      assert.deepEqual(
        (await guides(page))[1].steps.map((step) => step.open),
        [false, false, false, true],
      );

      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(problems.errors, []);
      assert.deepEqual(problems.warnings, []);
      assert.deepEqual(problems.foreignRequests, []);
      await page.close();
    });
  }
});
