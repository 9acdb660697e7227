import { expect } from '@open-wc/testing';
import { html, render, stepButtons, toggleAll } from './support/helpers.js';

describe('accessibility (axe)', () => {
  it('passes with every step collapsed', async () => {
    const el = await render(html`<img-pathway></img-pathway>`);
    await expect(el).to.be.accessible();
  });

  it('passes with one step open', async () => {
    const el = await render(html`<img-pathway></img-pathway>`);
    stepButtons(el)[1]!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('passes with every step open', async () => {
    const el = await render(html`<img-pathway></img-pathway>`);
    toggleAll(el)!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('passes without a visible heading, at heading level 4, in single mode', async () => {
    const el = await render(html`<img-pathway heading="" heading-level="4" single open="3"></img-pathway>`);
    await expect(el).to.be.accessible();
  });
});
