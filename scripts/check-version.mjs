/** Fails if src/version.ts and package.json disagree: the version-mismatch warning relies on it. */
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const source = readFileSync('src/version.ts', 'utf8');
if (!source.includes(`VERSION = '${version}'`)) {
  console.error(`src/version.ts does not say VERSION = '${version}' (package.json's version).`);
  process.exit(1);
}
