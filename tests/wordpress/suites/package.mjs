import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { unzipSync } from 'fflate';
import { installed, pluginLogLines } from '../context.mjs';
import { ZIP } from '../env.mjs';

const zip = () => unzipSync(readFileSync(ZIP));
const text = (files, name) => new TextDecoder().decode(files[name]);
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

describe('the plugin zip', () => {
  it('has one top folder, img-pathway/, with the main file img-pathway/img-pathway.php', () => {
    const names = Object.keys(zip());
    assert.deepEqual([...new Set(names.map((name) => name.split('/')[0]))], ['img-pathway']);
    assert.ok(names.includes('img-pathway/img-pathway.php'));
  });

  it('carries its own copy of every file the bundle can load, byte for byte', () => {
    const files = zip();
    for (const file of ['img-pathway.js', 'img-pathway.en.js', 'img-pathway.es.js', 'img-pathway.validate.js']) {
      assert.ok(files[`img-pathway/build/${file}`], `build/${file} is in the zip`);
      assert.ok(
        Buffer.from(files[`img-pathway/build/${file}`]).equals(readFileSync(`dist/${file}`)),
        `build/${file} is dist/${file}`,
      );
    }
  });

  it('says its version, the WordPress and PHP it needs and its license, in the WordPress.org format', () => {
    const files = zip();
    const header = text(files, 'img-pathway/img-pathway.php');
    const readme = text(files, 'img-pathway/readme.txt');
    assert.match(header, new RegExp(`^ \\* Version: +${version.replaceAll('.', '\\.')}$`, 'm'));
    assert.match(header, /^ \* Requires at least: +6\.1$/m);
    assert.match(header, /^ \* Requires PHP: +\d+\.\d+$/m);
    assert.match(header, /^ \* License: +MIT$/m);
    assert.match(header, /^ \* Text Domain: +img-pathway$/m);
    assert.match(readme, /^=== IMG Pathway ===$/m);
    assert.match(readme, new RegExp(`^Stable tag: ${version.replaceAll('.', '\\.')}$`, 'm'));
    assert.match(readme, /^Requires at least: 6\.1$/m);
    assert.match(readme, /^Requires PHP: \d+\.\d+$/m);
    assert.match(readme, /^License: MIT$/m);
    for (const section of ['Description', 'Installation', 'Frequently Asked Questions', 'Changelog'])
      assert.match(readme, new RegExp(`^== ${section} ==$`, 'm'));
    assert.match(
      text(files, 'img-pathway/block/block.json'),
      new RegExp(`"version": "${version.replaceAll('.', '\\.')}"`),
    );
    assert.ok(files['img-pathway/LICENSE']);
  });

  it('passes php -l on every PHP file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'img-pathway-zip-'));
    try {
      const files = zip();
      const php = Object.keys(files).filter((name) => name.endsWith('.php'));
      assert.ok(php.length >= 10, `${php.length} PHP files`);
      for (const name of php) {
        mkdirSync(dirname(join(dir, name)), { recursive: true });
        writeFileSync(join(dir, name), files[name]);
        assert.match(execFileSync('php', ['-l', join(dir, name)], { encoding: 'utf8' }), /^No syntax errors/, name);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('has a translation template with every string of the PHP, the editor script and block.json', () => {
    const pot = text(zip(), 'img-pathway/languages/img-pathway.pot');
    for (const msgid of ['IMG pathway', 'Heading level', 'One step at a time', 'Use light, dark or auto.'])
      assert.ok(pot.includes(`msgid "${msgid}"`), msgid);
    assert.match(pot, /msgctxt "block title"\nmsgid "IMG pathway"/);
  });

  it('installs with WordPress’s own installer and activates, with no PHP notice from its files', () => {
    assert.deepEqual(installed.install, { installed: true, plugin: 'img-pathway/img-pathway.php', errors: '' });
    assert.deepEqual(installed.activate, { active: true });
    assert.deepEqual(pluginLogLines(), []);
  });
});
