import type { Parsed } from './attributes.js';
import type { PathwayStrings } from './content/types.js';
import { warnBadValue } from './warn.js';

/** The attributes whose values the element checks. */
export type CheckedAttribute = 'heading-level' | 'open' | 'theme' | 'strings';

/** What a warning reads of the guide: the values as given, and how the page names them. */
export interface CheckedHost extends HTMLElement {
  headingLevel: number;
  open: string;
  theme: string;
  strings: string | Partial<PathwayStrings> | undefined;
  /** `data-` when the element was made by a `<script data-mount>`. */
  _attributePrefix: string;
}

/** Warns that an attribute's value could not be used as given, quoting the value the page gave. */
export function warnAttribute(host: CheckedHost, attribute: CheckedAttribute, problem: string): void {
  // heading-level's property is a number (NaN for "abc"), so its attribute text is quoted; the
  // others hold the text itself (theme's attribute lags, reflected later).
  const given =
    attribute === 'heading-level'
      ? (host.getAttribute(attribute) ?? host.headingLevel)
      : attribute === 'strings'
        ? typeof host.strings === 'object'
          ? JSON.stringify(host.strings)
          : host.strings
        : host[attribute];
  warnBadValue(host._attributePrefix + attribute, given, problem);
}

/** Returns the parsed value to use, warning first if the attribute's value could not be used as given. */
export function checked<T>(host: CheckedHost, attribute: CheckedAttribute, [value, problem]: Parsed<T>): T {
  if (problem) warnAttribute(host, attribute, problem);
  return value;
}
