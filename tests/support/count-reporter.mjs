/**
 * Prints `N passed, N failed, N skipped` as the very last line of the run, so CI (and a person
 * scrolling a long log) can read the result. A test file that failed to load counts as failed.
 */
export function countReporter() {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  const byBrowser = new Map();

  const count = (results, browser) => {
    const own = byBrowser.get(browser) ?? { passed: 0, failed: 0, skipped: 0 };
    const walk = (suite) => {
      for (const test of suite.tests ?? []) {
        const kind = test.skipped ? 'skipped' : test.passed ? 'passed' : 'failed';
        totals[kind] += 1;
        own[kind] += 1;
      }
      for (const child of suite.suites ?? []) walk(child);
    };
    if (results) walk(results);
    byBrowser.set(browser, own);
    return own;
  };

  return {
    onTestRunFinished({ sessions }) {
      for (const session of sessions) {
        const own = count(session.testResults, session.browser.name);
        // A file that threw before registering tests, or crashed the page, has no test results.
        const loadErrors = (session.errors ?? []).length + (session.testResults ? 0 : 1) * Number(!session.passed);
        if (loadErrors > 0) {
          totals.failed += loadErrors;
          own.failed += loadErrors;
        }
      }
      process.once('exit', () => {
        for (const [browser, own] of byBrowser) {
          console.log(`${browser}: ${own.passed} passed, ${own.failed} failed, ${own.skipped} skipped`);
        }
        console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
      });
    },
  };
}
