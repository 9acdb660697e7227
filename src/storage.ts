import { warn } from './warn.js';

type Area = 'localStorage' | 'sessionStorage';

/** Storage areas already reported unusable: one warning per page, however many guides. */
const reported = new Set<Area>();

/**
 * Reads a saved list of step ids. Storage may be missing or throw (privacy modes, blocked
 * cookies, a full quota): the guide then keeps its state for the visit only.
 */
export function readIds(area: Area, key: string): string[] | undefined {
  try {
    const saved: unknown = JSON.parse(window[area].getItem(key) ?? 'null');
    return Array.isArray(saved) ? saved.filter((id): id is string => typeof id === 'string') : undefined;
  } catch (error) {
    unusable(area, error);
    return undefined;
  }
}

/** Saves a list of step ids (an empty list removes the entry). */
export function saveIds(area: Area, key: string, ids: string[]): void {
  try {
    if (ids.length > 0) window[area].setItem(key, JSON.stringify(ids));
    else window[area].removeItem(key);
  } catch (error) {
    unusable(area, error);
  }
}

function unusable(area: Area, error: unknown): void {
  if (reported.has(area)) return;
  reported.add(area);
  warn(
    `${area} cannot be used (${(error as Error | undefined)?.name ?? String(error)}); what the reader does is kept for this visit only.`,
  );
}
