/**
 * The line that names one failed test, printed just above the counts by both reporters
 * (count-reporter.mjs for the browsers, node-count-reporter.mjs for node:test) and picked out
 * again by scripts/run-tests.mjs: `FAILED <where>: <first line of the error>`.
 */
export const FAILED_PREFIX = 'FAILED ';

/** The error's first line only, and at most 300 characters, so one long error cannot bury the counts. */
export const failedLine = (where, message) =>
  `${FAILED_PREFIX}${where}: ${String(message ?? '')
    .split('\n')[0]
    .slice(0, 300)}`;
