/**
 * Minifies the CSS of the bundle's `*.styles.ts` files: the template literal marked
 * `/* css *\/`. Comments and whitespace go.
 * Deliberately small: it removes whitespace only where CSS ignores it (after `:` and `,`,
 * around `{`, `}`, `;`, `>`, `*` and `/`), never before `:`, which would turn `.a :hover` into `.a:hover`,
 * the quotes around a name in an attribute selector, and the spaces around a `+` combinator.
 * Our styles have no `${}`; the plugin refuses CSS that has one.
 */
/**
 * Private custom properties (`--_accent`) exist only inside our shadow root: they get short
 * names. One mapping for the whole file, since a file may split its CSS over several literals.
 * Public `--img-pathway-*` names are the API and stay.
 */
function privatePropertyNames(code) {
  const names = [...new Set(code.match(/--_[\w-]+/g) ?? [])].sort((a, b) => b.length - a.length);
  return names.map((name, i) => [name, `--_${i.toString(36)}`]);
}

export function minifyCss() {
  return {
    name: 'minify-css',
    transform(code, id) {
      if (!/\.styles\.[jt]s$/.test(id)) return null;
      const renames = privatePropertyNames(code);
      const minified = code.replace(/\/\* css \*\/\s*`([^`]*)`/g, (whole, body) => {
        if (body.includes('${')) throw new Error(`minify-css: ${id} has an interpolation in its CSS`);
        let depth = 0;
        const css = body
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};>])\s*/g, '$1')
          .replace(/([:,])\s+/g, '$1')
          .replace(/;}/g, '}')
          // Inside calc(), `*` and `/` need no spaces (unlike `+` and `-`); 0.5 is .5.
          .replace(/\s*([*/])\s*/g, '$1')
          .replace(/([\s:(,*/-])0\.(\d)/g, '$1.$2')
          // An attribute selector's value that is a name needs no quotes: [role='status'].
          .replace(/=(['"])([a-z][\w-]*)\1\]/gi, '=$2]')
          // `+` between selectors needs no spaces; inside calc() it does.
          .replace(/[()]|\s\+\s/g, (found) => {
            depth += found === '(' ? 1 : found === ')' ? -1 : 0;
            return found.trim() === '+' && depth === 0 ? '+' : found;
          })
          .trim();
        return `\`${renames.reduce((out, [name, short]) => out.replaceAll(name, short), css)}\``;
      });
      return { code: minified, map: null };
    },
  };
}
