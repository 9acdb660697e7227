/**
 * Prints `N passed, N failed, N skipped` as the very last line of the run, so CI (and a person
 * scrolling a long log) can read the result. A test file that failed to load counts as failed.
 * Just above it, one `FAILED` line per failed test (engine, file, test, first line of the error):
 * a log cut to its last lines (CI's) still names what failed, which the default reporter prints
 * only where the file finished, possibly thousands of lines up.
 */
import { relative } from 'node:path';
import { failedLine } from './failed-line.mjs';

export function countReporter() {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  const byBrowser = new Map();
  const failures = [];

  const count = (results, browser, file) => {
    const own = byBrowser.get(browser) ?? { passed: 0, failed: 0, skipped: 0 };
    const walk = (suite, names) => {
      for (const test of suite.tests ?? []) {
        const kind = test.skipped ? 'skipped' : test.passed ? 'passed' : 'failed';
        totals[kind] += 1;
        own[kind] += 1;
        if (kind === 'failed') {
          const title = [...names, test.name].join(' › ');
          failures.push(failedLine(`${browser} ${file} › ${title}`, test.error?.message));
        }
      }
      for (const child of suite.suites ?? []) walk(child, [...names, child.name]);
    };
    if (results) walk(results, []);
    byBrowser.set(browser, own);
    return own;
  };

  return {
    onTestRunFinished({ sessions }) {
      for (const session of sessions) {
        const browser = session.browser.name;
        const file = relative(process.cwd(), session.testFile);
        const own = count(session.testResults, browser, file);
        // A file that threw before registering tests, or crashed the page, has no test results.
        const errors = session.errors ?? [];
        const loadErrors = errors.length || Number(!session.testResults && !session.passed);
        if (loadErrors > 0) {
          totals.failed += loadErrors;
          own.failed += loadErrors;
          // One line per error, as each is counted; a file that did not run has none.
          for (const why of errors.length ? errors.map((e) => e.message) : ['the file did not run'])
            failures.push(failedLine(`${browser} ${file}`, why));
        }
      }
      process.once('exit', () => {
        for (const line of failures) console.log(line);
        for (const [browser, own] of byBrowser) {
          console.log(`${browser}: ${own.passed} passed, ${own.failed} failed, ${own.skipped} skipped`);
        }
        console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
      });
    },
  };
}
