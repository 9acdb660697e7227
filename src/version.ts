/** The package version. `npm run lint` checks that it matches package.json. */
export const VERSION = '0.1.0';
