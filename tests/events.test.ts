import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ImgPathwayToggleDetail } from '../src/events.js';
import type { ImgPathway } from '../src/img-pathway.js';
import { html, render, stepButtons, toggleAll } from './support/helpers.js';

/** Records every img-pathway-toggle that reaches the document. */
function recordToggles(): {
  details: ImgPathwayToggleDetail[];
  stop: () => void;
} {
  const details: ImgPathwayToggleDetail[] = [];
  const listener = (event: Event) => details.push((event as CustomEvent<ImgPathwayToggleDetail>).detail);
  document.addEventListener('img-pathway-toggle', listener);
  return {
    details,
    stop: () => document.removeEventListener('img-pathway-toggle', listener),
  };
}

describe('img-pathway-toggle', () => {
  let recorder: ReturnType<typeof recordToggles>;
  beforeEach(() => (recorder = recordToggles()));
  afterEach(() => recorder.stop());

  it('fires on click with the step id, its index from 0 and the new state, bubbling out of the shadow root', async () => {
    const el = await render(html`<img-pathway></img-pathway>`);
    const listener = oneEvent(el, 'img-pathway-toggle');
    stepButtons(el)[1]!.click();
    const event = await listener;
    expect(event.detail).to.deep.equal({
      id: 'residency',
      index: 1,
      open: true,
    });
    expect(event.bubbles).to.be.true;
    expect(event.composed).to.be.true;
    expect(event.target).to.equal(el);
    stepButtons(el)[1]!.click();
    expect(recorder.details).to.deep.equal([
      { id: 'residency', index: 1, open: true },
      { id: 'residency', index: 1, open: false },
    ]);
  });

  it('fires when a step is opened with the keyboard', async () => {
    const el = await render(html`<img-pathway></img-pathway>`);
    stepButtons(el)[3]!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(recorder.details).to.deep.equal([{ id: 'immigration', index: 3, open: true }]);
  });

  it('fires once per step that changes when all steps are shown or hidden', async () => {
    const el = await render(html`<img-pathway open="2"></img-pathway>`);
    toggleAll(el)!.click();
    expect(recorder.details).to.deep.equal([
      { id: 'ecfmg-certification', index: 0, open: true },
      { id: 'state-licensure', index: 2, open: true },
      { id: 'immigration', index: 3, open: true },
    ]);
    recorder.details.length = 0;
    toggleAll(el)!.click();
    expect(recorder.details.map((detail) => detail.open)).to.deep.equal([false, false, false, false]);
  });

  it('fires for the step that closes in single mode', async () => {
    const el = await render(html`<img-pathway single open="1"></img-pathway>`);
    stepButtons(el)[2]!.click();
    expect(recorder.details).to.deep.equal([
      { id: 'ecfmg-certification', index: 0, open: false },
      { id: 'state-licensure', index: 2, open: true },
    ]);
  });

  it('does not fire for the starting state given by the open attribute', async () => {
    await render(html`<img-pathway open="all"></img-pathway>`);
    expect(recorder.details).to.deep.equal([]);
  });
});

describe('methods', () => {
  let el: ImgPathway;
  beforeEach(async () => {
    el = await render(html`<img-pathway></img-pathway>`);
  });

  it('opens and closes steps by number or id', async () => {
    expect(el.openStep(2)).to.be.true;
    expect(el.openStep('immigration')).to.be.true;
    await el.updateComplete;
    expect(stepButtons(el).map((b) => b.getAttribute('aria-expanded'))).to.deep.equal([
      'false',
      'true',
      'false',
      'true',
    ]);
    expect(el.closeStep('residency')).to.be.true;
    expect(el.toggleStep(1)).to.be.true;
    await el.updateComplete;
    expect(stepButtons(el).map((b) => b.getAttribute('aria-expanded'))).to.deep.equal([
      'true',
      'false',
      'false',
      'true',
    ]);
  });

  it('returns false, changes nothing and fires nothing for a step that does not exist', () => {
    const recorder = recordToggles();
    expect(el.openStep(0)).to.be.false;
    expect(el.openStep(5)).to.be.false;
    expect(el.toggleStep('visa')).to.be.false;
    expect(el.closeStep(1.5)).to.be.false;
    recorder.stop();
    expect(recorder.details).to.deep.equal([]);
  });

  it('opens and closes every step with openAll() and closeAll()', async () => {
    el.openAll();
    await el.updateComplete;
    expect(stepButtons(el).every((b) => b.getAttribute('aria-expanded') === 'true')).to.be.true;
    el.closeAll();
    await el.updateComplete;
    expect(stepButtons(el).every((b) => b.getAttribute('aria-expanded') === 'false')).to.be.true;
  });
});

describe('img-pathway-toggle-all and img-pathway-link', () => {
  it('reports the show-all button with the state it asked for', async () => {
    const el = await render(html`<img-pathway></img-pathway>`);
    const first = oneEvent(el, 'img-pathway-toggle-all');
    toggleAll(el)!.click();
    expect((await first).detail).to.deep.equal({ open: true });
    await el.updateComplete;
    const second = oneEvent(el, 'img-pathway-toggle-all');
    toggleAll(el)!.click();
    expect((await second).detail).to.deep.equal({ open: false });
  });

  it('reports a followed link with its address and its step, bubbling to the document', async () => {
    const el = await render(html`<img-pathway open="2"></img-pathway>`);
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('#residency-panel a')!;
    // Keep the test page where it is: the event is what is tested, not the navigation.
    link.addEventListener('click', (event) => event.preventDefault());
    const event = oneEvent(document, 'img-pathway-link');
    link.click();
    expect((await event).detail).to.deep.equal({ href: 'https://ecfmg.org/eras/', id: 'residency', index: 1 });
  });
});
