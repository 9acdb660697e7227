import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { ImgPathway } from '../src/img-pathway.js';
import {
  captureWarnings,
  emulateMediaOrSkip,
  html,
  isShown,
  motionDone,
  nextFrame,
  panels,
  render,
  stepButtons,
} from './support/helpers.js';

/** The keyframe values of the one animation running on a panel. */
function animationOf(panel: HTMLElement): { duration: number; keyframes: Keyframe[] } {
  const animations = panel.getAnimations();
  expect(animations, 'one animation on the panel').to.have.length(1);
  const effect = animations[0]!.effect as KeyframeEffect;
  return { duration: Number(effect.getTiming().duration), keyframes: effect.getKeyframes() };
}

describe('opening and closing motion', () => {
  let el: ImgPathway;
  beforeEach(async () => {
    el = await render(html`<img-pathway></img-pathway>`);
  });

  it('grows and fades a step in, in about 200 ms, then leaves it fully shown', async () => {
    const panel = panels(el)[1]!;
    stepButtons(el)[1]!.click();
    await el.updateComplete;
    const { duration, keyframes } = animationOf(panel);
    expect(duration).to.be.within(150, 250);
    expect(keyframes[0]!.height).to.equal('0px');
    expect(Number(keyframes[0]!.opacity)).to.equal(0);
    expect(Number(keyframes[1]!.opacity)).to.equal(1);
    // Halfway, as drawn: part of its height, whether the browser animates to `auto` or to the
    // measured height.
    const opening = panel.getAnimations()[0]!;
    opening.pause();
    opening.currentTime = duration / 2;
    const halfway = panel.getBoundingClientRect().height;
    opening.play();
    expect(halfway).to.be.greaterThan(10);
    await motionDone(el);
    expect(halfway).to.be.lessThan(panel.getBoundingClientRect().height - 10);
    expect(panel.getAnimations()).to.have.length(0);
    expect(isShown(panel)).to.be.true;
    expect(panel.getBoundingClientRect().height).to.be.greaterThan(100);
  });

  it('shrinks a closing step while it is already closed for scripts and screen readers', async () => {
    const [button, panel] = [stepButtons(el)[1]!, panels(el)[1]!];
    button.click();
    await motionDone(el);
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(panel.hasAttribute('hidden')).to.be.true;
    // Still drawn for 200 ms, but out of the accessibility tree and the tab order.
    expect(isShown(panel)).to.be.true;
    expect(panel.getAttribute('aria-hidden')).to.equal('true');
    expect(panel.inert).to.be.true;
    const { keyframes } = animationOf(panel);
    expect(keyframes[1]!.height).to.equal('0px');
    expect(Number(keyframes[1]!.opacity)).to.equal(0);
    await motionDone(el);
    expect(isShown(panel)).to.be.false;
    expect(panel.hasAttribute('aria-hidden')).to.be.false;
    expect(panel.inert).to.be.false;
  });

  it('reopens at once when clicked again while closing', async () => {
    const [button, panel] = [stepButtons(el)[0]!, panels(el)[0]!];
    button.click();
    await motionDone(el);
    button.click();
    await el.updateComplete;
    button.click();
    await motionDone(el);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(isShown(panel)).to.be.true;
    expect(panel.hasAttribute('data-closing')).to.be.false;
    expect(panel.inert).to.be.false;
  });

  it('keeps shrinking when closed again while still opening', async () => {
    const [button, panel] = [stepButtons(el)[3]!, panels(el)[3]!];
    button.click();
    await el.updateComplete;
    button.click();
    await el.updateComplete;
    expect(animationOf(panel).keyframes[1]!.height).to.equal('0px');
    // Held still, so that a slow machine cannot finish it early: the cancelled opening reports
    // its end a frame or so later, and the closing must not stop then.
    const closing = panel.getAnimations()[0]!;
    closing.pause();
    await nextFrame();
    await nextFrame();
    await nextFrame();
    expect(panel.hasAttribute('data-closing')).to.be.true;
    expect(panel.getAttribute('aria-hidden')).to.equal('true');
    expect(isShown(panel)).to.be.true;
    closing.play();
    await motionDone(el);
    expect(isShown(panel)).to.be.false;
    expect(panel.hasAttribute('data-closing')).to.be.false;
    expect(panel.inert).to.be.false;
  });

  it('animates nothing on the first drawing, even with steps open', async () => {
    const opened = await render(html`<img-pathway open="all"></img-pathway>`);
    expect(panels(opened).flatMap((panel) => panel.getAnimations())).to.have.length(0);
  });

  describe('with prefers-reduced-motion: reduce', () => {
    afterEach(async () => {
      try {
        await emulateMedia({ reducedMotion: 'no-preference' });
      } catch {
        // Engines that cannot emulate media skipped the test.
      }
    });

    it('opens and closes without any animation', async function () {
      await emulateMediaOrSkip(this, { reducedMotion: 'reduce' });
      const [button, panel] = [stepButtons(el)[2]!, panels(el)[2]!];
      button.click();
      await el.updateComplete;
      expect(panel.getAnimations()).to.have.length(0);
      expect(isShown(panel)).to.be.true;
      button.click();
      await el.updateComplete;
      expect(panel.getAnimations()).to.have.length(0);
      expect(isShown(panel)).to.be.false;
    });
  });

  it('opens without animation, and without an error, where matchMedia is missing', async () => {
    const original =
      Object.getOwnPropertyDescriptor(window, 'matchMedia') ??
      Object.getOwnPropertyDescriptor(Window.prototype, 'matchMedia');
    // An old or stripped-down browser.
    Object.defineProperty(window, 'matchMedia', { configurable: true, value: undefined });
    try {
      const warnings = await captureWarnings(async () => {
        stepButtons(el)[0]!.click();
        await el.updateComplete;
      });
      expect(warnings).to.deep.equal([]);
      expect(panels(el)[0]!.getAnimations()).to.have.length(0);
      expect(isShown(panels(el)[0]!)).to.be.true;
    } finally {
      if (original) Object.defineProperty(window, 'matchMedia', original);
    }
  });
});
