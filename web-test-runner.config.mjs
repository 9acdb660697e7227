import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { browsersFromEnv } from './tests/support/browsers.mjs';
import { countReporter } from './tests/support/count-reporter.mjs';

const browsers = await browsersFromEnv();

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2021' })],
  browsers,
  // WebKitWebDriver cannot drive two pages at once.
  concurrency: browsers.some((browser) => browser.type === 'webdriver') ? 1 : 2,
  concurrentBrowsers: 3,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  reporters: [defaultReporter(), countReporter()],
};
