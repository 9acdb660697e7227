import type { PathwayContent } from './types.js';

/**
 * What is wrong with a content document, and where (e.g. `steps[2].title missing`).
 * An empty list means the document can be rendered as it is.
 */
export type ContentProblems = string[];

type Doc = Record<string, unknown>;
const isDoc = (value: unknown): value is Doc => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const isList = (value: unknown, item: (value: unknown) => boolean) => Array.isArray(value) && value.every(item);
const isBlock = (value: unknown) =>
  typeof value === 'string' || (isDoc(value) && isList(value.items, (i) => typeof i === 'string'));
const isLink = (value: unknown) => isDoc(value) && isText(value.text) && isText(value.href);

/**
 * Checks a content document. Required: `heading`, a non-empty `steps` list, and for each step
 * an `id` (a letter, then letters, digits, `-` or `_`; unique) and a `title`. Optional: `intro`,
 * `note`, `lastReviewed` (`YYYY-MM`), a step's `summary`, `body` (texts and `{ intro?, items }`
 * lists) and `links` (`{ text, href }`).
 */
export function validateContent(content: unknown): ContentProblems {
  const problems: ContentProblems = [];
  /** Records `problem` unless `ok`; an absent optional field is fine. */
  const check = (doc: Doc, key: string, where: string, ok: (value: unknown) => boolean, required = false) => {
    const value = doc[key];
    if (value === undefined ? required : !ok(value))
      problems.push(`${where}${key} ${value === undefined ? 'missing' : 'is not valid'}`);
  };
  if (!isDoc(content)) return ['content is not an object'];
  check(content, 'heading', '', isText, true);
  check(content, 'intro', '', isText);
  check(content, 'note', '', isText);
  check(content, 'lastReviewed', '', (value) => /^\d{4}-(0[1-9]|1[0-2])$/.test(String(value)));
  const steps = content.steps;
  if (!Array.isArray(steps) || steps.length === 0) return [...problems, `steps ${steps ? 'is empty' : 'missing'}`];
  const ids = new Set<unknown>();
  steps.forEach((step: unknown, i) => {
    const where = `steps[${i}].`;
    if (!isDoc(step)) return problems.push(`steps[${i}] is not an object`);
    check(step, 'id', where, (id) => typeof id === 'string' && /^[A-Za-z][\w-]*$/.test(id) && !ids.has(id), true);
    ids.add(step.id);
    check(step, 'title', where, isText, true);
    check(step, 'summary', where, isText);
    check(step, 'body', where, (body) => isList(body, isBlock));
    check(step, 'links', where, (links) => isList(links, isLink));
    return 0;
  });
  return problems;
}

/** Narrows after `validateContent` found no problem. */
export const isValidContent = (content: unknown): content is PathwayContent => validateContent(content).length === 0;
