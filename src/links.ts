const ALLOWED_PROTOCOLS = new Set(['https:', 'http:', 'mailto:', 'tel:']);

/**
 * Returns the URL to put in `href`, or `null` when it must not become a link:
 * only `https:`, `http:`, `mailto:` and `tel:` are allowed (relative URLs resolve against the page).
 * This closes `javascript:`, `data:` and every other scheme, however it is spelled.
 */
export function safeHref(href: string): string | null {
  try {
    const url = new URL(href, document.baseURI);
    return ALLOWED_PROTOCOLS.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}
