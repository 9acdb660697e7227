import { warn } from './warn.js';

type Area = 'localStorage' | 'sessionStorage';

/** Storage areas already reported unusable: one warning per page, however many guides. */
const reported = new Set<Area>();

/**
 * Reads a saved list of step ids, keeping only those of `steps`: what was saved may be older
 * than the content shown now. Storage may be missing or throw (privacy modes, blocked cookies):
 * the guide then keeps its state for the visit only. A saved value that is not a list (another
 * script's, or damaged) counts as nothing saved.
 */
export function readIds(area: Area, key: string, steps: readonly { id: string }[]): string[] | undefined {
  let saved: string | null;
  try {
    saved = window[area].getItem(key);
  } catch (error) {
    unusable(area, error);
    return undefined;
  }
  try {
    const ids: unknown = JSON.parse(saved ?? 'null');
    if (!Array.isArray(ids)) return undefined;
    const known = new Set(steps.map((step) => step.id));
    return ids.filter((id): id is string => typeof id === 'string' && known.has(id));
  } catch {
    return undefined;
  }
}

/** Saves a list of step ids. An empty list is removed, unless `keepEmpty` (it means something). */
export function saveIds(area: Area, key: string, ids: string[], keepEmpty = false): void {
  try {
    if (ids.length > 0 || keepEmpty) window[area].setItem(key, JSON.stringify(ids));
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

/**
 * Where a guide's checklist or open steps are saved: per guide (its id, else its position among
 * the guides of its document or shadow root), content and version, so two guides or two
 * versions of the text never mix.
 */
export function guideKey(
  guide: HTMLElement,
  kind: 'done' | 'open',
  content: { id?: string; version?: string },
): string {
  const root = guide.getRootNode() as Document | ShadowRoot;
  const place = guide.id || String([...root.querySelectorAll<HTMLElement>('img-pathway')].indexOf(guide));
  return ['img-pathway', kind, place, content.id ?? '', content.version ?? ''].join(':');
}
