/**
 * The last step of `npm test`: the browser tests (web-test-runner, three engines), the npm
 * package as its users get it, and the WordPress tests (node:test in a real WordPress), one
 * after the other, each in full even when another failed. Prints each failed test again (its
 * FAILED line), each part's time and, as the very last line, the sum of their counts:
 * `N passed, N failed, N skipped`. Fails if either part failed.
 */
import { spawn } from 'node:child_process';
import { FAILED_PREFIX } from '../tests/support/failed-line.mjs';

const COUNT = /^(\d+) passed, (\d+) failed, (\d+) skipped$/;

/** Runs an npm script, passing its output through; resolves with its exit code and count line. */
function part(script) {
  return new Promise((done) => {
    const started = Date.now();
    const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    let count = null;
    const failed = [];
    let rest = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      const lines = (rest + chunk).split('\n');
      rest = lines.pop();
      for (const line of lines) {
        if (COUNT.test(line.trim())) count = line.trim();
        if (line.startsWith(FAILED_PREFIX)) failed.push(line);
      }
    });
    child.on('close', (code) => {
      if (COUNT.test(rest.trim())) count = rest.trim();
      done({ script, code, count, failed, seconds: Math.round((Date.now() - started) / 1000) });
    });
  });
}

const parts = [];
for (const script of ['test:browsers', 'test:package', 'test:wordpress']) parts.push(await part(script));

// Each part's failed tests again, next to the counts: CI shows only a log's last lines.
for (const { failed } of parts) for (const line of failed) console.log(line);
const totals = [0, 0, 0];
for (const { script, code, count, seconds } of parts) {
  console.log(`${script}: ${count ?? 'no count'} (${seconds} s, exit code ${code})`);
  const numbers = count ? COUNT.exec(count).slice(1).map(Number) : [0, 1, 0];
  numbers.forEach((n, i) => (totals[i] += n));
  if (code !== 0 && numbers[1] === 0) totals[1] += 1; // A part that failed without a failing test.
}
console.log(`${totals[0]} passed, ${totals[1]} failed, ${totals[2]} skipped`);
process.exit(parts.every(({ code }) => code === 0) && totals[1] === 0 ? 0 : 1);
