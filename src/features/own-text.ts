import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PathwayContent } from '../content/types.js';
import { whenIdle } from '../idle.js';
import { warnBadValue } from '../warn.js';
import type { GuideView } from './guide-view.js';

/** Slots the guide always has, besides one per step. */
const FIXED_SLOTS = ['intro', 'end'];

/**
 * The page's own text in the guide (`<div slot="residency">`): the template gives each step a
 * slot named after its id. A child whose `slot` names no step would never show, so it is
 * reported once per name, when the browser is idle after the guide is drawn with new content.
 */
export class OwnText implements ReactiveController {
  /** The content whose slots were last checked. */
  private _checkedFor?: PathwayContent;
  private readonly _warned = new Set<string>();

  constructor(
    private readonly _host: ReactiveControllerHost & HTMLElement,
    private readonly _guide: Pick<GuideView, 'shown' | 'stepIds'>,
  ) {
    _host.addController(this);
  }

  hostUpdated(): void {
    const content = this._guide.shown();
    if (this._checkedFor === content) return;
    this._checkedFor = content;
    whenIdle(() => {
      if (this._guide.shown() !== content) return; // Checked with the content that replaced it.
      const names = [...FIXED_SLOTS, ...this._guide.stepIds()];
      for (const child of this._host.children) {
        const name = child.slot;
        if (!name || names.includes(name) || this._warned.has(name)) continue;
        this._warned.add(name);
        warnBadValue('slot', name, `it names no step, so that text is not shown; use one of ${names.join(', ')}`);
      }
    });
  }
}
