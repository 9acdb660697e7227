import type { PathwayContent } from './types.js';

/**
 * What is wrong with a content document, and where (e.g. `steps[2].title missing`).
 * An empty list means the document can be rendered as it is.
 */
export type ContentProblems = string[];

type Check = (value: unknown) => boolean;
const isObject: Check = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText: Check = (value) => typeof value === 'string' && value.trim() !== '';
const isTextList: Check = (value) => Array.isArray(value) && value.every((item) => typeof item === 'string');
const isBlock: Check = (value) =>
  typeof value === 'string' || (isObject(value) && isTextList((value as { items: unknown }).items));
const isLink: Check = (value) => isObject(value) && isText((value as { text: unknown }).text) && isText((value as { href: unknown }).href);

/**
 * Checks a content document. Required: `heading`, a non-empty `steps` list, and for each step
 * an `id` (a letter, then letters, digits, `-` or `_`; unique) and a `title`. Optional: `intro`,
 * `note`, `lastReviewed` (`YYYY-MM`), a step's `summary`, `body` and `links`.
 */
export function validateContent(content: unknown): ContentProblems {
  if (!isObject(content)) return ['content is not an object'];
  const doc = content as Record<string, unknown>;
  const problems: ContentProblems = [];
  const need = (ok: boolean, problem: string) => ok || problems.push(problem);
  const text = (object: Record<string, unknown>, key: string, where: string, optional = false) =>
    (optional && object[key] === undefined) ||
    need(isText(object[key]), `${where}${key} ${object[key] === undefined ? 'missing' : 'is not text'}`);

  text(doc, 'heading', '');
  text(doc, 'intro', '', true);
  text(doc, 'note', '', true);
  need(doc.lastReviewed === undefined || /^\d{4}-(0[1-9]|1[0-2])$/.test(String(doc.lastReviewed)), 'lastReviewed is not YYYY-MM');
  const steps = doc.steps;
  if (!Array.isArray(steps) || steps.length === 0) return [...problems, Array.isArray(steps) ? 'steps is empty' : 'steps missing'];

  const ids = new Set<unknown>();
  steps.forEach((step: unknown, i) => {
    const where = `steps[${i}].`;
    if (!need(isObject(step), `steps[${i}] is not an object`)) return;
    const s = step as Record<string, unknown>;
    text(s, 'title', where);
    text(s, 'summary', where, true);
    need(typeof s.id === 'string' && /^[A-Za-z][\w-]*$/.test(s.id), `${where}id must start with a letter and use only letters, digits, - and _`);
    need(!ids.has(s.id), `${where}id "${String(s.id)}" is used twice`);
    ids.add(s.id);
    need(s.body === undefined || (Array.isArray(s.body) && s.body.every(isBlock)), `${where}body must be a list of texts and { items: [texts] }`);
    need(s.links === undefined || (Array.isArray(s.links) && s.links.every(isLink)), `${where}links must be a list of { text, href }`);
  });
  return problems;
}

/** Narrows after `validateContent` found no problem. */
export const isValidContent = (content: unknown): content is PathwayContent => validateContent(content).length === 0;
