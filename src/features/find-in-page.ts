import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What find-in-page needs of the guide. */
interface Host extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  toggleStep(step: string, force?: boolean): boolean;
}

/**
 * The browser's find-in-page, or a text-fragment link, matched text in a closed step (its panel
 * is hidden="until-found", see the step template): the browser fires `beforematch` at the panel,
 * and the step opens. One listener on the shadow root for all panels, in the capture phase, so
 * that it hears the event whether or not it bubbles (browsers fire it bubbling; a script may not).
 */
export class FindInPage implements ReactiveController {
  private _listening = false;

  constructor(private readonly _host: Host) {
    _host.addController(this);
  }

  hostConnected(): void {
    // The shadow root is made on the first connection and stays, with its listener.
    if (this._listening) return;
    this._listening = true;
    this._host.renderRoot.addEventListener('beforematch', this._onBeforeMatch, true);
  }

  private _onBeforeMatch = (event: Event): void => {
    const panel = event.target as Element;
    if (panel.matches('[role="region"]')) this._host.toggleStep(panel.id.replace(/-panel$/, ''), true);
  };
}
