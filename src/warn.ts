/**
 * Every problem caused by the host page (a bad attribute, bad content) is reported the same
 * way: one `console.warn` that names the element, the attribute and the value, and says what
 * the element does instead. Never `console.error`, never a throw: the page must keep working.
 */
export function warnBadValue(attribute: string, value: unknown, fallback: string): void {
  console.warn(`img-pathway: ${attribute}=${JSON.stringify(String(value))} cannot be used; ${fallback}.`);
}

export function warn(message: string): void {
  console.warn(`img-pathway: ${message}`);
}
