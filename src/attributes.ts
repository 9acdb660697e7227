import { warnBadValue } from './warn.js';

export const DEFAULT_HEADING_LEVEL = 2;

/**
 * Reads `heading-level`: an integer from 2 to 6. Anything else warns and gives 2.
 * `null`/`undefined` (attribute absent) is the default, silently.
 */
export function parseHeadingLevel(value: string | number | null | undefined): number {
  if (value === null || value === undefined) return DEFAULT_HEADING_LEVEL;
  const text = String(value).trim();
  const level = /^[2-6]$/.test(text) ? Number(text) : NaN;
  if (Number.isNaN(level)) {
    warnBadValue('heading-level', value, `use 2 to 6; using ${DEFAULT_HEADING_LEVEL}`);
    return DEFAULT_HEADING_LEVEL;
  }
  return level;
}

/**
 * Reads `open`: `none`, `all`, or a comma- or space-separated list of step numbers (1-based)
 * or step ids. Returns the indexes (0-based) of the steps to open. Unusable entries are
 * dropped with one warning; usable ones still apply.
 */
export function parseOpen(value: string | null | undefined, stepIds: readonly string[]): number[] {
  const text = (value ?? '').trim();
  const keyword = text.toLowerCase();
  if (keyword === '' || keyword === 'none') return [];
  if (keyword === 'all') return stepIds.map((_, index) => index);

  const indexes = new Set<number>();
  const unusable: string[] = [];
  for (const token of text.split(/[\s,]+/).filter(Boolean)) {
    const byNumber = /^\d+$/.test(token) ? Number(token) - 1 : -1;
    const index = byNumber >= 0 && byNumber < stepIds.length ? byNumber : stepIds.indexOf(token);
    if (index === -1) unusable.push(token);
    else indexes.add(index);
  }
  if (unusable.length > 0) {
    warnBadValue(
      'open',
      value,
      `no step "${unusable.join('", "')}"; use none, all, or step numbers (1 to ${stepIds.length}) or ids`,
    );
  }
  return [...indexes].sort((a, b) => a - b);
}
