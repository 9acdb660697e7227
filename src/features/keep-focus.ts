import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Focus stays in place when a redraw replaces the focused control. A step's title, summary
 * and spoken number are written into its template (see specialize), so the step is drawn anew
 * when they change, say in another language: a keyboard or screen reader user would otherwise
 * be sent back to the top of the page. The control with the same id gets the focus back, or,
 * for one without an id (a checkbox, "Copy link"), its step's button.
 */
export class KeepFocus implements ReactiveController {
  private _id = '';

  constructor(private readonly _host: ReactiveControllerHost & HTMLElement) {
    _host.addController(this);
  }

  hostUpdate(): void {
    const focused = this._host.shadowRoot?.activeElement;
    const owner = focused?.id ? focused : focused?.closest('.step')?.querySelector('.step-button');
    this._id = owner?.id ?? '';
  }

  hostUpdated(): void {
    const root = this._host.shadowRoot;
    if (this._id && root && !root.activeElement) root.getElementById(this._id)?.focus({ preventScroll: true });
  }
}
