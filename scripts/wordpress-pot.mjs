/**
 * The plugin's translation template (languages/img-pathway.pot), read off its sources: the
 * gettext calls in the PHP files and the editor script, block.json's title, description and
 * keywords, and the plugin header's name and description. WordPress's own tool (wp i18n
 * make-pot) is not in Debian; this reads the few call shapes the plugin uses and fails on any
 * other, so no string is left untranslatable: every call must name the `img-pathway` text domain.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const DOMAIN = 'img-pathway';
/** A gettext call with its text domain: __( 'Text', 'img-pathway' ), in PHP or JS. */
const CALL = /\b(__|_e|esc_html__|esc_attr__|esc_html_e|esc_attr_e)\(\s*'((?:[^'\\]|\\.)*)'\s*,\s*'([^']*)'\s*,?\s*\)/g;
/** Any gettext call, to find those the pattern above does not read. */
const ANY_CALL = /\b(__|_e|_x|_n|esc_html__|esc_attr__|esc_html_e|esc_attr_e)\(/g;
/** A translators' comment right before a call. */
const TRANSLATORS = /\/\*\s*translators:([^*]*)\*\/\s*$/;

const unescape = (text) => text.replace(/\\(.)/g, '$1');
const quote = (text) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
const lineOf = (source, index) => source.slice(0, index).split('\n').length;

/** The strings in the plugin's source folder: [{ text, where, comment }]. */
export function pluginStrings(dir) {
  const entries = [];
  const files = readdirSync(dir, { recursive: true })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
    .sort();
  for (const path of files) {
    const source = readFileSync(path, 'utf8');
    const where = relative(dir, path);
    if (path.endsWith('.json')) {
      const block = JSON.parse(source);
      if (block.textdomain !== DOMAIN) throw new Error(`${path}: "textdomain" must be "${DOMAIN}"`);
      // WordPress translates these with a context (translate_settings_using_i18n_schema()).
      entries.push({ text: block.title, where, context: 'block title' });
      entries.push({ text: block.description, where, context: 'block description' });
      for (const text of block.keywords ?? []) entries.push({ text, where, context: 'block keyword' });
      continue;
    }
    if (!/\.(php|js)$/.test(path)) continue;
    let read = 0;
    for (const match of source.matchAll(CALL)) {
      const [, , text, domain] = match;
      if (domain !== DOMAIN)
        throw new Error(`${where}:${lineOf(source, match.index)}: text domain "${domain}", not "${DOMAIN}"`);
      const before = source.slice(Math.max(0, match.index - 300), match.index);
      const comment = TRANSLATORS.exec(before.replace(/\s*(sprintf\(\s*)?$/, ''))?.[1].trim();
      entries.push({ text: unescape(text), where: `${where}:${lineOf(source, match.index)}`, comment });
      read += 1;
    }
    const all = [...source.matchAll(ANY_CALL)].length;
    if (all !== read)
      throw new Error(
        `${where}: ${all - read} gettext call(s) this script cannot read; write them as __( 'Text', '${DOMAIN}' )`,
      );
    const header = /^\s*\*\s*(Plugin Name|Description):\s*(.+)$/gm;
    if (path.endsWith('img-pathway.php'))
      for (const [, field, text] of source.matchAll(header))
        entries.push({ text: text.trim(), where, comment: `Plugin ${field}` });
  }
  return entries;
}

/** languages/img-pathway.pot for the plugin in `dir`. */
export function potFile(dir, version) {
  const byText = new Map();
  for (const entry of pluginStrings(dir)) {
    const key = `${entry.context ?? ''}\u0004${entry.text}`;
    const known = byText.get(key) ?? { text: entry.text, context: entry.context, where: [], comments: new Set() };
    known.where.push(entry.where);
    if (entry.comment) known.comments.add(entry.comment);
    byText.set(key, known);
  }
  const head = [
    '# Translation template of the IMG Pathway WordPress plugin.',
    '# This file is distributed under the same license as the plugin (MIT).',
    'msgid ""',
    'msgstr ""',
    `"Project-Id-Version: IMG Pathway ${version}\\n"`,
    '"MIME-Version: 1.0\\n"',
    '"Content-Type: text/plain; charset=UTF-8\\n"',
    '"Content-Transfer-Encoding: 8bit\\n"',
    `"X-Domain: ${DOMAIN}\\n"`,
    '',
  ];
  const body = [...byText.values()].flatMap(({ text, context, where, comments }) =>
    [
      ...[...comments].map((comment) => `#. ${comment.startsWith('Plugin') ? comment : `translators: ${comment}`}`),
      `#: ${where.join(' ')}`,
      /%\d?\$?[sd]/.test(text) ? '#, php-format' : null,
      context ? `msgctxt ${quote(context)}` : null,
      `msgid ${quote(text)}`,
      'msgstr ""',
      '',
    ].filter((line) => line !== null),
  );
  return [...head, ...body].join('\n');
}
