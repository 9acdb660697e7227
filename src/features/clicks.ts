import { fire } from '../events.js';
import type { GuideView } from './guide-view.js';

/** What the click listener needs of the guide. */
interface Host extends HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  toggleStep(step: string): boolean;
}

/**
 * Clicks anywhere in the shadow root reach the host: a click on a step's button or summary
 * toggles the step (the summary is a larger target for a finger; keyboard users have the
 * button), one on the show-all button toggles all, and a followed link is reported (for
 * analytics) with its step (`img-pathway-link`). One listener for all, rather than one per
 * button: less to set up for each guide on a page with many.
 */
export class GuideClicks {
  constructor(
    private readonly _host: Host,
    private readonly _guide: Pick<GuideView, 'stepIds'>,
    private readonly _toggleAll: () => void,
  ) {
    _host.addEventListener('click', this._onClick);
  }

  private _onClick = (event: Event): void => {
    const origin = event.composedPath()[0];
    if (!(origin instanceof Element)) return;
    const toggle = origin.closest('[part="button"],[part="summary"]');
    if (toggle) this._host.toggleStep(toggle.id.replace(/-(button|summary)$/, ''));
    if (origin.closest('[part="toggle-all"]')) this._toggleAll();
    const link = origin.closest('a');
    const panel = link?.closest('[role="region"]');
    if (!link || !panel) return;
    const index = [...this._host.renderRoot.querySelectorAll('[role="region"]')].indexOf(panel);
    const id = this._guide.stepIds()[index];
    if (id) fire(this._host, 'img-pathway-link', { href: link.href, id, index });
  };
}
