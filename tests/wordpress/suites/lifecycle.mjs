import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { before as beforeAll, describe, it } from 'node:test';
import {
  before,
  clickStep,
  filesUnder,
  guides,
  open,
  pluginLogLines,
  reset,
  session,
  site,
  writePost,
} from '../context.mjs';
import { PLUGIN, ZIP } from '../env.mjs';

/** Options WordPress itself writes while it works (caches and timestamps), whoever is installed. */
const CORE_BOOKKEEPING = /^(_site_transient_|_transient_)/;

describe('deactivating, deleting and installing again', () => {
  beforeAll(reset);

  it('deactivating and deleting leave no option and no file behind', async () => {
    assert.deepEqual(await site.cli('deactivate', PLUGIN), { active: false });
    assert.equal(await site.cli('delete', PLUGIN), true);
    assert.equal(existsSync(join(site.dir, 'wp-content/plugins/img-pathway')), false);
    const options = await site.cli('options');
    assert.deepEqual(
      options.filter((name) => !before.options.includes(name) && !CORE_BOOKKEEPING.test(name)),
      [],
      'no option the site did not have before the plugin',
    );
    assert.deepEqual(filesUnder(join(site.dir, 'wp-content')), before.files, 'wp-content as before the plugin');
  });

  it('an administrator installs the zip from Plugins → Add New → Upload Plugin and activates it, with no PHP notice', async () => {
    const context = await session('admin');
    const page = await context.newPage();
    page.setDefaultTimeout(60000);
    await page.goto(`${site.url}/wp-admin/plugin-install.php?tab=upload`);
    const upload = await page.$('#pluginzip');
    await upload.uploadFile(ZIP);
    await Promise.all([page.waitForNavigation(), page.click('#install-plugin-submit')]);
    assert.match(await page.$eval('.wrap', (wrap) => wrap.textContent), /Plugin installed successfully/);
    await Promise.all([page.waitForNavigation(), page.click('.wrap a.button-primary[href*="action=activate"]')]);
    assert.match(await page.$eval(`tr[data-plugin="${PLUGIN}"]`, (row) => row.className), /\bactive\b/);
    await page.close();

    const post = await writePost('author', { content: '<!-- wp:img-pathway/guide {"open":"1"} /-->' });
    const reader = await open(post.link);
    assert.equal((await guides(reader.page))[0].steps[0].open, true);
    assert.equal(await clickStep(reader.page, 0, 0), false);
    assert.deepEqual(reader.problems.errors, []);
    await reader.page.close();
  });

  it('wrote no PHP notice, warning or error from its files in the whole run', () => {
    assert.deepEqual(pluginLogLines(), []);
  });
});
