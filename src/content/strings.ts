import { enStrings } from './en.js';
import type { PathwayStrings } from './types.js';

/** The names of the interface strings (the keys of `PathwayStrings`), read off the English words. */
export const STRING_KEYS = Object.keys(enStrings) as (keyof PathwayStrings)[];

const isText = (value: unknown) => typeof value === 'string' && value.trim() !== '';

/**
 * Checks interface strings given by a page (the `strings` attribute or the content's `strings`).
 * Returns the usable ones and a problem for each of the others, such as `strings.shoAll is not
 * a known string`.
 */
export function checkStrings(value: unknown, where: string): [Partial<PathwayStrings>, string[]] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [{}, [`${where} is not an object`]];
  const usable: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, text] of Object.entries(value)) {
    const known = (STRING_KEYS as string[]).includes(key);
    const ok = key === 'months' ? Array.isArray(text) && text.length === 12 && text.every(isText) : isText(text);
    if (known && ok) usable[key] = text;
    else problems.push(`${where}.${key} ${known ? 'is not valid' : 'is not a known string'}`);
  }
  return [usable, problems];
}

/**
 * A step's number as said before its title, from the `step` interface words: a pattern with
 * `{number}` and `{total}` ("{number} of {total}" gives "1 of 4"), or else a word put before the
 * number ("Étape" gives "Étape 1"), the form `step` had before the built-in words became
 * patterns. scripts/fallback-html.mjs writes the same for the plain-HTML guide.
 */
export function stepLabel(words: string, number: number, total: number): string {
  return words.includes('{number}')
    ? words.replace('{number}', String(number)).replace('{total}', String(total))
    : `${words} ${number}`;
}

/** "2026-11" → "November 2026", from the interface words (month names and their order). */
export function monthLabel(yearMonth: string, t: PathwayStrings): string {
  const [year = '', month = ''] = yearMonth.split('-');
  // Replaced by functions: a month name given as "$&" must stay text, not a replacement pattern.
  const name = t.months[Number(month) - 1] ?? month;
  return t.monthYear.replace('{month}', () => name).replace('{year}', () => year);
}
