import { expect, fixture } from '@open-wc/testing';
import { html, openStates, render, shadow } from './support/helpers.js';
import type { ImgPathway } from '../src/img-pathway.js';

/** Sets the URL hash without leaving the test page (its query string says which test run it is). */
const setHash = (hash: string) => history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
const navigateToHash = (hash: string) => {
  location.hash = hash;
  return new Promise((resolve) => addEventListener('hashchange', resolve, { once: true }));
};
const settle = async (el: ImgPathway) => {
  await el.updateComplete;
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
};

describe('links into a step (URL hash)', () => {
  afterEach(() => setHash(''));

  it('opens the step named by the hash when the page loads with it', async () => {
    setHash('#residency');
    const el = await render(html`<img-pathway></img-pathway>`);
    await settle(el);
    expect(openStates(el)).to.deep.equal([false, true, false, false]);
  });

  it('opens the step named by the hash in content that arrives after the first render', async () => {
    setHash('#visa');
    const el = await render(html`<img-pathway></img-pathway>`);
    await settle(el);
    expect(openStates(el)).to.deep.equal([false, false, false, false]);
    el.content = {
      heading: 'Our steps',
      steps: [
        { id: 'apply', title: 'Apply' },
        { id: 'visa', title: 'Get a visa' },
      ],
    };
    await settle(el);
    expect(openStates(el)).to.deep.equal([false, true]);
  });

  it('opens and scrolls to another step on a later hashchange, keeping the scroll margin', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div><div style="height: 2000px"></div><img-pathway style="--img-pathway-scroll-margin: 80px"></img-pathway><div style="height: 2000px"></div></div>`,
    );
    const el = box.querySelector('img-pathway')!;
    await el.updateComplete;
    await navigateToHash('#immigration');
    await settle(el);
    expect(openStates(el)).to.deep.equal([false, false, false, true]);
    const step = shadow(el).querySelector('#immigration-button')!.closest('li')!;
    expect(step.getBoundingClientRect().top).to.be.closeTo(80, 2);
  });

  it('answers only hashes prefixed with its id when it has one, so two guides can share a page', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div><img-pathway id="guide1"></img-pathway><img-pathway id="guide2"></img-pathway></div>`,
    );
    const [first, second] = [...box.querySelectorAll('img-pathway')] as [ImgPathway, ImgPathway];
    await navigateToHash('#guide2-state-licensure');
    await settle(second);
    expect(openStates(second)).to.deep.equal([false, false, true, false]);
    expect(openStates(first)).to.deep.equal([false, false, false, false]);
    await navigateToHash('#state-licensure');
    await settle(first);
    expect(openStates(first)).to.deep.equal([false, false, false, false]);
  });

  it('ignores a hash with a malformed escape, without an error', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    addEventListener('error', onError);
    const el = await render(html`<img-pathway></img-pathway>`);
    await navigateToHash('#%E0%A4%A');
    await settle(el);
    removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    expect(openStates(el)).to.deep.equal([false, false, false, false]);
  });

  it('ignores a hash that names no step, and hashes with markup in them', async () => {
    setHash('#%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
    const el = await render(html`<img-pathway></img-pathway>`);
    await settle(el);
    expect(openStates(el)).to.deep.equal([false, false, false, false]);
  });

  it('stops listening for hash changes once removed from the page', async () => {
    const el = await render(html`<img-pathway></img-pathway>`);
    el.remove();
    await navigateToHash('#residency');
    await settle(el);
    expect(openStates(el)).to.deep.equal([false, false, false, false]);
  });
});
