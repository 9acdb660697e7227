/**
 * `npm run check:start`: the README's demo command works. Runs scripts/start.mjs (what
 * `npm start` runs) on a free port, waits for it to say it serves the demo, then fetches the demo,
 * the configurator and the files they load. Fails if any is missing or the server never starts.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

const port = await new Promise((resolve) => {
  const probe = createServer().listen(0, 'localhost', () => {
    const { port: free } = probe.address();
    probe.close(() => resolve(free));
  });
});
const server = spawn(process.execPath, ['scripts/start.mjs'], {
  env: { ...process.env, PORT: String(port) },
  stdio: ['ignore', 'pipe', 'inherit'],
});
let output = '';
const started = new Promise((resolve, reject) => {
  const timer = setTimeout(() => reject(new Error(`no demo after 90 s; it said:\n${output}`)), 90000);
  server.stdout.on('data', (chunk) => {
    output += chunk;
    if (output.includes('img-pathway demo:')) {
      clearTimeout(timer);
      resolve();
    }
  });
  server.on('exit', (code) => reject(new Error(`npm start exited (${code}):\n${output}`)));
});

let failed = false;
try {
  await started;
  for (const path of [
    '/demo/',
    '/demo/configure.html',
    '/demo/custom-content.json',
    '/dist/img-pathway.js',
    '/dist/img-pathway.en.js',
    '/dist/img-pathway.es.js',
    '/dist/img-pathway.validate.js',
    '/dist/integrity.json',
    '/dist/img-pathway.content.en.json',
    '/dist/img-pathway.content.es.json',
  ]) {
    const response = await fetch(`http://localhost:${port}${path}`);
    if (!response.ok) {
      failed = true;
      console.error(`check:start: ${path} answered HTTP ${response.status}`);
    }
  }
} catch (error) {
  failed = true;
  console.error(`check:start: ${error.message}`);
} finally {
  server.kill();
}
if (failed) process.exit(1);
console.log('check:start: `npm start` serves the demo, the configurator and their files.');
