/**
 * `npm run test:stress`: the whole test suite (browsers, package, WordPress; see run-tests.mjs)
 * three times in a row while `stress-ng --cpu 2` keeps both cores busy, as CI's machine may be.
 * No test may depend on how fast the machine is: each run must pass. Prints each run's time.
 * Needs Debian's stress-ng (`apt-get install stress-ng`) and a build (`npm run build:wordpress`).
 *   node scripts/test-stress.mjs [runs]
 */
import { spawn, spawnSync } from 'node:child_process';

const runs = Number(process.argv[2] ?? 3);
if (spawnSync('stress-ng', ['--version']).error) {
  console.error('test:stress: stress-ng is missing; install it with `apt-get install stress-ng`.');
  process.exit(1);
}

const load = spawn('stress-ng', ['--cpu', '2', '--quiet'], { stdio: 'ignore', detached: true });
const stopLoad = () => {
  try {
    process.kill(-load.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
};
process.once('exit', stopLoad);

const results = [];
for (let run = 1; run <= runs; run++) {
  const started = Date.now();
  const { status } = spawnSync(process.execPath, ['scripts/run-tests.mjs'], { stdio: 'inherit' });
  results.push({ run, status, seconds: Math.round((Date.now() - started) / 1000) });
  console.log(
    `test:stress: run ${run} of ${runs}: ${status === 0 ? 'passed' : 'FAILED'} in ${results.at(-1).seconds} s`,
  );
  if (status !== 0) break;
}
stopLoad();
const passed = results.filter(({ status }) => status === 0).length;
console.log(
  `test:stress: ${passed} of ${runs} runs passed under stress-ng --cpu 2 (${results.map((r) => `${r.seconds} s`).join(', ')})`,
);
process.exit(passed === runs ? 0 : 1);
