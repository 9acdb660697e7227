import { expect, fixture } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import { html, nextFrame, stepButtons, toggleAll } from '../support/helpers.js';
import type { ImgPathway } from '../../src/img-pathway.js';

/*
 * Screenshots compared with the committed baselines in tests/screenshots/baseline (Chromium
 * only: each engine draws text its own way). Update them after an intended change with
 * `npm run test:visual:update`, then look at every PNG before committing it.
 */

/** Renders the guide in a box of a fixed width and font, so screenshots are repeatable. */
async function renderAt(
  width: number,
  template = html`<img-pathway></img-pathway>`,
): Promise<{ box: HTMLElement; el: ImgPathway }> {
  const box = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}px; padding: 8px; background: #fff; font-family: 'DejaVu Sans', sans-serif">${template}</div>`,
  );
  const el = box.querySelector('img-pathway')!;
  await el.updateComplete;
  return { box, el };
}

/** Waits for the chevron's turn and any other transition to end. */
const settle = async () => {
  await nextFrame();
  await new Promise((resolve) => setTimeout(resolve, 300));
};

describe('visual baselines (Chromium)', () => {
  it('collapsed', async () => {
    const { box } = await renderAt(640);
    await settle();
    await visualDiff(box, 'collapsed');
  });

  it('one step open', async () => {
    const { box, el } = await renderAt(640);
    stepButtons(el)[1]!.click();
    await el.updateComplete;
    await settle();
    await visualDiff(box, 'one-open');
  });

  it('all steps open', async () => {
    const { box, el } = await renderAt(640);
    toggleAll(el)!.click();
    await el.updateComplete;
    await settle();
    await visualDiff(box, 'all-open');
  });

  it('320 px wide', async () => {
    const { box } = await renderAt(304, html`<img-pathway open="1"></img-pathway>`);
    await settle();
    await visualDiff(box, 'narrow-320');
  });

  it('custom theme through --img-pathway-* properties only', async () => {
    const { box } = await renderAt(
      640,
      html`<img-pathway
        open="3"
        style="--img-pathway-accent: #7a1f5c; --img-pathway-text-color: #2b1a24; --img-pathway-muted-color: #5e4a57; --img-pathway-background: #fbf7fa; --img-pathway-border-color: #c9a9bf; --img-pathway-radius: 0; --img-pathway-font-family: 'DejaVu Serif', serif; --img-pathway-font-size: 17px; --img-pathway-spacing: 1.25em; --img-pathway-focus-ring-color: #7a1f5c; --img-pathway-marker-size: 2.75em"
      ></img-pathway>`,
    );
    await settle();
    await visualDiff(box, 'custom-theme');
  });

  it('checklist with two steps done, dark theme', async () => {
    const { box, el } = await renderAt(
      640,
      html`<img-pathway id="visual-checklist" theme="dark" checklist open="2"></img-pathway>`,
    );
    box.style.background = '#1b1f24';
    const boxes = el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part="done"] input');
    boxes[0]!.click();
    boxes[1]!.click();
    await el.updateComplete;
    await settle();
    await visualDiff(box, 'checklist-dark');
    // Leave no saved progress behind for other tests.
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="reset"]')!.click();
  });

  it('forced colors (Windows High Contrast)', async function () {
    const emulated = await executeServerCommand<boolean, { active: boolean }>('emulate-forced-colors', {
      active: true,
    });
    if (!emulated) this.skip();
    try {
      const { box, el } = await renderAt(640, html`<img-pathway open="2"></img-pathway>`);
      // Focus a step button with the keyboard path so the focus ring is in the picture too.
      toggleAll(el)!.focus();
      stepButtons(el)[0]!.focus({ focusVisible: true } as FocusOptions);
      expect(matchMedia('(forced-colors: active)').matches).to.be.true;
      await settle();
      await visualDiff(box, 'forced-colors');
    } finally {
      await executeServerCommand('emulate-forced-colors', { active: false });
    }
  });
});
