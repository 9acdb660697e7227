/**
 * `npm run check:package` (part of `npm run lint`): the npm package as it would be published,
 * packed once (`prepack` builds it first), then checked by publint (package.json against the
 * files) and by @arethetypeswrong/cli (every export resolves to JavaScript and its types). The
 * attw profile is `esm-only`: the package is ES modules only, on purpose, so CommonJS `require()`
 * resolutions are not problems here. With `--keep`, prints the tarball's path and leaves it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

/** Packs the package into a scratch folder; returns the tarball's path and its file list. */
export function pack() {
  const dir = mkdtempSync(join(tmpdir(), 'img-pathway-pack-'));
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', dir], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // prepack's build writes to the same output, before npm's JSON.
  const [result] = JSON.parse(out.slice(out.lastIndexOf('\n[') + 1));
  return { dir, tarball: join(dir, result.filename), files: result.files.map((file) => file.path).sort() };
}

export async function checkPackage(tarball) {
  const problems = [];
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const { messages } = await publint({ pack: { tarball: readFileSync(tarball).buffer }, strict: true });
  for (const message of messages) problems.push(`publint: ${formatMessage(message, pkg) ?? message.code}`);
  try {
    execFileSync('npx', ['--no-install', 'attw', tarball, '--profile', 'esm-only', '--format', 'table-flipped'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    problems.push(`@arethetypeswrong/cli:\n${error.stdout}${error.stderr}`);
  }
  return problems;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { dir, tarball, files } = pack();
  const problems = await checkPackage(tarball);
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    process.exitCode = 1;
  } else {
    console.log(`package: ${files.length} files; publint and @arethetypeswrong/cli (esm-only) find no problem.`);
  }
  rmSync(dir, { recursive: true, force: true });
}
