import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What links into a step need of the guide. */
interface Host extends ReactiveControllerHost, HTMLElement {
  toggleStep(step: string, force?: boolean): boolean;
}

/**
 * Links into a step: a URL hash that names a step (`#residency`, or `#<guide id>-residency`
 * when the guide has an id, so two guides on one page do not answer the same link) opens that
 * step and scrolls to it, when the page loads and whenever the hash changes.
 */
export class DeepLinks implements ReactiveController {
  constructor(
    private readonly _host: Host,
    private readonly _stepIds: () => string[],
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
    let hash = location.hash.slice(1);
    try {
      hash = decodeURIComponent(hash);
    } catch {
      return ''; // Not a step's id: malformed escapes such as "%E0%A4%A".
    }
    const prefix = this._host.id ? `${this._host.id}-` : '';
    const step = hash.startsWith(prefix) ? hash.slice(prefix.length) : '';
    return this._stepIds().includes(step) ? step : '';
  }

  /** Opens the step the hash names and scrolls to it; run again when other content is shown. */
  follow = (): void => {
    const step = this.step();
    if (!step) return;
    this._host.toggleStep(step, true);
    void this._host.updateComplete.then(() =>
      this._host.shadowRoot?.getElementById(`${step}-button`)?.closest('li')?.scrollIntoView(),
    );
  };
}
