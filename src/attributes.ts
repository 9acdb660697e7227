/*
 * Attribute parsing. Each parser returns the value to use and, when the input could not be
 * used as given, the reason and what is used instead; the element turns that into one warning
 * that names the attribute as the page wrote it (`open`, or `data-open` on a mounting script).
 */

import { checkStrings } from './content/strings.js';
import type { PathwayStrings } from './content/types.js';

export const DEFAULT_HEADING_LEVEL = 2;

/** The value to use, and the problem with the input if there was one. */
export type Parsed<T> = [value: T, problem?: string];

/** `heading-level`: a whole number from 2 to 6. Absent (`null`) is the default, silently. */
export function parseHeadingLevel(value: unknown): Parsed<number> {
  if (value === null || value === undefined) return [DEFAULT_HEADING_LEVEL];
  const level = Number(value);
  return Number.isInteger(level) && level >= 2 && level <= 6
    ? [level]
    : [DEFAULT_HEADING_LEVEL, `use 2 to 6; using ${DEFAULT_HEADING_LEVEL}`];
}

/** `theme`: `light`, `dark` or `auto`. */
export function parseTheme(value: string): Parsed<string> {
  return ['light', 'dark', 'auto'].includes(value) ? [value] : ['light', 'use light, dark or auto; using light'];
}

/**
 * `open`: `none`, `all`, or a comma- or space-separated list of step numbers (from 1) or step
 * ids. Gives the indexes (from 0) of the steps to open. Entries that name no step are dropped;
 * the others still apply.
 */
export function parseOpen(value: string | null | undefined, stepIds: readonly string[]): Parsed<number[]> {
  const text = (value ?? '').trim();
  const keyword = text.toLowerCase();
  if (keyword === '' || keyword === 'none') return [[]];
  if (keyword === 'all') return [stepIds.map((_, index) => index)];

  const indexes = new Set<number>();
  const unusable: string[] = [];
  for (const token of text.split(/[\s,]+/).filter(Boolean)) {
    const byNumber = /^\d+$/.test(token) ? Number(token) - 1 : -1;
    const index = byNumber >= 0 && byNumber < stepIds.length ? byNumber : stepIds.indexOf(token);
    if (index === -1) unusable.push(token);
    else indexes.add(index);
  }
  const sorted = [...indexes].sort((a, b) => a - b);
  return unusable.length === 0
    ? [sorted]
    : [sorted, `no step "${unusable.join('", "')}"; use none, all, or step numbers (1 to ${stepIds.length}) or ids`];
}

/**
 * `strings`: interface words as JSON, e.g. `{"showAll": "Tout afficher"}`, over the built-in ones.
 * Entries that cannot be used are dropped; the others still apply.
 */
export function parseStrings(value: unknown): Parsed<Partial<PathwayStrings>> {
  if (value === null || value === undefined || value === '') return [{}];
  let strings: unknown = value;
  if (typeof value === 'string') {
    try {
      strings = JSON.parse(value) as unknown;
    } catch {
      return [{}, 'it is not JSON such as {"showAll": "…"}; using the built-in words'];
    }
  }
  const [usable, problems] = checkStrings(strings, 'strings');
  return problems.length === 0 ? [usable] : [usable, `${problems.join('; ')}; using the built-in words there`];
}
