/** `npm run analyze` writes custom-elements.json from the JSDoc on the element class. */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  litelement: true,
  // package.json already names custom-elements.json; left alone, the analyzer would rewrite that
  // field with whatever --outdir it is given (scripts/check-manifest.mjs uses a scratch folder).
  packagejson: false,
};
