/**
 * `npm run build:wordpress`: the WordPress plugin, as dist/img-pathway-wordpress.zip, an
 * installable plugin (Plugins → Add New → Upload Plugin) whose one top folder is img-pathway/.
 * Run after `npm run build`. The zip holds:
 * - the plugin's source, wordpress/ as it is;
 * - build/: the plugin's own copy of every file the bundle can load (dist/img-pathway*.js, byte
 *   for byte: the bundle checks its second files against their hashes) and guide.json, the
 *   built-in guide's headings, step titles and plain-HTML fallback per language, written by the
 *   same code as dist/img-pathway.fallback.html (scripts/fallback-html.mjs);
 * - languages/img-pathway.pot, every translatable string of the PHP, the editor script and
 *   block.json (the build fails on a string without the img-pathway text domain);
 * - LICENSE.
 * The zip is the same bytes for the same sources: files in a fixed order with a fixed date.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { zipSync } from 'fflate';
import { fallbackHtml } from './fallback-html.mjs';
import { loadContent } from './load-content.mjs';
import { potFile } from './wordpress-pot.mjs';

const SOURCE = 'wordpress';
const ZIP = 'dist/img-pathway-wordpress.zip';
/** What the bundle can load: itself, its two text files and the content checker (and the map). */
const BUNDLE_FILES = [
  'img-pathway.js',
  'img-pathway.js.map',
  'img-pathway.en.js',
  'img-pathway.es.js',
  'img-pathway.validate.js',
];
const DATE = new Date('2026-01-01T00:00:00Z');

/** Blanks that wordpress/includes/guide.php fills in. */
const HEADING = '%%HEADING%%';
const ATTRIBUTES = '%%ATTRIBUTES%%';
const STEP_LEVEL = '%%STEP_LEVEL%%';

/** Replaces `from` with `to` exactly `count` times, or fails: the fallback's shape changed. */
function replaceCounted(text, from, to, count) {
  const parts = text.split(from);
  if (parts.length - 1 !== count) {
    throw new Error(
      `build:wordpress: expected ${count} × ${JSON.stringify(from)} in the fallback, found ${parts.length - 1}`,
    );
  }
  return parts.join(to);
}

/**
 * The fallback of one language as a template: fallbackHtml() with a marker heading at level 2
 * (so its steps are at level 3), whose heading line and step level then become blanks.
 */
export function fallbackTemplate(content, strings) {
  const html = fallbackHtml(content, strings, { heading: HEADING, headingLevel: 2, attributes: ATTRIBUTES });
  const steps = content.steps.length;
  let template = replaceCounted(html, `  <h2>${HEADING}</h2>\n`, HEADING, 1);
  template = replaceCounted(template, '<h3>', `<h${STEP_LEVEL}>`, steps);
  return replaceCounted(template, '</h3>', `</h${STEP_LEVEL}>`, steps);
}

/** build/guide.json: per language, the default heading, the steps (id, title) and the fallback template. */
export async function guideData() {
  const languages = {};
  for (const [lang, file] of [
    ['en', 'src/content/en.ts'],
    ['es', 'src/content/es.ts'],
  ]) {
    const module = await loadContent(file);
    const content = module[lang];
    const strings = module[`${lang}Strings`];
    languages[lang] = {
      heading: content.heading,
      steps: content.steps.map(({ id, title }) => ({ id, title })),
      template: fallbackTemplate(content, strings),
    };
  }
  return { languages };
}

const walk = (dir) =>
  readdirSync(dir)
    .sort()
    .flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));

export async function buildWordpress() {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  const files = {};
  const add = (path, data) => {
    files[`img-pathway/${path}`] = [typeof data === 'string' ? new TextEncoder().encode(data) : data, { mtime: DATE }];
  };
  for (const file of walk(SOURCE)) add(relative(SOURCE, file), readFileSync(file));
  for (const file of BUNDLE_FILES) {
    try {
      add(`build/${file}`, readFileSync(`dist/${file}`));
    } catch {
      throw new Error(`build:wordpress: dist/${file} is missing; run \`npm run build\` first.`);
    }
  }
  add('build/guide.json', `${JSON.stringify(await guideData(), null, 2)}\n`);
  add('languages/img-pathway.pot', potFile(SOURCE, version));
  add('LICENSE', readFileSync('LICENSE'));
  writeFileSync(ZIP, zipSync(files, { level: 9 }));
  return { zip: ZIP, files: Object.keys(files) };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { zip, files } = await buildWordpress();
  console.log(`${zip}: ${files.length} files, ${statSync(zip).size} B`);
}
