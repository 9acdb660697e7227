import { fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/define.js';
import type { ImgPathway } from '../../src/img-pathway.js';
import { until } from './frame.js';

export { html };

/** Renders a template whose first element is an <img-pathway> and waits for its first render. */
export async function render(template: TemplateResult): Promise<ImgPathway> {
  const el = await fixture<ImgPathway>(template);
  await el.updateComplete;
  return el;
}

export const shadow = (el: ImgPathway): ShadowRoot => el.shadowRoot!;
export const stepButtons = (el: ImgPathway): HTMLButtonElement[] => [
  ...shadow(el).querySelectorAll<HTMLButtonElement>('.step-button'),
];
/** The steps' ids, as links and saved state name them: read off the step buttons (`<id>-button`). */
export const stepIds = (el: ImgPathway): string[] => stepButtons(el).map((button) => button.id.replace(/-button$/, ''));
export const panels = (el: ImgPathway): HTMLElement[] => [
  ...shadow(el).querySelectorAll<HTMLElement>('[role="region"]'),
];
export const toggleAll = (el: ImgPathway): HTMLButtonElement | null =>
  shadow(el).querySelector<HTMLButtonElement>('[part="toggle-all"]');
export const openStates = (el: ImgPathway): boolean[] =>
  stepButtons(el).map((button) => button.getAttribute('aria-expanded') === 'true');

/** Whether a person can see the element: it has a box and nothing hides it. */
export const isShown = (element: Element): boolean => {
  const box = element.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
};

/**
 * The text a screen reader gets from an element's content: its text nodes outside
 * aria-hidden subtrees, one space between nodes. (Engines that expose their accessibility tree
 * are also checked through it: see aria-keyboard.test.ts.)
 */
export function spokenText(element: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof Element && node.getAttribute('aria-hidden') === 'true') return;
    if (node.nodeType === Node.TEXT_NODE && node.textContent!.trim()) parts.push(node.textContent!.trim());
    node.childNodes.forEach(walk);
  };
  walk(element);
  return parts.join(' ');
}

/** Collects console.warn calls while `run` runs (and keeps them out of the test log). */
export async function captureWarnings(run: () => unknown): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
  };
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

/** Waits for two animation frames: style and layout are then up to date. */
export const nextFrame = (): Promise<void> =>
  new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/**
 * Emulates a media feature, or skips the test where the browser driver cannot (WebDriver
 * sessions, and Firefox without CDP). Feature detection: the command is tried, not the
 * browser's name.
 */
export async function emulateMediaOrSkip(
  test: Mocha.Context,
  media: Parameters<typeof emulateMedia>[0],
): Promise<void> {
  try {
    await emulateMedia(media);
  } catch {
    test.skip();
  }
}

/** Waits until closed steps are filled in (the element does that just after its first paint). */
export async function settled(el: ImgPathway): Promise<void> {
  await until(
    () => [...shadow(el).querySelectorAll('[role="region"]')].every((panel) => panel.childElementCount > 0),
    'closed steps to be filled in',
  );
}

/**
 * Waits until the steps have finished opening or closing (200 ms, none with reduced motion),
 * clean-up included: an animation's `finished` promise settles just before its `finish` event,
 * in the same frame, so one more frame is waited for.
 */
export async function motionDone(el: ImgPathway): Promise<void> {
  await el.updateComplete;
  const animations = shadow(el).getAnimations();
  await Promise.all(animations.map((animation) => animation.finished.catch(() => undefined)));
  if (animations.length > 0) await nextFrame();
}
