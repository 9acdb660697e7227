/**
 * Minifies the CSS of the bundle's `*.styles.ts` files: the template literal marked
 * `/* css *\/`. Comments and whitespace go.
 * Deliberately small: it removes whitespace only where CSS ignores it (after `:` and `,`,
 * around `{`, `}`, `;`, `>`, `*` and `/`), never before `:`, which would turn `.a :hover` into `.a:hover`.
 * Our styles have no `${}`; the plugin refuses CSS that has one.
 */
/**
 * Private custom properties (`--_accent`) exist only inside our shadow root: they get
 * one-letter names. Public `--img-pathway-*` names are the API and stay.
 */
function shortenPrivateProperties(css) {
  const names = [...new Set(css.match(/--_[\w-]+/g) ?? [])].sort((a, b) => b.length - a.length);
  return names.reduce((out, name, i) => out.replaceAll(name, `--_${i.toString(36)}`), css);
}

export function minifyCss() {
  return {
    name: 'minify-css',
    transform(code, id) {
      if (!/\.styles\.[jt]s$/.test(id)) return null;
      const minified = code.replace(/\/\* css \*\/\s*`([^`]*)`/g, (whole, body) => {
        if (body.includes('${')) throw new Error(`minify-css: ${id} has an interpolation in its CSS`);
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
        return `\`${shortenPrivateProperties(css)}\``;
      });
      return { code: minified, map: null };
    },
  };
}
