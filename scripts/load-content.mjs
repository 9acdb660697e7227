import { build } from 'esbuild';

/**
 * Loads the built-in English content straight from src/ (compiled in memory with esbuild), so
 * build steps do not depend on lib/ being built first. Returns the module: `{ en, enStrings }`.
 */
export async function loadContent(entry = 'src/content/en.ts') {
  const result = await build({ entryPoints: [entry], bundle: true, format: 'esm', write: false, logLevel: 'silent' });
  const code = Buffer.from(result.outputFiles[0].contents).toString('base64');
  return import(`data:text/javascript;base64,${code}`);
}
