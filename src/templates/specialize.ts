import type { TemplateResult } from 'lit';

/** The template's strings for each heading level and step id, made once per template and key. */
const made = new WeakMap<TemplateStringsArray, Map<string, TemplateStringsArray>>();

const ENTITIES: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };

/**
 * A template with its heading tags (`<h2>`, `</h2>`; any of h2 to h6) at `level`, and each `{id}`
 * in it replaced by `id`: values that are the same on every drawing of a step are written into
 * the template's strings instead of bound. Lit cannot bind a tag name; and a binding costs each
 * step of each guide a part to create and set (a step's ids, its `aria-controls` and its slot's
 * name took 7 of its 19), while Lit knows a template by its strings and prepares each version
 * once, as for a written-out template: the guides on a page share one per step. `{id}` may stand
 * only in double-quoted attribute values, where `id` is escaped (step ids are checked to be
 * letters, digits, `-` and `_` anyway).
 */
export function specialize(result: TemplateResult, level: number, id = ''): TemplateResult {
  const { strings } = result;
  let versions = made.get(strings);
  if (!versions) made.set(strings, (versions = new Map<string, TemplateStringsArray>()));
  const key = `${level} ${id}`;
  let rewritten = versions.get(key);
  if (!rewritten) versions.set(key, (rewritten = rewrite(strings, level, id)));
  return { ...result, strings: rewritten };
}

function rewrite(strings: TemplateStringsArray, level: number, id: string): TemplateStringsArray {
  const value = id.replace(/[&"<>]/g, (c) => ENTITIES[c] ?? c);
  const rewritten = strings.map((s) => s.replace(/(<\/?h)[2-6]\b/g, `$1${level}`).replaceAll('{id}', () => value));
  // Lit takes only arrays that carry `raw`, as template literals do.
  return Object.assign(rewritten, { raw: rewritten });
}
