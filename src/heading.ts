import type { TemplateResult } from 'lit';

/** The template's strings at each heading level, made once per template and level. */
const levels = new WeakMap<TemplateStringsArray, TemplateStringsArray[]>();

/**
 * A template whose heading tags (`<h2>`, `</h2>`; any of h2 to h6) become `level`. Lit cannot bind
 * a tag name, so the template's strings are rewritten instead, once per level, and kept: Lit
 * knows a template by its strings, so it prepares each level once, as for a written-out
 * template. The heading stays inside the template that holds it (a step's whole markup is one
 * template), where a helper template per level made two more template instances, with their own
 * bindings, for each step of each guide.
 */
export function atLevel(result: TemplateResult, level: number): TemplateResult {
  const { strings } = result;
  let made = levels.get(strings);
  if (!made) levels.set(strings, (made = []));
  made[level] ??= rewrite(strings, level);
  return { ...result, strings: made[level] };
}

function rewrite(strings: TemplateStringsArray, level: number): TemplateStringsArray {
  const rewritten = strings.map((s) => s.replace(/(<\/?h)[2-6]\b/g, `$1${level}`));
  // Lit takes only arrays that carry `raw`, as template literals do.
  return Object.assign(rewritten, { raw: rewritten });
}
