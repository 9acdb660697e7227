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
  const watcher = watch({
    ...config,
    watch: { clearScreen: false, include: ['src/**'] },
  });
  watcher.on('event', (event) => {
    if (event.code === 'ERROR') {
      console.error(`img-pathway: build failed: ${event.error.message}`);
      reject(event.error);
    }
    if (event.code === 'BUNDLE_END') {
      event.result.close();
      if (!event.output.some((file) => file.endsWith('img-pathway.js'))) return;
      // The configurator's snippets need the new file's hash and fallback HTML.
      writeEmbedAssets().then(
        () => console.log(`Built dist/img-pathway.js in ${event.duration} ms`),
        (error) => console.error(`img-pathway: could not write dist/integrity.json: ${error.message}`),
      );
    }
    if (event.code === 'END') resolve();
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
