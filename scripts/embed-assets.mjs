/**
 * After the bundle is built: writes what the embed snippets need, next to it in dist/.
 * - dist/integrity.json: version, pinned CDN URL and Subresource Integrity hash (sha384) of
 *   dist/img-pathway.js, which the configurator (demo/configure.html) puts in its snippets; the
 *   same for img-pathway.en.js and img-pathway.es.js, which a snippet may load first.
 * - dist/img-pathway.fallback.html: `<img-pathway>` with the whole built-in guide inside as plain
 *   HTML, for readers without JavaScript, search engines and reader modes.
 * - dist/img-pathway.d.ts: the bundle's types for npm users who import it (it defines the element).
 * - dist/img-pathway.content.en.json and .es.json: the built-in content and interface words as
 *   JSON, which the configurator turns into fallback HTML for the options chosen.
 * Usable as a module (`writeEmbedAssets()`, used by `npm start`) or run directly.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { fallbackHtml } from './fallback-html.mjs';
import { sri } from './sri.mjs';
import { loadContent } from './load-content.mjs';

export const CDN = 'https://cdn.jsdelivr.net/npm';

export async function writeEmbedAssets() {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  const fileUrl = (file) => `${CDN}/img-pathway@${version}/dist/${file}`;
  const url = fileUrl('img-pathway.js');
  const integrity = sri(readFileSync('dist/img-pathway.js'));
  // The extra files a page may load itself, before the bundle, to have them at first paint.
  const chunks = Object.fromEntries(
    ['en', 'es'].map((lang) => {
      const file = `img-pathway.${lang}.js`;
      return [lang, { url: fileUrl(file), integrity: sri(readFileSync(`dist/${file}`)) }];
    }),
  );
  // The bundle is a classic script that exports nothing: importing it only defines the element.
  writeFileSync(
    'dist/img-pathway.d.ts',
    [
      '// Types of the one-tag bundle, a classic script: importing it defines <img-pathway> and exports nothing.',
      "import type { ImgPathway } from '../lib/img-pathway.js';",
      '',
      'declare global {',
      '  interface HTMLElementTagNameMap {',
      "    'img-pathway': ImgPathway;",
      '  }',
      '}',
      '',
      'export {};',
      '',
    ].join('\n'),
  );
  writeFileSync('dist/integrity.json', `${JSON.stringify({ version, url, integrity, chunks }, null, 2)}\n`);
  const { en, enStrings } = await loadContent();
  writeFileSync('dist/img-pathway.fallback.html', fallbackHtml(en, enStrings));
  const { es, esStrings } = await loadContent('src/content/es.ts');
  for (const [lang, content, strings] of [
    ['en', en, enStrings],
    ['es', es, esStrings],
  ])
    writeFileSync(`dist/img-pathway.content.${lang}.json`, `${JSON.stringify({ content, strings }, null, 2)}\n`);
  return { version, url, integrity };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { integrity } = await writeEmbedAssets();
  console.log(`dist/integrity.json: ${integrity}`);
}
