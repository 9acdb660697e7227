/*
 * The member names the bundle shortens besides the `_` ones (INTERNAL_NAMES in
 * rollup.config.mjs). Shortening renames a name everywhere in the bundle, so a name on that list
 * that is also public, a JSON key or a browser's property would break the one-tag guide: a page's
 * script or a content file would no longer find it, or the guide would no longer find the
 * browser's. Each source of such names is read here, and each read is checked to have found
 * a name it must know, so that this test cannot pass by reading nothing.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { INTERNAL_NAMES } from '../../rollup.config.mjs';

const read = (file) => readFileSync(file, 'utf8');

/** Calls `visit(key, value)` for every entry of every object in a parsed JSON document. */
function eachEntry(value, visit) {
  if (Array.isArray(value)) for (const item of value) eachEntry(item, visit);
  else if (value && typeof value === 'object')
    for (const [key, inner] of Object.entries(value)) {
      visit(key, inner);
      eachEntry(inner, visit);
    }
}

/** The element's public names in the manifest: members, attributes, events, slots, parts, custom properties. */
function manifestNames() {
  const names = new Set();
  const { modules } = JSON.parse(read('custom-elements.json'));
  const elements = modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement);
  eachEntry(elements, (key, value) => {
    if ((key === 'name' || key === 'fieldName') && typeof value === 'string') names.add(value);
  });
  return names;
}

/** Every property of the content schema: content files, interface words and their keys. */
function schemaKeys() {
  const keys = new Set();
  eachEntry(JSON.parse(read('schema/img-pathway-content.schema.json')), (key, value) => {
    if (key === 'properties') for (const name of Object.keys(value)) keys.add(name);
  });
  return keys;
}

/** Members declared in TypeScript declarations or sources (`name:`, `name?:`, `name(`). */
function declaredMembers(files) {
  const names = new Set();
  for (const file of files)
    for (const [, name] of read(file).matchAll(/^\s+(?:readonly\s+|static\s+|get\s+|set\s+)*(\w+)\??\s*[:(<]/gm))
      names.add(name);
  return names;
}

const declarations = (folder) =>
  readdirSync(folder, { recursive: true })
    .filter((file) => file.endsWith('.d.ts'))
    .map((file) => join(folder, file));

const sources = {
  'a public name (custom-elements.json)': [manifestNames(), 'openStep'],
  'a JSON key (schema/img-pathway-content.schema.json)': [schemaKeys(), 'reset'],
  'an event detail key (src/events.ts)': [declaredMembers(['src/events.ts']), 'count'],
  "a browser's property (TypeScript's DOM and ES declarations)": [
    declaredMembers(declarations('node_modules/typescript/lib').filter((file) => /lib\.(dom|es|webworker)/.test(file))),
    'hidden',
  ],
  "Lit's API": [
    declaredMembers([
      ...declarations('node_modules/lit-html/development'),
      ...declarations('node_modules/@lit/reactive-element/development'),
      ...declarations('node_modules/lit-element/development'),
    ]),
    'requestUpdate',
  ],
};

test('each source of names that must keep theirs is read', () => {
  for (const [what, [names, known]] of Object.entries(sources))
    assert.ok(names.has(known), `${what}: "${known}" not found`);
});

test('no shortened name is public, a JSON key, an event detail, a browser property or Lit API', () => {
  assert.ok(INTERNAL_NAMES.length > 0);
  for (const name of INTERNAL_NAMES)
    for (const [what, [names]] of Object.entries(sources)) assert.ok(!names.has(name), `"${name}" is ${what}`);
});

test('the names are shortened in the one-tag bundle, and only there', () => {
  const bundle = read('dist/img-pathway.js');
  const module = read('lib/img-pathway.js');
  // As a member or a key (`.name`, `{name:`, `,name:`); words in the text do not count.
  for (const name of INTERNAL_NAMES)
    assert.ok(!new RegExp(`\\.${name}\\b|[{,]${name}:`).test(bundle), `"${name}" is in the bundle`);
  assert.match(module, /\bstepIds\b/, 'the npm modules keep their names');
});
