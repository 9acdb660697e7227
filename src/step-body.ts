import type { PathwayStep } from './content/types.js';
import { safeHref } from './links.js';

/** What a step's body was built from: when any of it changes, the body is built again. */
type Sources = [id: string, body: unknown, links: unknown, linksLabel: string, base: string];

/** A body as handed to a guide: its sources, the fragment, and the fragment's first node. */
export type StepBody = [sources: Sources, fragment: DocumentFragment, first: Node | null];

/** Each step's body as built last, shared by every guide that shows the step. */
const built = new WeakMap<PathwayStep, [Sources, DocumentFragment]>();

const same = (a: Sources, b: Sources) => a.every((value, i) => value === b[i]);

/**
 * A step's body and its official links, as plain elements: built once per step and copied for
 * each guide (a copy is one native call). The body is text that does not change while shown,
 * and template bindings for each paragraph, list item and link cost a page with many guides
 * memory and time (every update of a guide went through all of them) for nothing. Text goes in
 * as text, never as HTML, and links only with a safe address (see safeHref), as in templates.
 *
 * `last` is what the caller got at this place before. It comes back unchanged (Lit then leaves
 * the elements alone) while its sources are the same and its elements are still in `root`;
 * otherwise, say the place was emptied or redrawn, a new copy is made.
 */
export function stepBody(step: PathwayStep, linksLabel: string, root: Node, last?: StepBody): StepBody {
  const sources: Sources = [step.id, step.body, step.links, linksLabel, document.baseURI];
  if (last && same(last[0], sources) && last[2]?.getRootNode() === root) return last;
  let shared = built.get(step);
  if (!shared || !same(shared[0], sources)) built.set(step, (shared = [sources, build(step, linksLabel)]));
  const fragment = shared[1].cloneNode(true) as DocumentFragment;
  return [sources, fragment, fragment.firstChild];
}

/** The bodies one guide drew last, by step number from 0: each handed back while still valid. */
export class StepBodies {
  private _last: StepBody[] = [];

  /** The body and links of `step`, drawn at place `index` in `root` (see stepBody). */
  get(step: PathwayStep, index: number, linksLabel: string, root: Node): DocumentFragment {
    const body = stepBody(step, linksLabel, root, this._last[index]);
    this._last[index] = body;
    return body[1];
  }
}

function build({ id, body = [], links = [] }: PathwayStep, linksLabel: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const add = (parent: ParentNode, tag: string, text?: string): HTMLElement => {
    const element = document.createElement(tag);
    if (text !== undefined) element.textContent = text;
    parent.append(element);
    return element;
  };
  for (const block of body) {
    if (typeof block === 'string') add(fragment, 'p', block);
    else {
      if (block.intro) add(fragment, 'p', block.intro);
      const list = add(fragment, 'ul');
      for (const item of block.items) add(list, 'li', item);
    }
  }
  if (links.length > 0) {
    const heading = add(fragment, 'p', linksLabel);
    heading.className = 'links-heading';
    heading.id = `${id}-links`;
    const list = add(fragment, 'ul');
    list.className = 'links';
    list.setAttribute('aria-labelledby', heading.id);
    for (const link of links) {
      const item = add(list, 'li');
      const href = safeHref(link.href);
      if (href) add(item, 'a', link.text).setAttribute('href', href);
      else item.textContent = link.text;
    }
  }
  return fragment;
}
