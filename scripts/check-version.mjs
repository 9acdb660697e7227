/**
 * Fails if a file that states the version disagrees with package.json: src/version.ts (the
 * version-mismatch warning relies on it) and the WordPress plugin's header, constant, readme
 * "Stable tag" and block.json (WordPress and its plugin directory read them).
 */
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const stated = [
  ['src/version.ts', `VERSION = '${version}'`],
  ['wordpress/img-pathway.php', ` * Version:           ${version}\n`],
  ['wordpress/img-pathway.php', `define( 'IMG_PATHWAY_VERSION', '${version}' );`],
  ['wordpress/readme.txt', `\nStable tag: ${version}\n`],
  ['wordpress/block/block.json', `"version": "${version}"`],
];
const wrong = stated.filter(([file, text]) => !readFileSync(file, 'utf8').includes(text));
for (const [file, text] of wrong)
  console.error(`${file} does not say ${JSON.stringify(text.trim())} (package.json's version).`);
if (wrong.length > 0) process.exit(1);
