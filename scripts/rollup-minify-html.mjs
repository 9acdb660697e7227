/**
 * Removes the indentation inside Lit's html`` templates of the bundle. Only whitespace that
 * contains a line break goes (a line break in a template is source layout; a space that must
 * show is written on its line, as in `${label} <time>`):
 * - between two tags (`>\n   <` → `><`), between a tag and a binding (`>\n  ${` and
 *   `}\n  <`), and at the start and end of a template, it is dropped: there it would only make
 *   whitespace-only text nodes, which every guide would copy and the browser then skip;
 * - before the `>` (or `/>`) that ends a tag written on its own line, it is dropped too;
 * - elsewhere it becomes one space, so text never runs together.
 * Templates are found in the syntax tree, never by pattern over the code.
 */
export function minifyHtml() {
  return {
    name: 'minify-html',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('html`')) return null;
      const edits = [];
      const walk = (node) => {
        if (!node || typeof node.type !== 'string') return;
        if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && node.tag.name === 'html') {
          const { quasis } = node.quasi;
          quasis.forEach((quasi, i) => {
            const raw = code.slice(quasi.start, quasi.end);
            const minified = minifyQuasi(raw, i === 0, i === quasis.length - 1);
            if (minified !== raw) edits.push([quasi.start, quasi.end, minified]);
          });
        }
        for (const value of Object.values(node)) {
          if (Array.isArray(value)) value.forEach(walk);
          else if (value && typeof value === 'object') walk(value);
        }
      };
      walk(this.parse(code));
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0]))
        out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}

/**
 * One literal piece of a template: `first` and `last` say whether it starts or ends the
 * template; otherwise a binding stands just before or after it.
 */
export function minifyQuasi(raw, first, last) {
  let text = raw;
  if (first) text = text.replace(/^\s*\n\s*/, '');
  if (last) text = text.replace(/\s*\n\s*$/, '');
  if (!first) text = text.replace(/^\s*\n\s*(?=<)/, ''); // `}\n  <`
  if (!last) text = text.replace(/>\s*\n\s*$/, '>'); // `>\n  ${`
  return text
    .replace(/>\s*\n\s*</g, '><')
    .replace(/\s*\n\s*(?=\/?>)/g, '') // `"\n  >`: the end of a tag written on its own line
    .replace(/\s*\n\s*/g, ' ');
}
