/**
 * `npm run screenshot:wordpress`: takes the README's picture of the plugin's block in the block
 * editor (docs/wordpress-block.png), in the same real WordPress the tests use (Debian's
 * wordpress and mariadb-server must be installed). Run `npm run build:wordpress` first.
 */
import { session, setUp, site, tearDown, writePost } from '../tests/wordpress/context.mjs';

const OUT = 'docs/wordpress-block.png';
await setUp();
try {
  const post = await writePost('author', {
    title: 'For IMGs',
    content:
      '<!-- wp:img-pathway/guide {"heading":"Your path to practice in the U.S.","open":"2","checklist":true} /-->',
  });
  const page = await (await session('author')).newPage();
  await page.setViewport({ width: 1280, height: 900, deviceScaleFactor: 1 });
  await page.goto(`${site.url}/wp-admin/post.php?post=${post.id}&action=edit`);
  await page.waitForFunction(() => document.querySelector('.editor-styles-wrapper img-pathway')?.shadowRoot);
  await page.evaluate(() => {
    const [block] = window.wp.data.select('core/block-editor').getBlocks();
    window.wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
    window.wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
  });
  await page.waitForSelector('.block-editor-block-inspector .components-panel__body');
  // Let the opening step finish its animation, then show the post from its title.
  await new Promise((done) => setTimeout(done, 600));
  await page.evaluate(() => document.querySelector('.interface-interface-skeleton__content').scrollTo(0, 0));
  await new Promise((done) => setTimeout(done, 300));
  await page.screenshot({ path: OUT });
  console.log(`${OUT} written`);
} finally {
  await tearDown();
}
