/**
 * Hospitals pin a version, so each release must say what changed in the guide's text: the
 * version in package.json has a `## <version>` entry in CHANGELOG.md, and every entry (the
 * unreleased one too) has a "### Guide text" section that lists the changes or says "No change to
 * the guide's text." Part of `npm run test:package`.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const changelog = readFileSync('CHANGELOG.md', 'utf8');

/** The entries of the changelog: [title, text] for each `## ` heading. */
const entries = changelog
  .split(/^## /m)
  .slice(1)
  .map((entry) => [entry.slice(0, entry.indexOf('\n')).trim(), entry.slice(entry.indexOf('\n'))]);

/** The text of an entry's "### Guide text" section, up to the next `### ` heading. */
const guideText = (text) => /^### Guide text\n([\s\S]*?)(?=^### |(?![\s\S]))/m.exec(text)?.[1].trim();

describe('the release notes (CHANGELOG.md)', () => {
  it(`have an entry for the version in package.json (## ${version})`, () => {
    assert.ok(
      entries.some(([title]) => title === version),
      `CHANGELOG.md has no "## ${version}" entry`,
    );
  });

  it('have only "Unreleased" and version numbers as entries, newest first', () => {
    const titles = entries.map(([title]) => title);
    assert.ok(titles.length > 0);
    for (const [i, title] of titles.entries())
      assert.match(title, i === 0 ? /^(Unreleased|\d+\.\d+\.\d+)$/ : /^\d+\.\d+\.\d+$/, `entry "${title}"`);
  });

  it('say in every entry what changed in the guide’s text, or that nothing did', () => {
    for (const [title, text] of entries) {
      const section = guideText(text);
      assert.ok(section !== undefined, `"## ${title}" has no "### Guide text" section`);
      assert.ok(
        /^- \S/m.test(section) ||
          section === 'No change to the guide’s text.' ||
          section === "No change to the guide's text.",
        `"## ${title}": its "### Guide text" section lists no change and does not say "No change to the guide's text."`,
      );
    }
  });
});
