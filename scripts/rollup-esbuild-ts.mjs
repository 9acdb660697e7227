import { existsSync } from 'node:fs';
import { transform } from 'esbuild';

/**
 * Compiles TypeScript for the bundle with esbuild (type checking is `tsc`'s job in
 * `npm run typecheck`). It also resolves the `.js` import paths of our sources, which are
 * written for Node's ESM rules, to the `.ts` files beside them.
 */
export function typescript() {
  return {
    name: 'esbuild-ts',
    resolveId(source, importer) {
      if (!importer?.endsWith('.ts') || !source.startsWith('.') || !source.endsWith('.js')) return null;
      const candidate = new URL(source.replace(/\.js$/, '.ts'), `file://${importer}`).pathname;
      return existsSync(candidate) ? candidate : null;
    },
    async transform(code, id) {
      if (!id.endsWith('.ts')) return null;
      const result = await transform(code, {
        loader: 'ts',
        target: 'es2021',
        sourcemap: true,
        sourcefile: id,
        // Lit's reactive properties are accessors on the prototype: class fields must not be
        // defined with [[Define]] semantics, or they would hide them (tsconfig says the same).
        tsconfigRaw: {
          compilerOptions: {
            useDefineForClassFields: false,
            experimentalDecorators: true,
          },
        },
      });
      return { code: result.code, map: result.map };
    },
  };
}
