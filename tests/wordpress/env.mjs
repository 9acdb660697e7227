/**
 * A real WordPress for the plugin's tests: Debian's WordPress, PHP and MariaDB (installed by the
 * README's test line), set up once per run in a scratch folder and reset from a database dump
 * between test groups. No Docker, no wp-cli, no Apache: MariaDB runs as a plain process on a
 * socket, PHP's built-in server serves the site (tests/wordpress/server/router.php), and
 * tests/wordpress/server/cli.php does what wp-cli would.
 *
 * The plugin is the built zip (dist/img-pathway-wordpress.zip), installed with WordPress's own
 * installer, as a site owner would.
 */
import { execFile, spawn } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const SERVER = resolve('tests/wordpress/server');
const CONFIG_LINK = '/etc/wordpress/config-127.0.0.1.php';
export const ZIP = resolve('dist/img-pathway-wordpress.zip');
export const PLUGIN = 'img-pathway/img-pathway.php';
export const USERS = ['admin', 'editor', 'author', 'contributor'];
export const password = (login) => `${login}-pass`;

const freePort = () =>
  new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });

async function until(check, what, timeoutMs = 30000) {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error(`WordPress test site: timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

const answers = (url) =>
  fetch(url, { redirect: 'manual' }).then(
    (response) => response.status < 500,
    () => false,
  );

/** Starts the site; returns its handle. Stop it with `stop()` (also done on exit). */
export async function startWordPress() {
  for (const file of ['/usr/share/wordpress/wp-load.php', '/usr/sbin/mariadbd']) {
    if (!existsSync(file)) {
      throw new Error(
        `${file} is missing: install Debian's wordpress and mariadb-server (the README's test line does).`,
      );
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'img-pathway-wp-'));
  chmodSync(dir, 0o755); // MariaDB runs as the mysql user and must reach its folders.
  for (const sub of ['wp-content/plugins', 'wp-content/uploads', 'wp-content/themes', 'run', 'db'])
    mkdirSync(join(dir, sub), { recursive: true });
  symlinkSync(
    '/usr/share/wordpress/wp-content/themes/twentytwentythree',
    join(dir, 'wp-content/themes/twentytwentythree'),
  );
  cpSync(join(SERVER, 'mu-plugins'), join(dir, 'wp-content/mu-plugins'), { recursive: true });
  await run('chown', ['mysql:mysql', join(dir, 'run'), join(dir, 'db')]);

  const port = await freePort();
  const env = { ...process.env, IMG_PATHWAY_WP_DIR: dir, IMG_PATHWAY_WP_PORT: String(port) };
  const children = [];
  const site = {
    dir,
    url: `http://127.0.0.1:${port}`,
    /** Runs a command of server/cli.php; resolves with what it printed, as JSON. */
    async cli(command, argument, input) {
      const child = execFile('php', [join(SERVER, 'cli.php'), command, ...(argument ? [argument] : [])], {
        env,
        maxBuffer: 64 << 20,
      });
      if (input !== undefined) child.stdin.end(JSON.stringify(input));
      else child.stdin.end();
      let out = '';
      let err = '';
      child.stdout.on('data', (chunk) => (out += chunk));
      child.stderr.on('data', (chunk) => (err += chunk));
      const code = await new Promise((done) => child.on('close', done));
      const last = out.trim().split('\n').pop();
      if (code !== 0 || !last) {
        const fatal = site.debugLog().filter((line) => line.includes('PHP Fatal'));
        throw new Error(`cli.php ${command} failed (${code}): ${fatal.join('\n') || err || out.slice(0, 2000)}`);
      }
      return JSON.parse(last);
    },
    /** The lines WordPress wrote to its debug log (PHP notices, warnings, errors). */
    debugLog() {
      const file = join(dir, 'run/wp-debug.log');
      return existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : [];
    },
    /** Switches DISALLOW_UNFILTERED_HTML on or off (server/config.php reads a flag file). */
    disallowUnfilteredHtml(on) {
      const flag = join(dir, 'run/disallow-unfiltered-html');
      if (on) writeFileSync(flag, '');
      else rmSync(flag, { force: true });
    },
    async sql(statements) {
      await run('mariadb', ['--no-defaults', '-uroot', `--socket=${dir}/run/mysqld.sock`, '-e', statements]);
    },
    /** Saves the database as it is now; `reset()` goes back to it. */
    async snapshot() {
      const { stdout } = await run(
        'mariadb-dump',
        ['--no-defaults', '-uroot', `--socket=${dir}/run/mysqld.sock`, 'wordpress'],
        { maxBuffer: 256 << 20 },
      );
      writeFileSync(join(dir, 'run/snapshot.sql'), stdout);
    },
    async reset() {
      await site.sql('DROP DATABASE wordpress; CREATE DATABASE wordpress;');
      await new Promise((done, fail) => {
        const child = spawn('mariadb', ['--no-defaults', '-uroot', `--socket=${dir}/run/mysqld.sock`, 'wordpress'], {
          stdio: ['pipe', 'ignore', 'inherit'],
        });
        child.on('close', (code) => (code === 0 ? done() : fail(new Error(`database reset failed (${code})`))));
        child.stdin.end(readFileSync(join(dir, 'run/snapshot.sql')));
      });
    },
    /** Stops the servers and removes the site (kept with KEEP_WORDPRESS=1, to read its logs). */
    async stop() {
      const exited = children.map(
        (child) => new Promise((done) => (child.exitCode === null ? child.once('exit', done) : done())),
      );
      kill();
      await Promise.all(exited);
      if (!process.env.KEEP_WORDPRESS) rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
    },
  };
  /** Each server is a process group leader: PHP's workers go with it. */
  const kill = () => {
    for (const child of children) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    }
    if (existsSync(CONFIG_LINK)) unlinkSync(CONFIG_LINK);
  };
  process.once('exit', kill); // A run that crashes leaves no server behind.

  const start = (command, args, options = {}) => {
    const child = spawn(command, args, { detached: true, stdio: 'ignore', ...options });
    children.push(child);
    return child;
  };

  await run('mariadb-install-db', [
    '--no-defaults',
    '--user=mysql',
    `--datadir=${dir}/db`,
    '--auth-root-authentication-method=socket',
    '--skip-test-db',
  ]);
  start('mariadbd', [
    '--no-defaults',
    '--user=mysql',
    `--datadir=${dir}/db`,
    `--socket=${dir}/run/mysqld.sock`,
    `--pid-file=${dir}/run/mysqld.pid`,
    '--skip-networking',
    `--log-error=${dir}/run/mysqld.err`,
  ]);
  await until(() => existsSync(join(dir, 'run/mysqld.sock')), 'MariaDB');
  await site.sql(
    "CREATE DATABASE wordpress; CREATE USER 'wp'@'localhost' IDENTIFIED BY 'wp'; GRANT ALL ON wordpress.* TO 'wp'@'localhost';",
  );

  mkdirSync('/etc/wordpress', { recursive: true });
  if (existsSync(CONFIG_LINK)) unlinkSync(CONFIG_LINK);
  symlinkSync(join(SERVER, 'config.php'), CONFIG_LINK);
  // The block editor makes several requests at once: the built-in server needs workers for them.
  start('php', ['-S', `127.0.0.1:${port}`, '-t', '/usr/share/wordpress', join(SERVER, 'router.php')], {
    env: { ...env, PHP_CLI_SERVER_WORKERS: '4' },
  });

  const installed = await site.cli('install');
  if (!installed.installed) throw new Error(`WordPress did not install: ${JSON.stringify(installed)}`);
  await until(() => answers(`${site.url}/`), 'the web server');
  return site;
}
