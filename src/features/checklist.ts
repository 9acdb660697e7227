import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PathwayContent } from '../content/types.js';
import { fire } from '../events.js';
import { guideKey, readIds, saveIds } from '../storage.js';
import type { GuideView } from './guide-view.js';

/** What the checklist needs of the guide. */
interface Host extends ReactiveControllerHost, HTMLElement {
  checklist: boolean;
}

/**
 * The checklist (`checklist`): which steps the reader marked done, kept in `localStorage` per
 * guide and content version, read again whenever other content is shown.
 */
export class Checklist implements ReactiveController {
  private _done = new Set<string>();
  /** The content whose saved checklist was read. */
  private _readFor?: PathwayContent;

  constructor(
    private readonly _host: Host,
    private readonly _guide: Pick<GuideView, 'shown'>,
  ) {
    _host.addController(this);
  }

  hostUpdate(): void {
    const content = this._guide.shown();
    if (!this._host.checklist || this._readFor === content) return;
    this._readFor = content;
    this._done = new Set(readIds('localStorage', guideKey(this._host, 'done', content), content.steps));
  }

  has(id: string): boolean {
    return this._host.checklist && this._done.has(id);
  }

  /** How many steps of the content shown are done. */
  count(): number {
    return this._guide.shown().steps.filter((step) => this._done.has(step.id)).length;
  }

  /** A step's checkbox changed. */
  onChange = (event: Event): void => {
    const box = event.currentTarget as HTMLInputElement;
    this._mark([box.dataset.step ?? ''], box.checked);
  };

  /** "Reset progress". */
  onReset = (): void => {
    this._mark([...this._done], false);
  };

  /** Marks steps done or not, saves the checklist, and fires one `img-pathway-checklist` per step. */
  private _mark(ids: string[], done: boolean): void {
    const next = new Set(this._done);
    for (const id of ids) {
      if (done) next.add(id);
      else next.delete(id);
    }
    this._done = next;
    this._host.requestUpdate();
    saveIds('localStorage', guideKey(this._host, 'done', this._guide.shown()), [...next]);
    const count = this.count();
    for (const id of ids) fire(this._host, 'img-pathway-checklist', { id, done, count });
  }
}
