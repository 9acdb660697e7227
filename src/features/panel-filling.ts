import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadChunk } from '../content/chunks.js';
import { en } from '../content/en.js';
import type { PathwayBlock } from '../content/types.js';
import { whenIdle } from '../idle.js';
import { prepareOpening } from '../motion.js';
import { prepareCopyLink } from '../templates/step.js';
import type { GuideView } from './guide-view.js';

/**
 * Whether the first idle job on the page has done ahead what a first click would otherwise do
 * for the first time (see prepareCopyLink and prepareOpening).
 */
let clickPrepared = false;

/**
 * When the closed panels are filled in. The first render (what the reader sees first) builds
 * only the headings and the open steps, so that a page with many guides loads first; closed
 * panels are filled in when the browser is first idle after it, so find-in-page reaches their
 * text. In the one-tag bundle the built-in step bodies come from a second, hash-checked file:
 * the guide is drawn again when they arrive, if it shows any. That file is asked for as soon as
 * a step is open, and otherwise after the first frame (or when the browser is first idle, if that
 * comes first): starting a script's request is a sizable part of the first render's time (about
 * 2 of 13 ms), for text that no one sees yet.
 */
export class PanelFilling implements ReactiveController {
  /** False until the browser is first idle after the first render. */
  settled = false;
  private _asked = false;
  private _bodiesAsked = false;

  constructor(
    private readonly _host: ReactiveControllerHost & HTMLElement,
    /** Open steps' panels are filled in from the first render. */
    private readonly _guide: Pick<GuideView, 'openIds'>,
    /** Draws the update it requested at once, not in a later microtask. */
    private readonly _drawNow: () => void,
  ) {
    _host.addController(this);
  }

  hostConnected(): void {
    // Back in the page: closed steps may have been left to fill in (below).
    if (this.settled) this._host.requestUpdate();
  }

  hostUpdated(): void {
    if (this._guide.openIds().size > 0) this._loadBodies();
    if (this._asked) return;
    this._asked = true;
    // A requestAnimationFrame callback runs just before the frame is drawn: one task later, it is.
    requestAnimationFrame(() => {
      setTimeout(this._loadBodies);
    });
    whenIdle(() => {
      // Firefox can be idle before its first frame, and a hidden tab draws none.
      this._loadBodies();
      this.settled = true;
      // Drawn now, so the idle queue can tell how long it took. A guide no longer in the page
      // is drawn when it comes back (hostConnected).
      if (!this._host.isConnected) return;
      this._host.requestUpdate();
      this._drawNow();
      // After the filling: nothing done ahead for a click may keep closed steps unfilled.
      if (!clickPrepared) {
        clickPrepared = true;
        prepareCopyLink();
        prepareOpening(this._host);
      }
    });
  }

  /** Asks for the built-in step bodies, once. */
  private _loadBodies = (): void => {
    if (this._bodiesAsked) return;
    this._bodiesAsked = true;
    void loadChunk<PathwayBlock[][]>('en')?.then((bodies) => {
      bodies?.forEach((body, i) => {
        const step = en.steps[i];
        if (step) step.body = body;
      });
      // Bodies show only in open or filled-in steps: before that, nothing to redraw.
      if (this.settled || this._guide.openIds().size > 0) this._host.requestUpdate();
    });
  };
}
