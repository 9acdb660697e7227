/** `npm run analyze` writes custom-elements.json from the JSDoc on the element class. */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  litelement: true,
};
