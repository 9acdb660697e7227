import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { GuideView } from './guide-view.js';

/** What links into a step need of the guide. */
interface Host extends ReactiveControllerHost, HTMLElement {
  toggleStep(step: string, force?: boolean): boolean;
}

/**
 * Links into a step: a URL hash that names a step (`#residency`, or `#<guide id>-residency`
 * when the guide has an id, so two guides on one page do not answer the same link) opens that
 * step and scrolls to it, when the page loads and whenever the hash changes. So does a hash that
 * names an element of the page's own text in a step (`<div slot="residency" id="our-programs">`),
 * which is then scrolled to itself: the browser cannot scroll to it while its step is closed.
 */
export class DeepLinks implements ReactiveController {
  constructor(
    private readonly _host: Host,
    private readonly _guide: Pick<GuideView, 'stepIds'>,
  ) {
    _host.addController(this);
  }

  hostConnected(): void {
    addEventListener('hashchange', this.follow);
    void this._host.updateComplete.then(this.follow);
  }

  hostDisconnected(): void {
    removeEventListener('hashchange', this.follow);
  }

  /** The step the URL hash names, or ''. */
  step(): string {
    return this._target()[0];
  }

  /** The step the hash names, and the element to scroll to: the page's own, or the step. */
  private _target(): [step: string, element?: Element | null] {
    let hash = location.hash.slice(1);
    if (!hash) return ['']; // Most pages: no hash, nothing to look up for each guide.
    try {
      hash = decodeURIComponent(hash);
    } catch {
      return ['']; // Not a step's id: malformed escapes such as "%E0%A4%A".
    }
    const ids = this._guide.stepIds();
    const prefix = this._host.id ? `${this._host.id}-` : '';
    const step = hash.startsWith(prefix) ? hash.slice(prefix.length) : '';
    if (ids.includes(step)) return [step];
    // An element inside one of the guide's children that is slotted into a step.
    const element = document.getElementById(hash);
    const slotted = element && [...this._host.children].find((child) => child.contains(element));
    return slotted && ids.includes(slotted.slot) ? [slotted.slot, element] : [''];
  }

  /** Opens the step the hash names and scrolls to it; run again when other content is shown. */
  follow = (): void => {
    const [step, element] = this._target();
    if (!step) return;
    this._host.toggleStep(step, true);
    void this._host.updateComplete.then(async () => {
      const panel = this._host.shadowRoot?.getElementById(`${step}-panel`);
      // Inside the panel, a place is where it will be only once the panel has finished growing.
      if (element) for (const motion of panel?.getAnimations() ?? []) await motion.finished.catch(() => undefined);
      (element ?? panel?.closest('li'))?.scrollIntoView();
    });
  };
}
