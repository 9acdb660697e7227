import { warn } from './warn.js';

/*
 * Where custom content comes from besides the `content` property: a JSON file (`src`) or a
 * `<script type="application/json">` inside the element. What cannot be read gets one warning
 * and `undefined`, and the element keeps the built-in guide.
 */

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Fetches `src`. Resolves `undefined` after one warning, or silently when `signal` aborted it. */
export async function fetchContent(src: string, signal: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(src, { signal });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
  } catch (error) {
    if (!signal.aborted)
      warn(`src=${JSON.stringify(src)} could not be loaded (${reason(error)}); showing the built-in guide.`);
    return undefined;
  }
  try {
    return (await response.json()) as unknown;
  } catch (error) {
    if (!signal.aborted) warn(`src=${JSON.stringify(src)} is not JSON (${reason(error)}); showing the built-in guide.`);
    return undefined;
  }
}

/** The content in a `<script type="application/json">` child, if there is one. */
export function readInlineContent(host: Element): unknown {
  const script = host.querySelector(':scope > script[type="application/json"]');
  if (!script) return undefined;
  try {
    return JSON.parse(script.textContent) as unknown;
  } catch (error) {
    warn(`the <script type="application/json"> inside it is not JSON (${reason(error)}); showing the built-in guide.`);
    return undefined;
  }
}
