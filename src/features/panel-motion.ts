import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { animatePanel } from '../motion.js';
import type { GuideView } from './guide-view.js';

/**
 * Opening and closing: after each drawing, the panels of the steps that opened or closed since
 * the one before grow or shrink (src/motion.ts; none with reduced motion). The first drawing
 * animates nothing: steps open at first are simply open.
 */
export class PanelMotion implements ReactiveController {
  /** Open steps as last drawn. */
  private _drawn?: ReadonlySet<string>;

  constructor(
    private readonly _host: ReactiveControllerHost & HTMLElement,
    private readonly _guide: Pick<GuideView, 'stepIds' | 'openIds'>,
  ) {
    _host.addController(this);
  }

  hostUpdated(): void {
    const drawn = this._drawn;
    const open = (this._drawn = this._guide.openIds());
    for (const id of drawn ? this._guide.stepIds() : []) {
      if (open.has(id) === drawn?.has(id)) continue;
      const panel = this._host.shadowRoot?.getElementById(`${id}-panel`);
      if (panel) animatePanel(panel, open.has(id));
    }
  }
}
