/**
 * Keeps the published JSON Schema (schema/img-pathway-content.schema.json) honest: the built-in
 * guide and the demo's example must pass it, and documents that the element rejects must fail it.
 */
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { loadContent } from './load-content.mjs';

const schema = JSON.parse(readFileSync('schema/img-pathway-content.schema.json', 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
const { en } = await loadContent();
const { es } = await loadContent('src/content/es.ts');
const example = JSON.parse(readFileSync('demo/custom-content.json', 'utf8'));

const withStrings = { ...example, strings: { showAll: 'Tout afficher', months: Array(12).fill('mois') } };
const mustPass = {
  'the built-in guide': en,
  'the Spanish guide': es,
  'demo/custom-content.json': example,
  'content with strings': withStrings,
};
const mustFail = {
  'no steps': { heading: 'x', steps: [] },
  'a step without title': { heading: 'x', steps: [{ id: 'a' }] },
  'a bad step id': { heading: 'x', steps: [{ id: '1 two', title: 'A' }] },
  'a bad review month': { heading: 'x', lastReviewed: '26-11', steps: [{ id: 'a', title: 'A' }] },
};

let failed = false;
for (const [name, document] of Object.entries(mustPass)) {
  if (!validate(document)) {
    failed = true;
    console.error(`schema: ${name} does not pass: ${JSON.stringify(validate.errors)}`);
  }
}
for (const [name, document] of Object.entries(mustFail)) {
  if (validate(document)) {
    failed = true;
    console.error(`schema: a document with ${name} passes, but the element rejects it.`);
  }
}
if (failed) process.exit(1);
console.log('schema: the built-in guides and the demo example pass; broken documents fail.');
