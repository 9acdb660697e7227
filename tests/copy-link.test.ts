import { expect } from '@open-wc/testing';
import type { ImgPathway } from '../src/img-pathway.js';
import { until } from './support/frame.js';
import { captureWarnings, html, motionDone, panels, render, shadow } from './support/helpers.js';

const copyButton = (el: ImgPathway, step: string) =>
  shadow(el).querySelector<HTMLButtonElement>(`#${step}-panel [part="copy-link"]`);
const statusOf = (el: ImgPathway, step: string) =>
  shadow(el).querySelector(`#${step}-panel [role="status"]`)!.textContent;

/** Replaces the clipboard for one test: `writeText` records, or fails like a denied permission. */
function fakeClipboard(fails = false): { copied: string[]; restore: () => void } {
  const copied: string[] = [];
  const own = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: {
      writeText: (text: string) => {
        if (fails) return Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
        copied.push(text);
        return Promise.resolve();
      },
    },
  });
  return {
    copied,
    restore: () => {
      if (own) Object.defineProperty(navigator, 'clipboard', own);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    },
  };
}

const pageAddress = () => location.href.replace(/#.*/, '');

describe('copy link to a step', () => {
  const address = location.href;
  afterEach(() => {
    history.replaceState(null, '', address);
  });

  it('is offered in each open step only', async () => {
    const el = await render(html`<img-pathway open="residency"></img-pathway>`);
    expect(copyButton(el, 'residency')!.textContent.trim()).to.equal('Copy link to this step');
    expect(copyButton(el, 'ecfmg-certification')).to.be.null;
    el.closeAll();
    await motionDone(el);
    expect(copyButton(el, 'residency')).to.be.null;
  });

  it('copies the page address with the step in its hash, and says so to everyone', async () => {
    const el = await render(html`<img-pathway open="residency"></img-pathway>`);
    const clipboard = fakeClipboard();
    try {
      copyButton(el, 'residency')!.click();
      await until(() => statusOf(el, 'residency') !== '', 'the announcement');
      expect(clipboard.copied).to.deep.equal([`${pageAddress()}#residency`]);
      expect(statusOf(el, 'residency')).to.equal('Link copied');
      await motionDone(el);
      await expect(el).to.be.accessible();
    } finally {
      clipboard.restore();
    }
  });

  it('puts the element id in front of the step, so the link opens this guide’s step', async () => {
    const el = await render(html`<img-pathway id="guide2" open="immigration"></img-pathway>`);
    const clipboard = fakeClipboard();
    try {
      copyButton(el, 'immigration')!.click();
      await until(() => clipboard.copied.length > 0, 'a copy');
      expect(clipboard.copied[0]).to.equal(`${pageAddress()}#guide2-immigration`);
      // The copied link works: loading it opens that step.
      const other = await render(html`<img-pathway id="guide2"></img-pathway>`);
      history.replaceState(null, '', '#guide2-immigration');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
      await other.updateComplete;
      expect(shadow(other).getElementById('immigration-button')!.getAttribute('aria-expanded')).to.equal('true');
    } finally {
      clipboard.restore();
    }
  });

  it('puts the link in the address bar, and says so, when the clipboard refuses; nothing is thrown', async () => {
    const el = await render(html`<img-pathway open="state-licensure"></img-pathway>`);
    const clipboard = fakeClipboard(true);
    const button = copyButton(el, 'state-licensure')!;
    window.scrollTo(0, 0);
    // The page is long enough that a jump to the step would scroll it.
    expect(document.documentElement.scrollHeight).to.be.greaterThan(innerHeight + 100);
    try {
      const warnings = await captureWarnings(async () => {
        button.click();
        await until(() => statusOf(el, 'state-licensure') !== '', 'the announcement');
      });
      expect(warnings).to.deep.equal([]);
      expect(location.hash).to.equal('#state-licensure');
      expect(statusOf(el, 'state-licensure')).to.contain('Could not copy');
      // The page does not jump to the step (as setting location.hash would).
      expect(window.scrollY).to.equal(0);
    } finally {
      clipboard.restore();
    }
  });

  it('works where there is no clipboard at all (an http: page)', async () => {
    const el = await render(html`<img-pathway open="1"></img-pathway>`);
    const own = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
    try {
      copyButton(el, 'ecfmg-certification')!.click();
      await until(() => statusOf(el, 'ecfmg-certification') !== '', 'the announcement');
      expect(location.hash).to.equal('#ecfmg-certification');
    } finally {
      if (own) Object.defineProperty(navigator, 'clipboard', own);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });

  it('clears the announcement when the step is closed and opened again', async () => {
    const el = await render(html`<img-pathway open="residency"></img-pathway>`);
    const clipboard = fakeClipboard();
    try {
      copyButton(el, 'residency')!.click();
      await until(() => statusOf(el, 'residency') !== '', 'the announcement');
      el.toggleStep('residency');
      el.toggleStep('residency');
      await el.updateComplete;
      expect(statusOf(el, 'residency')).to.equal('');
      expect(panels(el)[1]!.hasAttribute('hidden')).to.be.false;
    } finally {
      clipboard.restore();
    }
  });
});
