import type { ReactiveControllerHost } from 'lit';
import type { GuideView } from './guide-view.js';

/**
 * "Copy link to this step": copies the page's address with the step's hash (`#residency`, or
 * `#<guide id>-residency`) and says so, also to screen readers. Where the clipboard cannot be
 * used (no permission, an http: page), the address bar gets the link instead, without moving
 * the page, and the reader is told.
 */
export class CopyLink {
  /** The step whose link was just copied, and what to announce about it. */
  private _copied: [step: string, message: string] = ['', ''];

  constructor(
    private readonly _host: ReactiveControllerHost & HTMLElement,
    private readonly _guide: Pick<GuideView, 'words'>,
  ) {}

  /** What to announce next to a step's button ('' most of the time). */
  message(step: string): string {
    return this._copied[0] === step ? this._copied[1] : '';
  }

  /** Forgets the last message (a step opened or closed since). */
  clear(): void {
    this._copied = ['', ''];
  }

  /** A step's "Copy link" button was pressed. */
  onClick = (event: Event): void => {
    void this._copy((event.currentTarget as HTMLElement).dataset.step ?? '');
  };

  private async _copy(step: string): Promise<void> {
    const hash = `#${this._host.id ? `${this._host.id}-` : ''}${step}`;
    let copied = true;
    try {
      await navigator.clipboard.writeText(location.href.replace(/#.*/, '') + hash);
    } catch {
      copied = false;
      history.replaceState(history.state, '', hash);
    }
    this._copied = [step, copied ? this._guide.words().linkCopied : this._guide.words().copyFailed];
    this._host.requestUpdate();
  }
}
