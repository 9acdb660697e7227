/**
 * `npm run check:manifest`: regenerates custom-elements.json in a scratch folder and fails if
 * it differs from the committed one, so the documented API never drifts from the code.
 * Fix with `npm run analyze`.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

// The analyzer resolves --outdir against the working folder, so the scratch copy lives inside
// node_modules/.cache (never committed).
const dir = join('node_modules', '.cache', 'cem-check');
try {
  execFileSync('npx', ['--no-install', 'cem', 'analyze', '--outdir', dir], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const fresh = readFileSync(join(dir, 'custom-elements.json'), 'utf8');
  const committed = readFileSync('custom-elements.json', 'utf8');
  if (fresh !== committed) {
    console.error('custom-elements.json is out of date: run `npm run analyze` and commit it.');
    process.exit(1);
  }
  console.log('custom-elements.json matches the code.');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
