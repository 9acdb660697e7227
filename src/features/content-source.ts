import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { checkContent, prepareCheck } from '../content/check.js';
import { en } from '../content/en.js';
import { checkStrings } from '../content/strings.js';
import type { PathwayContent, PathwayStrings } from '../content/types.js';
import { safeHref } from '../links.js';
import { fetchContent, readInlineContent } from '../source.js';
import { warn, warnBadValue } from '../warn.js';
import type { GuideView } from './guide-view.js';

/** What custom content needs of the guide. */
interface Host extends ReactiveControllerHost, HTMLElement {
  content: PathwayContent;
  src: string | undefined;
  readonly hasUpdated: boolean;
}

/**
 * Runs `check` once the page has had its chance to set custom content: page scripts often set
 * it right after the element is parsed.
 */
export function whenPageSettled(check: () => void): void {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', check, { once: true });
  else check();
}

/**
 * Custom content: from `src` (the last one set wins; a guide taken out of the page stops its
 * download, and starts it again when put back), from a `<script type="application/json">`
 * inside the element, or from the `content` property. It is shown once it passes the check;
 * content that fails keeps the built-in guide, with one warning that says what is wrong and
 * where. Also the content's own interface words (`strings`).
 */
export class ContentSource implements ReactiveController {
  /** The content shown: `content` once it passed the check, else the built-in guide. */
  shown: PathwayContent = en;
  /** Custom content being checked (the one-tag bundle loads its checker first). */
  checking?: PathwayContent;
  /** The interface words of the content shown. */
  strings: Partial<PathwayStrings> = {};
  /** Where the content being set came from, for warnings: `src="…"`, or `content`. */
  private _origin = 'content';
  /** Stops the pending `src` download. */
  private _fetching?: AbortController;

  constructor(
    private readonly _host: Host,
    private readonly _guide: Pick<GuideView, 'builtIn'>,
    /** Custom content that had to wait for its check is now shown, or refused: a redraw is asked for. */
    private readonly _checked: () => void,
  ) {
    _host.addController(this);
  }

  hostConnected(): void {
    // Inline JSON: when the element is defined before the page is parsed, its children are
    // not there yet at this point.
    if (!this._host.hasUpdated) whenPageSettled(this._readInline);
    // Moved in the page while its file was loading: load it again.
    if (this._host.src && this._fetching?.signal.aborted) this.load(this._host.src);
  }

  hostDisconnected(): void {
    this._fetching?.abort();
  }

  /** The built-in guide is shown in the element's language, which may have changed. */
  showBuiltIn(): void {
    if (this._host.content === en) this.shown = this._guide.builtIn();
  }

  /** Loads `src`, dropping any earlier file still on its way (none when `src` is removed). */
  load(src: string | undefined): void {
    this._fetching?.abort();
    this._fetching = undefined;
    if (!src) return;
    const fetching = (this._fetching = new AbortController());
    prepareCheck();
    void fetchContent(src, fetching.signal).then((content) => {
      // Only the latest src counts: an older file that arrives late is dropped.
      if (fetching.signal.aborted) return;
      this._fetching = undefined;
      if (content !== undefined) this._set(content as PathwayContent, `src=${JSON.stringify(src)}`);
    });
  }

  /**
   * Shows `content` once it passes the check, the built-in guide otherwise. While a check is
   * pending (the one-tag bundle loads its checker), the built-in guide stays.
   */
  use(content: PathwayContent): void {
    this.checking = undefined;
    this.strings = {};
    if (content === en) {
      this.shown = this._guide.builtIn();
      return;
    }
    const problems = checkContent(content);
    if (Array.isArray(problems)) {
      this.shown = this._accepted(content, problems);
      return;
    }
    this.checking = content;
    void problems.then((found) => {
      if (this.checking !== content) return;
      this.checking = undefined;
      this.shown = this._accepted(content, found);
      this._host.requestUpdate();
      this._checked();
    });
  }

  private _readInline = (): void => {
    const content = this._host.isConnected && !this._host.src ? readInlineContent(this._host) : undefined;
    if (content !== undefined) this._set(content as PathwayContent, 'the inline JSON');
  };

  private _set(content: PathwayContent, origin: string): void {
    this._host.content = content;
    this._origin = origin;
  }

  private _accepted(content: PathwayContent, problems: string[]): PathwayContent {
    const origin = this._origin;
    this._origin = 'content';
    if (problems.length > 0) {
      warn(`${origin} cannot be used (${problems.slice(0, 3).join('; ')}); showing the built-in guide.`);
      return this._guide.builtIn();
    }
    // Words that cannot be used are left out, not the whole guide.
    const [strings, wrong] = content.strings ? checkStrings(content.strings, 'strings') : [{}, []];
    this.strings = strings;
    if (wrong.length > 0) warn(`${origin}: ${wrong.join('; ')}; using the built-in words there.`);
    for (const link of content.steps.flatMap((step) => step.links ?? [])) {
      if (!safeHref(link.href))
        warnBadValue(
          'href',
          link.href,
          `links must be https:, http:, mailto: or tel:; "${link.text}" is shown as text`,
        );
    }
    return content;
  }
}
