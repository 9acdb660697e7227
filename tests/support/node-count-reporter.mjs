/**
 * A node:test reporter (the WordPress and package tests) that prints `N passed, N failed,
 * N skipped` as its last line, the same line as the browser tests' count (count-reporter.mjs). Groups (`describe`) are
 * not counted, only tests; a group whose setup failed counts its tests as failed. Just above it,
 * one `FAILED` line per failed test, as count-reporter.mjs prints them.
 */
import { relative } from 'node:path';
import { failedLine } from './failed-line.mjs';

export default async function* countReporter(source) {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  const failures = [];
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const { data } = event;
    if (data.details?.type === 'suite') {
      // A failed hook fails the group, and cancels its tests: those arrive as failures too.
      continue;
    }
    if (data.skip || data.todo) totals.skipped += 1;
    else if (event.type === 'test:pass') totals.passed += 1;
    else {
      totals.failed += 1;
      const error = data.details?.error;
      const file = data.file ? relative(process.cwd(), data.file) : 'node test';
      failures.push(`${failedLine(`node ${file} › ${data.name}`, error?.cause?.message ?? error?.message)}\n`);
    }
  }
  yield* failures;
  yield `${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`;
}
