import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { en } from '../src/content/en.js';
import { html, openStates, render, settled } from './support/helpers.js';

describe('print', () => {
  it('prints every step in full whatever is open, with link addresses and no controls, and leaves the screen as it was', async function () {
    const el = await render(html`<img-pathway open="2" checklist></img-pathway>`);
    await settled(el); // closed steps fill in after the first paint
    const text = await executeServerCommand<string | false, undefined>('print-text');
    if (text === false) this.skip(); // Printing to PDF needs the DevTools protocol (Chromium).
    const flat = text.replace(/\s+/g, ' ');
    for (const step of en.steps) {
      expect(flat, step.id).to.contain(step.title);
      const firstBlock = step.body[0]!;
      const sentence = (typeof firstBlock === 'string' ? firstBlock : firstBlock.items[0]!).split('.')[0]!;
      expect(flat, step.id).to.contain(sentence.replace(/\s+/g, ' '));
    }
    expect(flat).to.contain('(https://www.nrmp.org/)').and.contain('(https://www.uscis.gov/)');
    for (const control of ['Show all steps', 'Copy link to this step', 'Mark this step as done', 'Reset progress'])
      expect(flat).not.to.contain(control);
    expect(openStates(el)).to.deep.equal([false, true, false, false]);
  });
});
