/**
 * Removes the indentation inside Lit's html`` templates of the bundle. Only whitespace that
 * contains a line break goes: between two tags it is dropped (`>\n   <` → `><`), elsewhere it
 * becomes one space, so text never runs together. Templates are found in the syntax tree,
 * never by pattern over the code.
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
          for (const quasi of node.quasi.quasis) {
            const raw = code.slice(quasi.start, quasi.end);
            const minified = raw.replace(/>\s*\n\s*</g, '><').replace(/\s*\n\s*/g, ' ');
            if (minified !== raw) edits.push([quasi.start, quasi.end, minified]);
          }
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
