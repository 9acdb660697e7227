import { readFile } from 'node:fs/promises';
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { browsersFromEnv, chromium } from './tests/support/browsers.mjs';
import { emulationPlugin } from './tests/support/emulation-plugin.mjs';
import { countReporter } from './tests/support/count-reporter.mjs';

const browsers = await browsersFromEnv();
const wantsChromium = browsers.some((browser) => ['Chrome', 'Chromium'].includes(browser.name));
// A run of chosen files or of one group is not the whole suite: no coverage threshold then.
const wholeSuite = !process.argv
  .slice(2)
  .some((arg) => /\.test\.ts$/.test(arg) || arg === '--group' || arg === '--files');

/**
 * Copies of the bundle served where its details file is missing (/tests/chunkless/) or altered
 * (/tests/tampered/), to test what readers get when the second file cannot be had.
 */
async function brokenChunks(ctx, next) {
  const match = /^\/tests\/(chunkless|tampered)\/(img-pathway(?:\.en|\.validate)?\.js)$/.exec(ctx.path);
  if (!match) return next();
  const [, kind, file] = match;
  if (file === 'img-pathway.js') ctx.body = await readFile('dist/img-pathway.js');
  else if (kind === 'tampered') ctx.body = (await readFile('dist/img-pathway.en.js', 'utf8')).replace('ECFMG', 'EVIL');
  else return (ctx.status = 404);
  ctx.type = 'text/javascript';
}

export default {
  files: ['tests/**/*.test.ts', '!tests/visual/**'],
  nodeResolve: { exportConditions: ['development'] },
  middleware: [brokenChunks],
  plugins: [
    // TypeScript only: with a `target`, the plugin would also re-print every .js file it serves,
    // and the tests must load dist/img-pathway.js byte for byte as built.
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json' }),
    a11ySnapshotPlugin(),
    emulationPlugin(),
    visualRegressionPlugin({
      update: process.argv.includes('--update-visual-baseline'),
      baseDir: 'tests/screenshots',
      failureThreshold: 0.5,
      failureThresholdType: 'percent',
    }),
  ],
  // Screenshots are compared in Chromium only: each engine renders text its own way, and one
  // engine's baselines are what the visual check needs.
  groups: wantsChromium ? [{ name: 'visual', files: 'tests/visual/**/*.test.ts', browsers: [chromium()] }] : [],
  // Tests run Lit in dev mode (extra checks); its one-line notice about that is noise.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  browsers,
  // One page at a time per engine: WebKitWebDriver cannot drive two, and a background tab gets
  // no animation frames and no keyboard focus, which focus and layout tests need.
  concurrency: 1,
  concurrentBrowsers: 3,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  reporters: [defaultReporter(), countReporter()],
  // V8 coverage comes from Chromium (the other engines report none); below 90% of the lines of
  // src/ the run fails.
  coverage: wantsChromium && wholeSuite,
  coverageConfig: {
    include: ['src/**/*.ts'],
    threshold: { statements: 90, branches: 80, functions: 90, lines: 90 },
    reportDir: 'coverage',
    reporters: ['lcov', 'text-summary'],
  },
};
