import type { PathwayContent } from '../content/types.js';
import { guideKey, readIds, saveIds } from '../storage.js';
import type { GuideView } from './guide-view.js';

/**
 * Remembering open steps (`remember`): which steps are open, kept in `sessionStorage` (this tab
 * only) per guide and content version, and opened again on a reload.
 */
export class RememberOpen {
  /** The content whose saved open steps were read. */
  private _readFor?: PathwayContent;

  constructor(
    private readonly _host: HTMLElement & { remember: boolean },
    private readonly _guide: Pick<GuideView, 'shown'>,
  ) {}

  /**
   * The steps to open at first: `open`'s, or those saved earlier in this tab, read once per
   * content shown. A step the URL names wins (`linked`), so the saved ones are not used then.
   */
  restore(open: string[], linked: () => boolean): string[] {
    const content = this._guide.shown();
    if (!this._host.remember || this._readFor === content) return open;
    this._readFor = content;
    const saved = readIds('sessionStorage', guideKey(this._host, 'open', content), content.steps);
    return !saved || linked() ? open : saved;
  }

  save(open: ReadonlySet<string>): void {
    // Kept even when empty: "every step closed" is a state to come back to.
    if (!this._host.remember) return;
    saveIds('sessionStorage', guideKey(this._host, 'open', this._guide.shown()), [...open], true);
  }
}
