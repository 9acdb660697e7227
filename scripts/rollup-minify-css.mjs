/**
 * Minifies the CSS inside Lit's css`` templates of the bundle: comments and whitespace go.
 * Deliberately small: it removes whitespace only where CSS ignores it (after `:` and `,`,
 * around `{`, `}`, `;`, `>`, `*` and `/`), never before `:`, which would turn `.a :hover` into `.a:hover`.
 * Our styles have no `${}` inside css``; the plugin refuses templates that do.
 */
export function minifyCss() {
  return {
    name: 'minify-css',
    transform(code, id) {
      if (!/\.styles\.[jt]s$/.test(id)) return null;
      const minified = code.replace(/\bcss\s*`([^`]*)`/g, (whole, body) => {
        if (body.includes('${')) throw new Error(`minify-css: ${id} has an interpolation inside css\`\``);
        const css = body
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};>])\s*/g, '$1')
          .replace(/([:,])\s+/g, '$1')
          .replace(/;}/g, '}')
          // Inside calc(), `*` and `/` need no spaces (unlike `+` and `-`); 0.5 is .5.
          .replace(/\s*([*/])\s*/g, '$1')
          .replace(/([\s:(,*/-])0\.(\d)/g, '$1.$2')
          .trim();
        return `css\`${css}\``;
      });
      return { code: minified, map: null };
    },
  };
}
