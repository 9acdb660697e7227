import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/define.js';
import type { ImgPathway } from '../../src/img-pathway.js';

export { html };

/** Renders a template whose first element is an <img-pathway> and waits for its first render. */
export async function render(template: TemplateResult): Promise<ImgPathway> {
  const el = await fixture<ImgPathway>(template);
  await el.updateComplete;
  return el;
}

export const shadow = (el: ImgPathway): ShadowRoot => el.shadowRoot!;
export const stepButtons = (el: ImgPathway): HTMLButtonElement[] => [...shadow(el).querySelectorAll<HTMLButtonElement>('.step-button')];
export const panels = (el: ImgPathway): HTMLElement[] => [...shadow(el).querySelectorAll<HTMLElement>('[role="region"]')];
export const toggleAll = (el: ImgPathway): HTMLButtonElement | null => shadow(el).querySelector<HTMLButtonElement>('[part="toggle-all"]');
export const openStates = (el: ImgPathway): boolean[] => stepButtons(el).map((button) => button.getAttribute('aria-expanded') === 'true');

/** Whether a person can see the element: it has a box and nothing hides it. */
export const isShown = (element: Element): boolean => {
  const box = element.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
};

/** The accessible name that aria-labelledby gives, built the way browsers do for plain text. */
export function labelledByName(element: Element): string {
  const root = element.getRootNode() as ShadowRoot | Document;
  const ids = (element.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  return ids
    .map((id) => root.getElementById(id)?.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Collects console.warn calls while `run` runs (and keeps them out of the test log). */
export async function captureWarnings(run: () => unknown | Promise<unknown>): Promise<string[]> {
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
