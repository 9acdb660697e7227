import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { browsersFromEnv } from './tests/support/browsers.mjs';
import { countReporter } from './tests/support/count-reporter.mjs';

const browsers = await browsersFromEnv();

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2021' }), a11ySnapshotPlugin()],
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
  coverage: browsers.some((browser) => ['Chrome', 'Chromium'].includes(browser.name)),
  coverageConfig: {
    include: ['src/**/*.ts'],
    threshold: { statements: 90, branches: 80, functions: 90, lines: 90 },
    reportDir: 'coverage',
    reporters: ['lcov', 'text-summary'],
  },
};
