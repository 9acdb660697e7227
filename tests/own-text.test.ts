import { expect, fixture } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { en, enStrings } from '../src/content/en.js';
import { fallbackHtml, ownTextHtml } from '../scripts/fallback-html.mjs';
import { loadHtml, until } from './support/frame.js';
import {
  captureWarnings,
  html,
  isShown,
  motionDone,
  nextFrame,
  openStates,
  panels,
  render,
  settled,
  shadow,
  toggleAll,
} from './support/helpers.js';

/*
 * A hospital's own text inside the guide: children with `slot="<step id>"` (or "intro") show in
 * that step's panel after the built-in text, in the page's markup and styles, and go wherever
 * the step goes: shown, found, printed, linked to.
 */

/** A guide with the page's own text in step 2 (a paragraph, a list, a link) and under the intro. */
const guideWithOwnText = (attributes = '') =>
  fixture<HTMLDivElement>(
    `<div>
      <style>
        .gme {
          color: rgb(10, 90, 40);
        }
      </style>
      <img-pathway ${attributes}>
        <p slot="intro" class="welcome">Welcome from the Lakeside GME office.</p>
        <div slot="residency" class="gme" id="our-programs">
          <p>Lakeside Internal Medicine takes 12 residents a year.</p>
          <ul>
            <li>Interviews in November</li>
          </ul>
          <a href="mailto:gme@example.org">Write to our GME office</a>
        </div>
      </img-pathway>
    </div>`,
  ).then(async (box) => {
    const el = box.querySelector('img-pathway')!;
    await el.updateComplete;
    return { el, own: box.querySelector<HTMLElement>('.gme')!, welcome: box.querySelector<HTMLElement>('.welcome')! };
  });

/**
 * Whether a person can see the page's element: a slotted element keeps its last box inside a
 * closed (content-visibility) panel, so where the browser can tell, its flat-tree ancestors count.
 */
const seen = (element: HTMLElement) =>
  isShown(element) && (typeof element.checkVisibility !== 'function' || element.checkVisibility());

/** Whether node `a` comes before node `b` in the flat tree's document order of one shadow root. */
const before = (a: Node, b: Node) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

/** The first sentence of a step's body: text found only in that step (titles are named in others). */
const opening = (index: number) => {
  const block = en.steps[index]!.body[0]!;
  return (typeof block === 'string' ? block : (block.intro ?? block.items[0]!)).split('. ')[0]!;
};

const setHash = (hash: string) => history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);

describe('your own text in a step (slots named after the step ids)', () => {
  afterEach(() => setHash(''));

  it('shows the page’s text inside its step, after the built-in text and links, before the copy-link button', async () => {
    const { el, own } = await guideWithOwnText('open="2"');
    const panel = panels(el)[1]!;
    const slot = own.assignedSlot!;
    expect(slot, 'slotted').to.exist;
    expect(panel.contains(slot), 'in the residency panel').to.be.true;
    expect(before(panel.querySelector('.links')!, slot), 'after the official links').to.be.true;
    expect(before(slot, panel.querySelector('.copy-link')!), 'before "Copy link"').to.be.true;
    expect(seen(own)).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('keeps the page’s markup and styles: its own elements, styled by the page’s CSS', async () => {
    const { el, own } = await guideWithOwnText('open="2"');
    expect(own.querySelector('ul li')!.textContent).to.equal('Interviews in November');
    expect(getComputedStyle(own).color).to.equal('rgb(10, 90, 40)');
    expect(own.querySelector('a')!.getAttribute('href')).to.equal('mailto:gme@example.org');
    expect(el.contains(own), 'not moved or copied into the shadow root').to.be.true;
  });

  it('shows text for "intro" under the introduction, whatever is open', async () => {
    const { el, welcome } = await guideWithOwnText();
    const slot = welcome.assignedSlot!;
    expect(before(shadow(el).querySelector('[part="intro"]')!, slot)).to.be.true;
    expect(before(slot, shadow(el).querySelector('[part="steps"]')!)).to.be.true;
    expect(seen(welcome)).to.be.true;
  });

  it('hides the text with its closed step and shows it when the step opens, by click or "Show all steps"', async () => {
    const { el, own } = await guideWithOwnText();
    expect(seen(own)).to.be.false;
    toggleAll(el)!.click();
    await motionDone(el);
    expect(openStates(el)).to.deep.equal([true, true, true, true]);
    expect(seen(own)).to.be.true;
    toggleAll(el)!.click();
    await motionDone(el);
    expect(seen(own)).to.be.false;
    shadow(el).querySelector<HTMLButtonElement>('#residency-button')!.click();
    await motionDone(el);
    expect(seen(own)).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('is in the closed step for find-in-page: inside its hidden="until-found" panel, which opens on a match', async () => {
    const { el, own } = await guideWithOwnText();
    await settled(el);
    const panel = own.assignedSlot!.closest<HTMLElement>('[role="region"]')!;
    expect(panel.id).to.equal('residency-panel');
    if ('onbeforematch' in HTMLElement.prototype) expect(panel.getAttribute('hidden')).to.equal('until-found');
    panel.dispatchEvent(new Event('beforematch'));
    await el.updateComplete;
    expect(openStates(el)).to.deep.equal([false, true, false, false]);
  });

  it('opens its step when a text-fragment link finds the page’s text, where the browser follows them there', async function () {
    if (!('onbeforematch' in HTMLElement.prototype) || !('fragmentDirective' in document)) this.skip();
    const { el } = await guideWithOwnText();
    await settled(el);
    location.hash = ':~:text=takes%2012%20residents';
    const start = performance.now();
    while (!openStates(el)[1] && performance.now() - start < 1500)
      await new Promise((resolve) => setTimeout(resolve, 50));
    setHash('');
    if (!openStates(el)[1]) this.skip(); // This browser does not search slotted text in closed content.
    expect(openStates(el)).to.deep.equal([false, true, false, false]);
  });

  it('opens its step and scrolls to it when the URL hash names an element of the page’s text', async () => {
    const box = await fixture<HTMLDivElement>(html`<div>
      <div style="height: 2000px"></div>
      <img-pathway><div slot="immigration" id="visa-policy">We sponsor J-1 and H-1B visas.</div></img-pathway>
      <div style="height: 2000px"></div>
    </div>`);
    const el = box.querySelector('img-pathway')!;
    await el.updateComplete;
    location.hash = '#visa-policy';
    await new Promise((resolve) => addEventListener('hashchange', resolve, { once: true }));
    await motionDone(el);
    await nextFrame();
    expect(openStates(el)).to.deep.equal([false, false, false, true]);
    const { top, bottom } = box.querySelector('#visa-policy')!.getBoundingClientRect();
    expect(top, 'in view').to.be.lessThan(innerHeight);
    expect(bottom, 'in view').to.be.greaterThan(0);
    // A step's own id still wins, and a hash naming an element outside the guide opens nothing.
    setHash('#residency');
    dispatchEvent(new HashChangeEvent('hashchange'));
    await el.updateComplete;
    expect(openStates(el)[1]).to.be.true;
  });

  it('ignores a hash naming an element outside the guide or not slotted into a step', async () => {
    const box = await fixture<HTMLDivElement>(html`<div>
      <p id="elsewhere">Elsewhere</p>
      <img-pathway><div slot="end" id="at-the-end">After the guide</div></img-pathway>
    </div>`);
    const el = box.querySelector('img-pathway')!;
    await el.updateComplete;
    for (const hash of ['#elsewhere', '#at-the-end']) {
      setHash(hash);
      dispatchEvent(new HashChangeEvent('hashchange'));
      await el.updateComplete;
      expect(openStates(el), hash).to.deep.equal([false, false, false, false]);
    }
  });

  it('keeps copy link and the checklist working in a step with the page’s text', async () => {
    const { el, own } = await guideWithOwnText('open="2" checklist');
    const panel = panels(el)[1]!;
    expect(panel.querySelector('.copy-link')).to.exist;
    const done = shadow(el).querySelectorAll<HTMLInputElement>('[part="done"] input')[1]!;
    done.click();
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="progress"]')!.textContent).to.contain('1');
    expect(seen(own)).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('prints the page’s text with its step, closed or open', async function () {
    const { el } = await guideWithOwnText();
    await settled(el);
    const text = await executeServerCommand<string | false, undefined>('print-text');
    if (text === false) this.skip(); // Printing to PDF needs the DevTools protocol (Chromium).
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).to.contain('Lakeside Internal Medicine takes 12 residents a year.');
    expect(flat).to.contain(opening(1)).and.contain(opening(2));
    expect(flat.indexOf('takes 12 residents')).to.be.greaterThan(flat.indexOf(opening(1)));
    expect(flat.indexOf('takes 12 residents')).to.be.lessThan(flat.indexOf(opening(2)));
  });

  it('warns once, naming the slot, about text for a step that does not exist, and keeps the guide', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await render(
        html`<img-pathway><p slot="residence">Typo</p><p slot="residence">Again</p><p slot="end">Fine</p></img-pathway>`,
      );
      await settled(el);
      await new Promise((resolve) => setTimeout(resolve, 100));
    });
    const mine = warnings.filter((warning) => warning.includes('slot='));
    expect(mine).to.have.length(1);
    expect(mine[0]).to.match(/^img-pathway: slot="residence" cannot be used; .*residency/);
  });
});

describe('your own text in the plain-HTML fallback (readers without JavaScript)', () => {
  const ownText = {
    intro: ownTextHtml('intro', { text: 'Welcome from our GME office.' }),
    residency: ownTextHtml('residency', {
      text: 'We take <12> residents.\n\nInterviews: November.',
      linkText: 'Our programs',
      href: 'https://example.org/gme?a=1&b=2',
    }),
  };

  it('writes the text escaped, in paragraphs, with a safe link only', () => {
    expect(ownText.residency).to.equal(
      '<div slot="residency"><p>We take &lt;12&gt; residents.</p><p>Interviews: November.</p><p><a href="https://example.org/gme?a=1&amp;b=2">Our programs</a></p></div>',
    );
    expect(ownTextHtml('residency', { text: 'x', linkText: 'Bad', href: 'javascript:alert(1)' })).to.equal(
      '<div slot="residency"><p>x</p></div>',
    );
    expect(ownTextHtml('residency', { text: '  ' })).to.equal('');
  });

  it('is unchanged without own text', () => {
    expect(fallbackHtml(en, enStrings, { ownText: {} })).to.equal(fallbackHtml(en, enStrings));
  });

  it('reads in place, under its step, without JavaScript, and goes into that step once the element runs', async () => {
    const markup = fallbackHtml(en, enStrings, { ownText });
    const noScript = await loadHtml(`<!doctype html><html lang="en"><body>${markup}</body></html>`, {
      scripts: false,
    });
    const text = noScript.contentDocument!.body.innerText.replace(/\s+/g, ' ');
    noScript.remove();
    const at = (needle: string) => text.indexOf(needle);
    expect(at('Welcome from our GME office.')).to.be.greaterThan(at(en.intro));
    expect(at('We take <12> residents.')).to.be.greaterThan(at(opening(1)));
    expect(at('We take <12> residents.')).to.be.lessThan(at(opening(2)));
    expect(at(opening(1)), 'step 2 is there').to.be.greaterThan(0);
    // The list goes on with the next number after the hospital's text.
    expect(markup).to.contain('<ol start="3">');

    const page = await loadHtml(
      `<!doctype html><html lang="en"><head><script src="/dist/img-pathway.js"></script></head><body>${markup}</body></html>`,
    );
    const guide = page.contentDocument!.querySelector('img-pathway')!;
    await until(() => Boolean(guide.shadowRoot?.querySelector('.step-button')), 'the guide');
    const own = guide.querySelector('[slot="residency"]')!;
    await until(() => own.assignedSlot !== null, 'the closed step to be filled in');
    expect(own.assignedSlot?.closest('[role="region"]')?.id).to.equal('residency-panel');
    page.remove();
  });
});
