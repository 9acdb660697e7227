/** A test page in an iframe, loaded like a real page: its own document, its own scripts. */
export interface LoadedPage {
  frame: HTMLIFrameElement;
  window: Window & {
    __errors: string[];
    __warnings: string[];
    __cspViolations: string[];
    customElements: CustomElementRegistry;
  };
  document: Document;
  remove(): void;
}

export async function loadPage(url: string, width = 800): Promise<LoadedPage> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 600px; border: 0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as LoadedPage['window'];
  return {
    frame,
    window: win,
    document: frame.contentDocument!,
    remove: () => frame.remove(),
  };
}

/**
 * A page written on the spot (an iframe's `srcdoc`), in `parent`. `scripts: false` loads it as a
 * reader with JavaScript blocked gets it.
 */
export async function loadHtml(
  html: string,
  { scripts = true, parent = document }: { scripts?: boolean; parent?: Document } = {},
): Promise<HTMLIFrameElement> {
  const frame = parent.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px; border: 0';
  frame.sandbox.add('allow-same-origin');
  if (scripts) frame.sandbox.add('allow-scripts');
  frame.srcdoc = html;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  parent.body.append(frame);
  await loaded;
  return frame;
}

/** Waits until `check` returns true, failing after `timeoutMs`. */
export async function until(check: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The step buttons an <img-pathway> in a test page renders (empty until it upgrades). */
export const framedButtons = (element: Element | null): HTMLButtonElement[] => [
  ...(element?.shadowRoot?.querySelectorAll<HTMLButtonElement>('.step-button') ?? []),
];
