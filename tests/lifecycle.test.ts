import { expect, fixture } from '@open-wc/testing';
import type { PathwayContent } from '../src/content/types.js';
import type { ImgPathway } from '../src/img-pathway.js';
import { until } from './support/frame.js';
import { captureWarnings, html, openStates, panels, render, settled, shadow, stepButtons } from './support/helpers.js';

/**
 * Counts listeners added to and removed from window and document, and timers still pending, by
 * wrapping the platform's own methods (saved unbound on purpose, to be put back after).
 */
/* eslint-disable @typescript-eslint/unbound-method */
function watchGlobals() {
  const listeners = new Map<EventTarget, number>([
    [window, 0],
    [document, 0],
  ]);
  const originals = { add: EventTarget.prototype.addEventListener, remove: EventTarget.prototype.removeEventListener };
  const pending = new Set<number>();
  const { setTimeout: originalSetTimeout, clearTimeout: originalClearTimeout } = window;
  const originalRaf = window.requestAnimationFrame;
  const originalCaf = window.cancelAnimationFrame;
  EventTarget.prototype.addEventListener = function (
    this: EventTarget,
    ...args: Parameters<EventTarget['addEventListener']>
  ) {
    if (listeners.has(this)) listeners.set(this, listeners.get(this)! + 1);
    return originals.add.apply(this, args);
  };
  EventTarget.prototype.removeEventListener = function (
    this: EventTarget,
    ...args: Parameters<EventTarget['removeEventListener']>
  ) {
    if (listeners.has(this)) listeners.set(this, listeners.get(this)! - 1);
    return originals.remove.apply(this, args);
  };
  window.setTimeout = ((handler: () => void, timeout?: number) => {
    const handle: number = originalSetTimeout(() => {
      pending.delete(handle);
      handler();
    }, timeout);
    pending.add(handle);
    return handle;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((handle?: number) => {
    if (handle !== undefined) pending.delete(handle);
    originalClearTimeout(handle);
  }) as typeof window.clearTimeout;
  window.requestAnimationFrame = (callback) => {
    const handle = originalRaf((time) => {
      pending.delete(-handle);
      callback(time);
    });
    pending.add(-handle);
    return handle;
  };
  window.cancelAnimationFrame = (handle) => {
    pending.delete(-handle);
    originalCaf(handle);
  };
  // Idle callbacks too (the element fills in closed steps when the browser is idle), where the
  // browser has them; counted apart from the other handles, whose numbers could collide.
  const originalRic = window.requestIdleCallback as typeof window.requestIdleCallback | undefined;
  const idle = new Set<number>();
  if (originalRic)
    window.requestIdleCallback = (callback, options) => {
      const handle = originalRic((deadline) => {
        idle.delete(handle);
        callback(deadline);
      }, options);
      idle.add(handle);
      return handle;
    };
  return {
    listeners: () => [...listeners.values()].reduce((a, b) => a + b, 0),
    pending: () => pending.size + idle.size,
    restore() {
      EventTarget.prototype.addEventListener = originals.add;
      EventTarget.prototype.removeEventListener = originals.remove;
      Object.assign(window, {
        setTimeout: originalSetTimeout,
        clearTimeout: originalClearTimeout,
        requestAnimationFrame: originalRaf,
        cancelAnimationFrame: originalCaf,
      });
      if (originalRic) window.requestIdleCallback = originalRic;
    },
  };
}

/* eslint-enable @typescript-eslint/unbound-method */

describe('lifecycle', () => {
  it('leaves no listener on window or document and no timer behind after 40 create, connect, toggle, disconnect cycles', async function () {
    // The counts are exact, so one cycle that leaks shows as 1: 40 cycles (each step's button
    // ten times) have the power that 500 had, without racing mocha's clock on a busy machine.
    // The timeout is one the test need not beat (it takes well under a second idle).
    this.timeout(60000);
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    const watch = watchGlobals();
    try {
      for (let i = 0; i < 40; i++) {
        const el = document.createElement('img-pathway');
        box.append(el);
        await el.updateComplete;
        stepButtons(el)[i % 4]!.click();
        await el.updateComplete;
        el.remove();
      }
      expect(watch.listeners(), 'listeners left on window and document').to.equal(0);
      // The idle work the guides left runs a few jobs per idle period, later on a busy machine:
      // wait for it to drain rather than for a fixed time. A timer or frame that re-arms itself
      // (a leak) never lets the count reach 0, so the deadline, one the test need not beat, fails it.
      await until(() => watch.pending() === 0, 'the idle work to drain', 10000).catch(() => undefined);
      expect(watch.pending(), 'timers and frames still pending').to.equal(0);
    } finally {
      watch.restore();
    }
  });

  it('fills in its closed steps when put back in the page after leaving it before they were filled', async () => {
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('img-pathway');
    box.append(el);
    await el.updateComplete;
    el.remove(); // before the browser was idle: the closed steps are still empty
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(shadow(el).querySelector('#residency-panel')!.childElementCount).to.equal(0);
    box.append(el);
    await settled(el);
    expect(shadow(el).querySelector('#residency-panel')!.textContent).to.contain('residency');
  });

  it('keeps its open steps when moved to another parent, and still answers links', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div><section id="a"><img-pathway></img-pathway></section><section id="b"></section></div>`,
    );
    const el = box.querySelector('img-pathway')!;
    await el.updateComplete;
    el.openStep(2);
    await el.updateComplete;
    box.querySelector('#b')!.append(el);
    await el.updateComplete;
    expect(openStates(el)).to.deep.equal([false, true, false, false]);
    location.hash = '#immigration';
    await new Promise((resolve) => addEventListener('hashchange', resolve, { once: true }));
    await el.updateComplete;
    await el.updateComplete;
    history.replaceState(null, '', `${location.pathname}${location.search}`);
    expect(openStates(el)).to.deep.equal([false, true, false, true]);
  });
});

describe('scale', () => {
  it('runs 50 guides on one page independently, with unique ids in each', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div>${Array.from({ length: 50 }, () => html`<img-pathway></img-pathway>`)}</div>`,
    );
    const guides = [...box.querySelectorAll('img-pathway')];
    await Promise.all(guides.map((guide) => guide.updateComplete));
    stepButtons(guides[17]!)[2]!.click();
    await guides[17]!.updateComplete;
    guides.forEach((guide, i) => {
      expect(openStates(guide), `guide ${i}`).to.deep.equal([false, false, i === 17, false]);
    });
    for (const guide of guides) {
      const ids = [...shadow(guide).querySelectorAll('[id]')].map((node) => node.id);
      expect(new Set(ids).size).to.equal(ids.length);
    }
  });

  it('gives every guide its own copy of each step’s text: opening and closing one leaves the others whole', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div>${Array.from({ length: 3 }, () => html`<img-pathway open="2"></img-pathway>`)}</div>`,
    );
    const guides = [...box.querySelectorAll('img-pathway')];
    await Promise.all(guides.map((guide) => settled(guide)));
    const texts = (guide: ImgPathway) => panels(guide).map((panel) => panel.textContent.replace(/\s+/g, ' ').trim());
    const links = (guide: ImgPathway) =>
      panels(guide).map((panel) => panel.querySelectorAll('a[href^="https:"]').length);
    const before = texts(guides[0]!);
    expect(
      before.every((text) => text.length > 100),
      'every panel filled',
    ).to.be.true;
    expect(
      links(guides[0]!).every((n) => n > 0),
      'every panel has its links',
    ).to.be.true;
    for (let round = 0; round < 2; round++) {
      guides[0]!.toggleStep(2);
      guides[2]!.toggleStep(4);
      await Promise.all(guides.map((guide) => guide.updateComplete));
    }
    for (const guide of guides) {
      expect(links(guide)).to.deep.equal(links(guides[0]!));
      // The open step also shows its "Copy link" button: compare the closed steps' text only.
      const closed = texts(guide).filter((_, i) => !openStates(guide)[i]);
      expect(closed).to.deep.equal(before.filter((_, i) => i !== 1));
    }
  });

  it('renders a 30-step guide with a 20,000-character step, and opens its last step', async () => {
    const long = 'Residency programs review applications in many rounds. '.repeat(400).slice(0, 20000);
    const content: PathwayContent = {
      heading: 'A long guide',
      steps: Array.from({ length: 30 }, (_, i) => ({
        id: `step-${i + 1}`,
        title: `Step title ${i + 1}`,
        summary: 'A summary.',
        body: i === 14 ? [long] : ['Short text.'],
      })),
    };
    const el = await render(html`<img-pathway .content=${content}></img-pathway>`);
    expect(stepButtons(el)).to.have.length(30);
    el.openStep(15);
    el.openStep(30);
    await el.updateComplete;
    expect(shadow(el).getElementById('step-15-panel')!.textContent.length).to.be.at.least(20000);
    expect(openStates(el)[29]).to.be.true;
  });
});

describe('a hostile environment', () => {
  const removals: [object, string, PropertyDescriptor | undefined][] = [];
  const remove = (target: object, key: string, replacement?: unknown) => {
    removals.push([target, key, Object.getOwnPropertyDescriptor(target, key)]);
    Object.defineProperty(target, key, { configurable: true, writable: true, value: replacement });
  };
  afterEach(() => {
    for (const [target, key, descriptor] of removals.splice(0).reverse()) {
      if (descriptor) Object.defineProperty(target, key, descriptor);
      else delete (target as Record<string, unknown>)[key];
    }
  });

  it('renders without matchMedia, IntersectionObserver, ResizeObserver, and with CSS.supports saying no', async () => {
    remove(window, 'matchMedia');
    remove(window, 'IntersectionObserver');
    remove(window, 'ResizeObserver');
    remove(CSS, 'supports', () => false);
    const warnings = await captureWarnings(async () => {
      const el = await render(html`<img-pathway open="2"></img-pathway>`);
      expect(openStates(el)).to.deep.equal([false, true, false, false]);
    });
    expect(warnings).to.deep.equal([]);
  });

  it('renders when storage throws (privacy mode)', async () => {
    const throwing = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    Object.defineProperty(window, 'localStorage', { configurable: true, get: throwing });
    Object.defineProperty(window, 'sessionStorage', { configurable: true, get: throwing });
    try {
      // With the two features that use storage: both still work for the visit.
      let el!: ImgPathway;
      await captureWarnings(async () => {
        el = await render(html`<img-pathway checklist remember></img-pathway>`);
        stepButtons(el)[1]!.click();
        el.shadowRoot!.querySelector<HTMLInputElement>('[part="done"] input')!.click();
        await el.updateComplete;
      });
      expect(stepButtons(el)).to.have.length(4);
      expect(openStates(el)).to.deep.equal([false, true, false, false]);
      expect(el.shadowRoot!.querySelector('[part="progress"]')!.textContent).to.equal('1 of 4 steps done');
    } finally {
      delete (window as unknown as Record<string, unknown>).localStorage;
      delete (window as unknown as Record<string, unknown>).sessionStorage;
    }
  });
});
