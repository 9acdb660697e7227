/*
 * Opening and closing a step: its panel grows or shrinks and fades, in 200 ms. Done with the
 * Web Animations API because CSS cannot transition to or from `hidden` (or `height: auto`) in
 * every engine. No animation when the reader asks for reduced motion.
 */

/** The reader's motion setting, asked for once: its `matches` follows the setting as it changes. */
let motionSetting: MediaQueryList | undefined;

/**
 * Whether the reader asks for reduced motion. Pages without matchMedia (old or stubbed) get no
 * animation: the safe side. Asked first when the browser is idle (prepareOpening), not in a click.
 */
export function reducedMotion(): boolean {
  if (typeof matchMedia !== 'function') return true;
  motionSetting ??= matchMedia('(prefers-reduced-motion: reduce)');
  return motionSetting.matches;
}

/**
 * Done once per page when the browser is idle (PanelFilling), so that a step's first opening has
 * less to do:
 * - Lays out one closed panel, as if shown, and puts it back in the same task, so nothing is
 *   drawn and nothing moves. Chromium lays out and paints the first panel that opens more slowly
 *   than the next ones, whichever step it is; with one laid out ahead, the first click's Event
 *   Timing went from 58.9 to 47.7 ms (mean of 30 loads at 4× CPU slowdown, against 46.1 for a
 *   plain `<details>`). The attribute is the one a closing panel is shown with; a panel that
 *   is closing is left alone. Reading `scrollHeight` lays it out (`< 0` is never true: the
 *   attribute goes again).
 * - Asks for the reader's motion setting, and runs an empty animation on a guide. The first
 *   animation of an element in the page costs Chromium more than the next ones; run ahead, it
 *   took the first click's `animate()` from 1.3–1.8 to 0.9–1.2 ms at 4× CPU slowdown (issue
 *   12's profile, three runs; one on an element outside the page did not help).
 */
export function prepareOpening(guide: HTMLElement): void {
  const panel = guide.shadowRoot?.querySelector('.panel[hidden]:not([data-closing])');
  if (panel) {
    panel.toggleAttribute('data-closing');
    panel.toggleAttribute('data-closing', panel.scrollHeight < 0);
  }
  try {
    if (!reducedMotion()) guide.animate([], 0);
  } catch {
    // Missing, or a page's replacement refuses it: only this head start is lost.
  }
}

/**
 * Where the browser can animate to and from `height: auto` (`interpolate-size`, set on panels in
 * the styles), the panel's height is not read: reading `scrollHeight` lays the page out in the
 * middle of the click's handler, a second layout before the one of the frame that shows it, and
 * that was most of what a click cost over a plain `<details>` (issue 12's profile).
 */
const animatesToAuto = typeof CSS !== 'undefined' && CSS.supports('interpolate-size', 'allow-keywords');

/** Each panel's animation while it runs. */
const running = new WeakMap<HTMLElement, Animation>();

/**
 * Animates a panel that has just been shown (`open`) or hidden. A closing panel is already
 * `hidden` for scripts and screen readers (it is also made inert and aria-hidden); only
 * `data-closing` keeps it drawn while it shrinks (see the styles).
 */
export function animatePanel(panel: HTMLElement, open: boolean): void {
  if (typeof panel.animate !== 'function' || reducedMotion()) return;
  // The panel's own animation, kept rather than asked for: getAnimations() brings the page's
  // styles up to date first, a whole style pass in the frame of every click.
  running.get(panel)?.cancel();
  const closing = ['data-closing', 'inert', 'aria-hidden'];
  // Events of an animation cancelled by a newer one arrive late: only the newest one ends.
  const end = () => {
    if (running.get(panel) !== animation) return;
    running.delete(panel);
    for (const name of closing) panel.removeAttribute(name);
  };
  if (!open) for (const name of closing) panel.setAttribute(name, name === 'aria-hidden' ? 'true' : '');
  const shown = { height: animatesToAuto ? 'auto' : `${panel.scrollHeight}px`, opacity: 1, overflow: 'hidden' };
  const gone = { height: '0px', opacity: 0, overflow: 'hidden', paddingBlockEnd: '0px' };
  const animation = panel.animate(open ? [gone, shown] : [shown, gone], { duration: 200, easing: 'ease-in-out' });
  // Started now, at the time of the frame on screen, rather than left pending until the next
  // frame is committed: a pending animation held the click's next paint back by one to two
  // frames in Chromium (issue 12's profile: Event Timing 88 ms against 56 for <details>). No
  // time (a hidden document's timeline): left to start by itself.
  const now = document.timeline.currentTime;
  if (now != null) animation.startTime = now;
  running.set(panel, animation);
  // The animation is ours alone: its handler properties are ours to set.
  animation.onfinish = animation.oncancel = end;
}
