import type { TemplateResult } from 'lit';

/** A value written into a template: text, or `false` to leave out the attribute it stands in. */
export type Written = string | false;

/** A template's strings as rewritten, and where each binding's value comes from (if not as given). */
interface Version {
  strings: TemplateStringsArray;
  /** Per binding: the index of the template's own value, or the name of a value bound instead of written. */
  slots?: (number | string)[];
}

/** Each template's versions by heading level and values, made once per template and key. */
const made = new WeakMap<TemplateStringsArray, Map<string, Version>>();

/**
 * Versions kept per template, the oldest dropped first: enough for a few contents and languages
 * on one page, and no leak on a page whose script keeps changing the text (a live preview).
 */
const KEPT = 32;

// A carriage return is written as a reference: the HTML parser turns a raw one into a line feed.
const ENTITIES: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
const escape = (text: string) => text.replace(/[&"<>\r]/g, (c) => ENTITIES[c] ?? c);
const PLACEHOLDER = /(\s[\w-]+=)"\{(\w+)\}"|\{(\w+)\}/g;

/**
 * A template with its heading tags (`<h2>`, `</h2>`; any of h2 to h6) at `level`, and each
 * `{name}` in it replaced by `values[name]`: what stays the same on every drawing of a step (its
 * id, title, summary, spoken number) is written into the template's strings instead of bound.
 * Lit cannot bind a tag name; and every binding is a part that each update of each guide goes
 * through again, while Lit knows a template by its strings and prepares each version once, as
 * for a written-out template: the guides on a page share one per step. Writing the text in took
 * about a quarter off a first click's script time (issue 12's profile).
 *
 * Values are escaped: always text, never markup. In an attribute written `name="{key}"`, a value
 * of `false` leaves the attribute out (as Lit's `nothing` does). `{name}` may stand only in text
 * and in double-quoted attribute values.
 */
export function specialize(
  result: TemplateResult,
  level: number,
  values: Record<string, Written> = {},
): TemplateResult {
  const { strings } = result;
  let versions = made.get(strings);
  if (!versions) made.set(strings, (versions = new Map<string, Version>()));
  const key = JSON.stringify([level, values]);
  let version = versions.get(key);
  if (!version) {
    if (versions.size >= KEPT) {
      const [oldest = ''] = versions.keys();
      versions.delete(oldest);
    }
    versions.set(key, (version = rewrite(strings, level, values)));
  }
  const { slots } = version;
  return {
    ...result,
    strings: version.strings,
    values: slots
      ? slots.map((slot) => (typeof slot === 'number' ? result.values[slot] : values[slot]))
      : result.values,
  };
}

function rewrite(strings: TemplateStringsArray, level: number, values: Record<string, Written>): Version {
  const rewritten: string[] = [];
  const slots: (number | string)[] = [];
  let text = '';
  strings.forEach((part, index) => {
    // One pass over each string, so a value that looks like `{name}` is never replaced in turn.
    let from = 0;
    part = part.replace(/(<\/?h)[2-6]\b/g, `$1${level}`);
    for (const match of part.matchAll(PLACEHOLDER)) {
      const [found, attribute = '', inAttribute, inText = ''] = match;
      const name = inAttribute ?? inText;
      const value = values[name];
      text += part.slice(from, match.index);
      from = match.index + found.length;
      if (value === undefined) text += found;
      else if (typeof value === 'string' && value.includes('\0')) {
        // The HTML parser drops a NUL character: such a value is bound, and Lit sets it as text.
        rewritten.push(text + attribute);
        slots.push(name);
        text = '';
      } else if (value !== false) text += attribute ? `${attribute}"${escape(value)}"` : escape(value);
    }
    text += part.slice(from);
    if (index === strings.length - 1) return;
    rewritten.push(text);
    slots.push(index);
    text = '';
  });
  rewritten.push(text);
  // Lit takes only arrays that carry `raw`, as template literals do.
  const written = Object.assign(rewritten, { raw: rewritten }) as unknown as TemplateStringsArray;
  return { strings: written, slots: slots.every((slot, i) => slot === i) ? undefined : slots };
}
