/**
 * The slow-link benchmark's pages: the embeds the README's "Embed" section offers, built from
 * the snippets as they stand there (read from README.md, so a changed snippet is measured as
 * changed), against the same guide as plain HTML. Every page is the main benchmark's host page
 * (bench/pages.mjs: a heading and a paragraph before the guide, a paragraph after it), so a
 * guide that appears late moves content and shows up in CLS:
 *   plain  page A of the main benchmark: the guide as `<details>`, no JS;
 *   head   "Recommended": the script in `<head>`, the element with its plain-HTML fallback
 *          (dist/img-pathway.fallback.html, where the README shows "…") in the body;
 *   body   the same snippet pasted whole where the guide goes, as an editor pastes it into a CMS;
 *   defer  "Two tags": `<script defer>` and an empty `<img-pathway>`, pasted where the guide goes;
 *   mount  "One tag": the `data-mount` script alone, with the attributes the README shows
 *          (`data-open="2"`: a step that starts open, whose text arrives with the second file);
 *   mountClosed  the same without `data-open`, every step closed (the default), to tell what
 *          the embed costs from what an open step costs.
 * The snippets' CDN URL (`https://cdn.jsdelivr.net`) becomes the second server's origin, and
 * `integrity="sha384-…"` the real hash of dist/img-pathway.js (from dist/integrity.json), so
 * `integrity` and `crossorigin` work as on a real CDN; the bundle then loads its step bodies,
 * img-pathway.en.js, hash-checked, from beside itself on that origin.
 */
import { readFileSync } from 'node:fs';
import { pageHtml } from './pages.mjs';

/** The CDN origin the README's snippets use. */
const README_CDN = 'https://cdn.jsdelivr.net';

/** The pages, in the order each round loads them. */
export const PAGES = [
  { id: 'plain', kind: 'details', label: 'Plain HTML `<details>`, no script' },
  { id: 'head', kind: 'pathway', label: 'Script first, script in `<head>`' },
  { id: 'body', kind: 'pathway', label: 'Script first, pasted where the guide goes' },
  { id: 'defer', kind: 'pathway', label: 'Two tags, `defer`' },
  { id: 'mount', kind: 'pathway', label: 'One tag, `data-mount` (README example, `data-open="2"`)' },
  { id: 'mountClosed', kind: 'pathway', label: 'One tag, `data-mount`, no `data-open`' },
];

/** The README headings whose first `html` code block is the snippet. */
const SECTIONS = {
  scriptFirst: '### Recommended: script first',
  twoTags: '### Two tags',
  oneTag: '### One tag',
};

/**
 * The three snippets of the README's "Embed" section, as written there.
 * @param {string} readme the text of README.md
 * @returns {{ scriptFirst: string, twoTags: string, oneTag: string }}
 */
export function readmeSnippets(readme) {
  return Object.fromEntries(
    Object.entries(SECTIONS).map(([name, heading]) => {
      const start = readme.indexOf(`\n${heading}`);
      const block = start < 0 ? null : /```html\n([\s\S]*?)\n```/.exec(readme.slice(start));
      if (!block) throw new Error(`README.md: no \`\`\`html block after "${heading}"`);
      return [name, block[1]];
    }),
  );
}

/** `text` with `search` replaced by `replacement`, which must occur exactly `count` times. */
function replaceExactly(text, search, replacement, count, what) {
  const found = text.split(search).length - 1;
  if (found !== count) throw new Error(`${what}: expected ${count} × ${JSON.stringify(search)}, found ${found}`);
  return text.replaceAll(search, () => replacement);
}

/** A snippet as it runs here: the CDN origin and the real hash in place of the README's. */
function localSnippet(snippet, name, cdnOrigin, integrity) {
  const pinned = replaceExactly(snippet, `${README_CDN}/`, `${cdnOrigin}/`, 1, `README snippet "${name}"`);
  return replaceExactly(pinned, 'integrity="sha384-…"', `integrity="${integrity}"`, 1, `README snippet "${name}"`);
}

/**
 * The main benchmark's page B with its script line taken out, then `head` added at the end of
 * `<head>` and `guide` in place of its `<img-pathway>`: the same host page, another embed.
 */
function hostPage(title, head, guide) {
  let html = pageHtml('pathway', 1);
  html = replaceExactly(html, '<script src="/img-pathway.js"></script>\n', '', 1, 'bench/pages.mjs page B');
  html = replaceExactly(html, '</head>', head ? `${head}\n</head>` : '</head>', 1, 'bench/pages.mjs page B');
  html = replaceExactly(html, '<img-pathway></img-pathway>', guide, 1, 'bench/pages.mjs page B');
  return replaceExactly(html, /<title>.*<\/title>/.exec(html)[0], `<title>${title}</title>`, 1, 'title');
}

/**
 * What the CDN serves: the bundle and its step bodies, at the paths of their pinned CDN URLs
 * (dist/integrity.json), e.g. `/npm/img-pathway@0.1.0/dist/img-pathway.js`.
 * @returns {Map<string, { type: string, body: Buffer }>}
 */
export function cdnRoutes(dist = 'dist') {
  const { url, chunks } = JSON.parse(readFileSync(`${dist}/integrity.json`, 'utf8'));
  return new Map(
    [url, chunks.en.url].map((file) => {
      const path = new URL(file).pathname;
      return [path, { type: 'text/javascript', body: readFileSync(`${dist}/${path.split('/').pop()}`) }];
    }),
  );
}

/**
 * The HTML of every page (by page id), with the scripts from `cdnOrigin`.
 * @param {string} cdnOrigin e.g. `http://localhost:40123`
 * @returns {Record<string, string>}
 */
export function buildPages(cdnOrigin, { readme = 'README.md', dist = 'dist' } = {}) {
  const snippets = readmeSnippets(readFileSync(readme, 'utf8'));
  const { integrity } = JSON.parse(readFileSync(`${dist}/integrity.json`, 'utf8'));
  const fallback = readFileSync(`${dist}/img-pathway.fallback.html`, 'utf8').trim();

  const scriptFirst = localSnippet(snippets.scriptFirst, 'script first', cdnOrigin, integrity).replace(
    /<img-pathway>[\s\S]*<\/img-pathway>/,
    () => fallback,
  );
  if (!scriptFirst.includes(fallback))
    throw new Error('README snippet "script first": no <img-pathway>…</img-pathway>');
  const oneTag = localSnippet(snippets.oneTag, 'one tag', cdnOrigin, integrity);
  const dataOpen = /\n\s*data-open="[^"]*"/.exec(oneTag)?.[0] ?? 'data-open="…"';
  const oneTagClosed = replaceExactly(oneTag, dataOpen, '', 1, 'README snippet "one tag"');
  const cut = scriptFirst.indexOf('</script>') + '</script>'.length;
  const [script, element] = [scriptFirst.slice(0, cut), scriptFirst.slice(cut).trim()];

  return {
    plain: pageHtml('details', 1),
    head: hostPage('Slow link: script first, in head', script, element),
    body: hostPage('Slow link: script first, in body', '', scriptFirst),
    defer: hostPage('Slow link: two tags, defer', '', localSnippet(snippets.twoTags, 'two tags', cdnOrigin, integrity)),
    mount: hostPage('Slow link: one tag, data-mount', '', oneTag),
    mountClosed: hostPage('Slow link: one tag, data-mount, steps closed', '', oneTagClosed),
  };
}
