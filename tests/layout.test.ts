import { expect, fixture } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { ImgPathway } from '../src/img-pathway.js';
import { emulateMediaOrSkip, html, nextFrame, render, shadow, stepButtons, toggleAll } from './support/helpers.js';

/** Every box inside the guide that sticks out past the element's own right edge. */
function overflowing(el: ImgPathway): string[] {
  const right = el.getBoundingClientRect().right + 0.5;
  return [...shadow(el).querySelectorAll('*')]
    .filter((node) => node.getBoundingClientRect().right > right && node.getBoundingClientRect().width > 0)
    .map((node) => `${node.localName}.${node.className}`);
}

describe('layout', () => {
  for (const width of [280, 320, 1200]) {
    it(`fits a ${width} px wide container with every step open, without sideways overflow`, async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: ${width}px">
          <img-pathway open="all"></img-pathway>
        </div>`,
      );
      const el = wrapper.querySelector('img-pathway')!;
      await el.updateComplete;
      await nextFrame();
      expect(el.getBoundingClientRect().width).to.be.closeTo(width, 1);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
      expect(overflowing(el)).to.deep.equal([]);
    });
  }

  it('gives every button a touch target of at least 44 by 44 px, even 280 px wide', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 280px"><img-pathway></img-pathway></div>`);
    const el = wrapper.querySelector('img-pathway')!;
    await el.updateComplete;
    for (const button of [toggleAll(el)!, ...stepButtons(el)]) {
      const box = button.getBoundingClientRect();
      expect(box.height, button.textContent).to.be.at.least(44);
      expect(box.width, button.textContent).to.be.at.least(44);
    }
  });

  it('draws numbered round markers joined by a vertical line', async () => {
    const el = await render(html`<img-pathway></img-pathway>`);
    const markers = [...shadow(el).querySelectorAll<HTMLElement>('[part="number"]')];
    expect(markers.map((m) => m.textContent.match(/^\d/)![0])).to.deep.equal(['1', '2', '3', '4']);
    const style = getComputedStyle(markers[0]!);
    expect(style.borderTopLeftRadius).to.equal('50%');
    const line = getComputedStyle(shadow(el).querySelector('.step')!, '::before');
    expect(line.position).to.equal('absolute');
    expect(parseFloat(line.width)).to.be.greaterThan(0);
  });

  it('shows a visible focus ring on the keyboard-focused step button', async () => {
    const el = await render(html`<img-pathway></img-pathway>`);
    toggleAll(el)!.focus();
    await sendKeys({ press: 'Tab' });
    const focused = shadow(el).activeElement!;
    expect(focused).to.equal(stepButtons(el)[0]);
    const style = getComputedStyle(focused);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });

  it('turns the chevron when its step opens', async () => {
    const el = await render(html`<img-pathway></img-pathway>`);
    const chevron = shadow(el).querySelector('[part="chevron"]')!;
    const closed = getComputedStyle(chevron).transform;
    stepButtons(el)[0]!.click();
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(getComputedStyle(chevron).transform).not.to.equal(closed);
  });

  it('turns the chevron at once, with no transition, when the reader prefers reduced motion', async function () {
    await emulateMediaOrSkip(this, { reducedMotion: 'reduce' });
    try {
      const el = await render(html`<img-pathway></img-pathway>`);
      const chevron = shadow(el).querySelector('[part="chevron"]')!;
      const closed = getComputedStyle(chevron).transform;
      expect(getComputedStyle(chevron).transitionDuration).to.equal('0s');
      stepButtons(el)[0]!.click();
      await el.updateComplete;
      expect(getComputedStyle(chevron).transform).not.to.equal(closed);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});

describe('styling from the page', () => {
  it("uses the page's font family by default", async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="font-family: monospace">
        <img-pathway></img-pathway>
      </div>`,
    );
    const el = wrapper.querySelector('img-pathway')!;
    await el.updateComplete;
    expect(getComputedStyle(shadow(el).querySelector('.title')!).fontFamily).to.equal('monospace');
  });

  it('uses --img-pathway-font-family when set', async () => {
    const el = await render(html`<img-pathway style="--img-pathway-font-family: serif"></img-pathway>`);
    expect(getComputedStyle(shadow(el).querySelector('.title')!).fontFamily).to.equal('serif');
  });

  it('applies the --img-pathway-* custom properties', async () => {
    const el = await render(
      html`<img-pathway
        style="--img-pathway-accent: rgb(200, 0, 0); --img-pathway-text-color: rgb(0, 0, 100); --img-pathway-background: rgb(250, 250, 240); --img-pathway-marker-size: 50px; --img-pathway-font-size: 20px; --img-pathway-radius: 3px; --img-pathway-focus-ring-color: rgb(0, 128, 0); --img-pathway-muted-color: rgb(90, 90, 90)"
      ></img-pathway>`,
    );
    const root = shadow(el);
    const marker = getComputedStyle(root.querySelector('[part="number"]')!);
    expect(marker.backgroundColor).to.equal('rgb(200, 0, 0)');
    expect(marker.width).to.equal('50px');
    const guide = getComputedStyle(root.querySelector('[part="guide"]')!);
    expect(guide.backgroundColor).to.equal('rgb(250, 250, 240)');
    expect(guide.color).to.equal('rgb(0, 0, 100)');
    expect(guide.fontSize).to.equal('20px');
    expect(guide.borderTopLeftRadius).to.equal('3px');
    expect(getComputedStyle(root.querySelector('.summary')!).color).to.equal('rgb(90, 90, 90)');
    toggleAll(el)!.focus();
    await sendKeys({ press: 'Tab' });
    expect(getComputedStyle(root.activeElement!).outlineColor).to.equal('rgb(0, 128, 0)');
  });

  it('keeps its own line height, letter spacing and text case when the page sets odd ones', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div
        style="line-height: 4; letter-spacing: 6px; text-transform: uppercase; word-spacing: 20px; text-align: center; font-size: 9px"
      >
        <img-pathway></img-pathway>
      </div>`,
    );
    const el = wrapper.querySelector('img-pathway')!;
    await el.updateComplete;
    const intro = getComputedStyle(shadow(el).querySelector('.intro')!);
    expect(intro.textTransform).to.equal('none');
    expect(intro.letterSpacing).to.be.oneOf(['normal', '0px']);
    expect(intro.textAlign).to.be.oneOf(['start', 'left']);
    expect(parseFloat(intro.fontSize)).to.be.at.least(16);
    expect(parseFloat(intro.lineHeight) / parseFloat(intro.fontSize)).to.be.closeTo(1.5, 0.01);
  });
});
