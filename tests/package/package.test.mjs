/**
 * The npm package as its users get it: the tarball `npm pack` makes (what `npm publish` would
 * upload), installed into a scratch project, type-checked as a TypeScript user's code and
 * bundled with rollup as an app's, then run in headless Chromium. `npm run test:package`.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import puppeteer from 'puppeteer-core';
import { rollup } from 'rollup';
import { pack } from '../../scripts/check-package.mjs';
import { CHROMIUM_ARGS, chromiumPath } from '../support/browsers.mjs';

const TSC = resolve('node_modules/typescript/bin/tsc');

describe('the npm package', () => {
  let packed;
  let app;

  before(() => {
    packed = pack();
    app = mkdtempSync(join(tmpdir(), 'img-pathway-app-'));
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'an-app', private: true, type: 'module' }));
    // Lit comes from the registry as for any user (npm's cache, when it has it).
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', packed.tarball], {
      cwd: app,
      stdio: 'ignore',
    });
  });

  after(() => {
    rmSync(packed.dir, { recursive: true, force: true });
    rmSync(app, { recursive: true, force: true });
  });

  it('ships lib/, dist/, the manifest, the schema, README, LICENSE and CHANGELOG, and nothing else', () => {
    const top = [...new Set(packed.files.map((file) => file.split('/')[0]))].sort();
    assert.deepEqual(top, [
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'custom-elements.json',
      'dist',
      'lib',
      'package.json',
      'schema',
    ]);
    for (const file of [
      'lib/index.js',
      'lib/index.d.ts',
      'dist/img-pathway.js',
      'dist/img-pathway.d.ts',
      'dist/img-pathway.en.js',
      'dist/img-pathway.es.js',
      'dist/img-pathway.validate.js',
    ])
      assert.ok(packed.files.includes(file), file);
    const unwanted = packed.files.filter(
      (file) => /\.zip$/.test(file) || (/\.ts$/.test(file) && !/\.d\.ts$/.test(file)),
    );
    assert.deepEqual(unwanted, [], 'no sources, no WordPress zip');
  });

  it('gives a TypeScript user, in strict mode, the element’s methods and typed event details (no any)', () => {
    writeFileSync(
      join(app, 'app.ts'),
      `import 'img-pathway';

const guide = document.createElement('img-pathway');
const opened: boolean = guide.openStep(2);
guide.addEventListener('img-pathway-toggle', (event) => {
  const id: string = event.detail.id;
  const index: number = event.detail.index;
  const open: boolean = event.detail.open;
  // @ts-expect-error detail.open is a boolean: were detail \`any\`, this line would not fail.
  const wrong: string = event.detail.open;
  console.log(id, index, open, wrong, opened);
});
`,
    );
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          target: 'ES2021',
          module: 'ES2022',
          moduleResolution: 'bundler',
          lib: ['ES2022', 'DOM'],
          types: [],
        },
        files: ['app.ts'],
      }),
    );
    execFileSync(process.execPath, [TSC, '-p', 'tsconfig.json'], { cwd: app, encoding: 'utf8' });
  });

  it("bundled with rollup from `import 'img-pathway'`, registers the element once, kept by tree-shaking, and renders it", async () => {
    writeFileSync(
      join(app, 'main.js'),
      `import 'img-pathway';\nimport { ImgPathway } from 'img-pathway';\nwindow.sameClass = customElements.get('img-pathway') === ImgPathway;\n`,
    );
    const bundle = await rollup({
      input: join(app, 'main.js'),
      plugins: [nodeResolve({ rootDir: app })],
      logLevel: 'silent',
    });
    const { output } = await bundle.generate({ format: 'es' });
    await bundle.close();
    const code = output[0].code;

    const browser = await puppeteer.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.evaluateOnNewDocument(() => {
        window.defines = [];
        const define = customElements.define.bind(customElements);
        customElements.define = (name, ...rest) => (window.defines.push(name), define(name, ...rest));
      });
      await page.goto('about:blank');
      await page.setContent('<!doctype html><html lang="en"><body><img-pathway></img-pathway></body></html>');
      await page.addScriptTag({ content: code, type: 'module' });
      await page.waitForFunction(
        () => document.querySelector('img-pathway').shadowRoot?.querySelectorAll('.step-button').length === 4,
      );
      assert.deepEqual(await page.evaluate(() => window.defines), ['img-pathway']);
      assert.equal(await page.evaluate(() => window.sameClass), true);
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
    }
  });
});
