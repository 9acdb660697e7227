import { expect, fixture } from '@open-wc/testing';
import { html, nextFrame, openStates, shadow, stepButtons } from './support/helpers.js';
import type { ImgPathway } from '../src/img-pathway.js';

describe('right-to-left pages', () => {
  async function renderRtl(): Promise<ImgPathway> {
    const box = await fixture<HTMLDivElement>(
      html`<div dir="rtl" style="width: 600px"><img-pathway open="1"></img-pathway></div>`,
    );
    const el = box.querySelector('img-pathway')!;
    await el.updateComplete;
    await nextFrame();
    return el;
  }

  it('mirrors the layout: markers and their line on the right, text to their left', async () => {
    const el = await renderRtl();
    const marker = shadow(el).querySelector('[part="number"]')!.getBoundingClientRect();
    const title = shadow(el).querySelector('[part="title"]')!.getBoundingClientRect();
    const box = el.getBoundingClientRect();
    expect(marker.left).to.be.greaterThan(title.right);
    expect(box.right - marker.right).to.be.lessThan(40);
    const line = getComputedStyle(shadow(el).querySelector('.step')!, '::before');
    expect(parseFloat(line.right)).to.be.lessThan(40); // inset-inline-start is the right side here
    const panel = shadow(el).querySelector('[part="panel"]')!;
    expect(getComputedStyle(panel).paddingRight).not.to.equal('0px');
  });

  it('keeps the chevron pointing down (closed) and up (open), and works the same', async () => {
    const el = await renderRtl();
    const chevrons = [...shadow(el).querySelectorAll('[part="chevron"]')];
    // The arrow is drawn with the bottom and right borders, turned: the same shape in both directions.
    expect(getComputedStyle(chevrons[1]!).borderRightWidth).to.equal('2px');
    expect(getComputedStyle(chevrons[1]!).borderBottomWidth).to.equal('2px');
    stepButtons(el)[1]!.click();
    await el.updateComplete;
    expect(openStates(el)).to.deep.equal([true, true, false, false]);
  });
});
