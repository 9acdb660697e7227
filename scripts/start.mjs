/**
 * `npm start`: builds dist/img-pathway.js (and its integrity hash and fallback HTML), rebuilds
 * them on every change under src/, and serves the demo with live reload. The demo loads the built file with one script tag, exactly as a
 * hospital page does.
 */
import { watch } from 'rollup';
import { startDevServer } from '@web/dev-server';
import config from '../rollup.config.mjs';
import { writeEmbedAssets } from './embed-assets.mjs';

const port = Number(process.env.PORT) || 8000;

const firstBuild = new Promise((resolve, reject) => {
  // rollup.config.mjs is a list (the content checker first: the bundle carries its hash), built
  // in order on each change.
  const watcher = watch(config.map((entry) => ({ ...entry, watch: { clearScreen: false, include: ['src/**'] } })));
  let assets = Promise.resolve();
  watcher.on('event', (event) => {
    if (event.code === 'ERROR') {
      console.error(`img-pathway: build failed: ${event.error.message}`);
      reject(event.error);
    }
    if (event.code === 'BUNDLE_END') {
      event.result.close();
      if (!event.output.some((file) => file.endsWith('/img-pathway.js'))) return;
      // The configurator's snippets need the new file's hash and fallback HTML.
      assets = writeEmbedAssets().then(
        () => console.log(`Built dist/img-pathway.js in ${event.duration} ms`),
        (error) => console.error(`img-pathway: could not write dist/integrity.json: ${error.message}`),
      );
    }
    // The server starts once the first build is whole, hash and fallback included.
    if (event.code === 'END') resolve(assets);
  });
});

await firstBuild;
await startDevServer({
  config: {
    rootDir: '.',
    port,
    hostname: 'localhost',
    watch: true,
    open: false,
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
console.log(
  `\nimg-pathway demo: http://localhost:${port}/demo/\nConfigurator:     http://localhost:${port}/demo/configure.html\nPress Ctrl+C to stop.`,
);
