/*
 * The count lines that end a test run (tests/support/count-reporter.mjs for the browsers,
 * node-count-reporter.mjs for node:test, scripts/run-tests.mjs for the whole run): each failed
 * test is named in a FAILED line just above the counts, so a log cut to its last lines, as CI
 * shows it, still says what failed.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';

const root = resolve(import.meta.dirname, '../..');
const lastLines = (text, n) => text.trimEnd().split('\n').slice(-n);

test('the browser count names each failed test, and each file that did not run, above the counts', () => {
  const sessions = [
    {
      browser: { name: 'MiniBrowser' },
      testFile: join(root, 'tests/motion.test.ts'),
      passed: false,
      testResults: {
        name: '',
        tests: [{ name: 'top', passed: true }],
        suites: [
          {
            name: 'a step',
            tests: [
              { name: 'opens', passed: true },
              { name: 'closes', passed: false, error: { message: 'expected true to be false\n    at stack' } },
              { name: 'skips', passed: false, skipped: true },
            ],
            suites: [],
          },
        ],
      },
    },
    {
      browser: { name: 'Chrome' },
      testFile: join(root, 'tests/print.test.ts'),
      passed: false,
      errors: [{ message: 'boom' }],
    },
  ];
  const script = `import { countReporter } from './tests/support/count-reporter.mjs';
countReporter().onTestRunFinished({ sessions: ${JSON.stringify(sessions)} });`;
  const { stdout, status } = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: root,
    encoding: 'utf8',
  });
  assert.equal(status, 0);
  assert.deepEqual(lastLines(stdout, 5), [
    'FAILED MiniBrowser tests/motion.test.ts › a step › closes: expected true to be false',
    'FAILED Chrome tests/print.test.ts: boom',
    'MiniBrowser: 2 passed, 1 failed, 1 skipped',
    'Chrome: 0 passed, 1 failed, 0 skipped',
    '2 passed, 2 failed, 1 skipped',
  ]);
});

test('the node:test count names each failed test above the counts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'count-'));
  writeFileSync(
    join(dir, 'fixture.test.mjs'),
    `import { test } from 'node:test';
import assert from 'node:assert/strict';
test('passes', () => {});
test('fails', () => assert.fail('no heading\\n  and more'));
test('is skipped', { skip: true }, () => {});
`,
  );
  const reporter = join(root, 'tests/support/node-count-reporter.mjs');
  // Without NODE_TEST_CONTEXT (set for this file's own run), the child reports to its own reporter.
  const env = { ...process.env };
  delete env.NODE_TEST_CONTEXT;
  const { stdout } = spawnSync(process.execPath, ['--test', `--test-reporter=${reporter}`, 'fixture.test.mjs'], {
    cwd: dir,
    encoding: 'utf8',
    env,
  });
  const lines = lastLines(stdout, 2);
  assert.equal(lines[0], 'FAILED node fixture.test.mjs › fails: no heading');
  assert.equal(lines[1], '1 passed, 1 failed, 1 skipped');
});

test('the whole run repeats each part’s FAILED lines next to the parts’ counts', () => {
  // A stand-in npm on PATH plays the three parts: the browsers fail one test, the others pass.
  const bin = mkdtempSync(join(tmpdir(), 'npm-'));
  writeFileSync(
    join(bin, 'npm'),
    `#!/bin/sh
case "$3" in
  test:browsers) echo 'FAILED Chrome tests/a.test.ts › opens: no'; echo 'much more output'; echo '1 passed, 1 failed, 0 skipped'; exit 1;;
  *) echo '2 passed, 0 failed, 0 skipped';;
esac
`,
  );
  chmodSync(join(bin, 'npm'), 0o755);
  const { stdout, status } = spawnSync(process.execPath, ['scripts/run-tests.mjs'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${bin}:${process.env.PATH}` },
  });
  assert.equal(status, 1);
  assert.deepEqual(
    lastLines(stdout, 5).map((line) => line.replace(/\(\d+ s,/, '(N s,')),
    [
      'FAILED Chrome tests/a.test.ts › opens: no',
      'test:browsers: 1 passed, 1 failed, 0 skipped (N s, exit code 1)',
      'test:package: 2 passed, 0 failed, 0 skipped (N s, exit code 0)',
      'test:wordpress: 2 passed, 0 failed, 0 skipped (N s, exit code 0)',
      '5 passed, 1 failed, 0 skipped',
    ],
  );
});
