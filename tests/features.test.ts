import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html, LitElement, render, type TemplateResult } from 'lit';
import { en } from '../src/content/en.js';
import type { PathwayContent, PathwayStrings } from '../src/content/types.js';
import { checked, warnAttribute } from '../src/attribute-warning.js';
import { parseHeadingLevel } from '../src/attributes.js';
import { Checklist } from '../src/features/checklist.js';
import { GuideClicks } from '../src/features/clicks.js';
import { ContentSource } from '../src/features/content-source.js';
import { CopyLink } from '../src/features/copy-link.js';
import { DeepLinks } from '../src/features/deep-links.js';
import { FindInPage } from '../src/features/find-in-page.js';
import { KeepFocus } from '../src/features/keep-focus.js';
import { GuideLanguage } from '../src/features/language.js';
import { OpenSteps } from '../src/features/open-steps.js';
import { OwnText } from '../src/features/own-text.js';
import { PanelFilling } from '../src/features/panel-filling.js';
import { PanelMotion } from '../src/features/panel-motion.js';
import { RememberOpen } from '../src/features/remember.js';
import { whenIdle } from '../src/idle.js';
import { specialize } from '../src/templates/specialize.js';
import { captureWarnings } from './support/helpers.js';

/*
 * Each feature controller on its own, with a bare host element: what it does, without the guide
 * around it. (The guide's own tests check the same behaviors as a reader meets them.)
 */

/** A bare Lit host that records what the features ask of a guide. */
class BareHost extends LitElement {
  static override properties = { checklist: { type: Boolean }, remember: { type: Boolean } };
  checklist = false;
  remember = false;
  single = false;
  open = 'none';
  headingLevel = 2;
  theme = 'light';
  strings: string | Partial<PathwayStrings> | undefined;
  _attributePrefix = '';
  content: PathwayContent = en;
  src: string | undefined;
  toggled: [string, boolean | undefined][] = [];
  toggleStep(step: string, force?: boolean): boolean {
    this.toggled.push([step, force]);
    return true;
  }
}
customElements.define('bare-feature-host', BareHost);

/** A host whose steps are drawn anew when `word` changes: their template's strings change. */
class RedrawnHost extends LitElement {
  static override properties = { word: {} };
  word = 'one';
  constructor() {
    super();
    new KeepFocus(this);
  }
  protected override render(): TemplateResult {
    return specialize(
      html`<ol>
          <li class="step"><button class="step-button" id="a-button">{word}</button><input type="checkbox" /></li>
          <li class="step"><button class="step-button" id="b-button">b</button></li>
        </ol>
        <button class="other">{word}</button>`,
      0,
      { word: this.word },
    );
  }
}
customElements.define('redrawn-feature-host', RedrawnHost);

const ids = en.steps.map((step) => step.id);
const setHash = (hash: string) => history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);

describe('feature controllers on a bare host', () => {
  afterEach(() => {
    setHash('');
    localStorage.clear();
    sessionStorage.clear();
  });

  describe('DeepLinks', () => {
    it('reads the step a hash names, with the guide’s id in front when it has one, and nothing else', async () => {
      const host = await fixture<BareHost>(html`<bare-feature-host id="g2"></bare-feature-host>`);
      const links = new DeepLinks(host, { stepIds: () => ids });
      setHash('#g2-residency');
      expect(links.step()).to.equal('residency');
      setHash('#residency');
      expect(links.step(), 'another guide’s link').to.equal('');
      setHash('#g2-nowhere');
      expect(links.step()).to.equal('');
      setHash('#%E0%A4%A');
      expect(links.step(), 'a malformed escape').to.equal('');
    });

    it('opens the step on hashchange while connected, and stops listening once disconnected', async () => {
      const host = await fixture<BareHost>(html`<bare-feature-host></bare-feature-host>`);
      new DeepLinks(host, { stepIds: () => ids });
      const changed = new Promise((resolve) => addEventListener('hashchange', resolve, { once: true }));
      location.hash = 'immigration';
      await changed;
      expect(host.toggled).to.deep.include(['immigration', true]);
      host.remove();
      host.toggled = [];
      const again = new Promise((resolve) => addEventListener('hashchange', resolve, { once: true }));
      location.hash = 'residency';
      await again;
      expect(host.toggled).to.deep.equal([]);
    });
  });

  describe('Checklist', () => {
    it('reads the saved steps of the content shown, only when on, and keeps only ids the content has', async () => {
      const host = await fixture<BareHost>(html`<bare-feature-host id="c"></bare-feature-host>`);
      localStorage.setItem(`img-pathway:done:c:${en.id}:${en.version}`, JSON.stringify(['residency', 'gone']));
      const checklist = new Checklist(host, { shown: () => en });
      host.requestUpdate();
      await host.updateComplete;
      expect(checklist.has('residency'), 'off: nothing is done').to.be.false;
      host.checklist = true;
      await host.updateComplete;
      expect(checklist.has('residency')).to.be.true;
      expect(checklist.count()).to.equal(1);
    });
  });

  describe('RememberOpen', () => {
    it('gives the steps saved in this tab, once per content, unless the URL names a step', async () => {
      const host = await fixture<BareHost>(html`<bare-feature-host id="r" remember></bare-feature-host>`);
      let shown: PathwayContent = en;
      const remember = new RememberOpen(host, { shown: () => shown });
      sessionStorage.setItem(`img-pathway:open:r:${en.id}:${en.version}`, JSON.stringify(['immigration', 'gone']));
      expect(
        remember.restore(['residency'], () => true),
        'a linked step wins',
      ).to.deep.equal(['residency']);
      shown = { ...en, version: 'next' };
      sessionStorage.setItem(`img-pathway:open:r:${en.id}:next`, JSON.stringify(['immigration', 'gone']));
      expect(remember.restore(['residency'], () => false)).to.deep.equal(['immigration']);
      expect(
        remember.restore(['residency'], () => false),
        'read once per content',
      ).to.deep.equal(['residency']);
      remember.save(new Set());
      expect(sessionStorage.getItem(`img-pathway:open:r:${en.id}:next`), 'every step closed is kept').to.equal('[]');
    });
  });

  describe('CopyLink', () => {
    it('puts the link in the address bar and says so where the clipboard is refused', async () => {
      const host = await fixture<BareHost>(html`<bare-feature-host id="k"></bare-feature-host>`);
      const words = { linkCopied: 'Link copied', copyFailed: 'Could not copy' } as PathwayStrings;
      const copyLink = new CopyLink(host, { words: () => words });
      const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: () => Promise.reject(new Error('denied')) },
      });
      try {
        const button = document.createElement('button');
        button.dataset.step = 'residency';
        button.addEventListener('click', copyLink.onClick);
        button.click();
        await new Promise((resolve) => setTimeout(resolve, 0));
        expect(location.hash).to.equal('#k-residency');
        expect(copyLink.message('residency')).to.equal('Could not copy');
        expect(copyLink.message('immigration')).to.equal('');
        copyLink.clear();
        expect(copyLink.message('residency')).to.equal('');
      } finally {
        delete (navigator as unknown as Record<string, unknown>).clipboard;
        if (clipboard && !('clipboard' in navigator))
          Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
      }
    });
  });

  describe('GuideLanguage', () => {
    it('follows the nearest lang, falls back to English with one warning, and puts the strings attribute last', async () => {
      const box = await fixture<HTMLDivElement>(html`<div lang="fr"><bare-feature-host></bare-feature-host></div>`);
      const host = box.firstElementChild as BareHost;
      const language = new GuideLanguage(host);
      const warnings = await captureWarnings(() => language.read());
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('img-pathway').and.contain('lang="fr"');
      expect(language.builtIn.content).to.equal(en);
      language.overrides = { showAll: 'Tout afficher' };
      const words = language.words(en, { showAll: 'From the content', hideAll: 'Hide them' });
      expect(words.showAll).to.equal('Tout afficher');
      expect(words.hideAll).to.equal('Hide them');
      expect(words.step).to.equal('{number} of {total}');
    });
  });

  describe('OpenSteps', () => {
    /** A host, its open steps, each change they report, and every toggle event, in order. */
    async function setUp(single = false) {
      const host = await fixture<BareHost>(html`<bare-feature-host></bare-feature-host>`);
      host.single = single;
      const changes: string[][] = [];
      const events: string[] = [];
      host.addEventListener('img-pathway-toggle', ({ detail }) =>
        events.push(`${detail.index}:${detail.id}:${detail.open}`),
      );
      host.addEventListener('img-pathway-toggle-all', ({ detail }) => events.push(`all:${detail.open}`));
      const open = new OpenSteps(host, { stepIds: () => ids }, (next) => changes.push([...next]));
      return { open, changes, events };
    }

    it('opens and closes a step by id or number, with one event per step that changed', async () => {
      const { open, changes, events } = await setUp();
      expect(open.toggle('residency')).to.be.true;
      expect(open.toggle(4, true)).to.be.true;
      expect(open.toggle(4, true), 'already open').to.be.true;
      expect(open.toggle(2)).to.be.true;
      expect([...open.ids]).to.deep.equal(['immigration']);
      expect(events).to.deep.equal(['1:residency:true', '3:immigration:true', '1:residency:false']);
      expect(changes).to.have.length(4);
    });

    it('answers false, and changes nothing, for a step that does not exist', async () => {
      const { open, changes, events } = await setUp();
      for (const step of ['nowhere', 0, 5, 1.5, '']) expect(open.toggle(step), String(step)).to.be.false;
      expect(open.ids.size).to.equal(0);
      expect(changes).to.have.length(0);
      expect(events).to.have.length(0);
    });

    it('in single mode, opening a step closes the other, and "all" is the first step', async () => {
      const { open, events } = await setUp(true);
      open.toggle('residency');
      open.toggle('immigration');
      expect([...open.ids]).to.deep.equal(['immigration']);
      open.openAll();
      expect([...open.ids]).to.deep.equal(['ecfmg-certification']);
      expect(events.slice(-2)).to.deep.equal(['0:ecfmg-certification:true', '3:immigration:false']);
    });

    it('shows all, then hides all, with a toggle-all event after the steps’ own', async () => {
      const { open, events } = await setUp();
      open.toggle(1);
      open.toggleAll();
      expect(open.allOpen).to.be.true;
      expect(events.slice(1)).to.deep.equal([
        '1:residency:true',
        '2:state-licensure:true',
        '3:immigration:true',
        'all:true',
      ]);
      open.toggleAll();
      expect(open.ids.size).to.equal(0);
      expect(events.at(-1)).to.equal('all:false');
    });

    it('replaces its set on each change, and takes the steps set up at first without events', async () => {
      const { open, changes, events } = await setUp();
      open.reset(['residency']);
      const before = open.ids;
      expect(changes.length + events.length, 'set-up is not a change').to.equal(0);
      open.toggle(1, true);
      expect([...before], 'the old set is left as it was').to.deep.equal(['residency']);
      expect([...open.ids]).to.deep.equal(['residency', 'ecfmg-certification']);
    });

    it('reads the steps the open attribute names, warning once for what it cannot use', async () => {
      const { open } = await setUp();
      const host = open['_host'] as BareHost;
      host.open = '2, immigration';
      expect(open.named()).to.deep.equal(['residency', 'immigration']);
      host.content = { ...en };
      host.open = '2, nowhere';
      const warnings = await captureWarnings(() => expect(open.named()).to.deep.equal(['residency']));
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('open="2, nowhere"').and.contain('nowhere');
    });

    it('in single mode, keeps the first step the open attribute names, and says so', async () => {
      const { open } = await setUp(true);
      (open['_host'] as BareHost).open = 'all';
      const warnings = await captureWarnings(() => expect(open.named()).to.deep.equal(['ecfmg-certification']));
      expect(warnings).to.deep.equal([
        'img-pathway: open="all" cannot be used; "single" opens one step at a time; opening only "ecfmg-certification".',
      ]);
    });
  });

  describe('warnAttribute', () => {
    it('quotes the value as the page wrote it, under the name the page used', async () => {
      const host = await fixture<BareHost>(html`<bare-feature-host heading-level="abc"></bare-feature-host>`);
      host.headingLevel = Number.NaN;
      let warnings = await captureWarnings(() =>
        expect(checked(host, 'heading-level', parseHeadingLevel(host.headingLevel))).to.equal(2),
      );
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/^img-pathway: heading-level="abc" cannot be used; /);
      host._attributePrefix = 'data-';
      host.strings = { showAll: 7 } as unknown as Partial<PathwayStrings>;
      warnings = await captureWarnings(() => warnAttribute(host, 'strings', 'using the built-in words'));
      expect(warnings).to.deep.equal([
        'img-pathway: data-strings="{\\"showAll\\":7}" cannot be used; using the built-in words.',
      ]);
      expect(await captureWarnings(() => checked(host, 'open', [[1]])), 'no problem, no warning').to.have.length(0);
    });
  });

  describe('GuideClicks', () => {
    it('toggles the step whose button or summary was clicked, and reports a followed link with its step', async () => {
      const host = await fixture<BareHost>(html`<bare-feature-host></bare-feature-host>`);
      let toggledAll = 0;
      new GuideClicks(host, { stepIds: () => ids }, () => (toggledAll += 1));
      const root = host.renderRoot;
      const part = (tag: string, attributes: Record<string, string>, parent: ParentNode = root) => {
        const element = document.createElement(tag);
        for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
        parent.append(element);
        return element;
      };
      part('button', { part: 'button', id: 'residency-button' }).click();
      part('p', { part: 'summary', id: 'immigration-summary' }).click();
      part('button', { part: 'toggle-all' }).click();
      expect(host.toggled).to.deep.equal([
        ['residency', undefined],
        ['immigration', undefined],
      ]);
      expect(toggledAll).to.equal(1);
      part('div', { role: 'region' });
      const link = part('a', { href: 'https://www.ecfmg.org/' }, part('div', { role: 'region' }));
      link.addEventListener('click', (event) => event.preventDefault());
      const followed: unknown[] = [];
      host.addEventListener('img-pathway-link', ({ detail }) => followed.push(detail));
      link.click();
      expect(followed).to.deep.equal([{ href: 'https://www.ecfmg.org/', id: 'residency', index: 1 }]);
    });
  });

  describe('FindInPage', () => {
    it('opens the step whose panel the browser is about to reveal, whether or not the event bubbles, once per panel', async () => {
      const host = await fixture<BareHost>(html`<bare-feature-host></bare-feature-host>`);
      new FindInPage(host);
      host.remove();
      document.body.append(host); // connected again: still one listener
      const panel = (id: string) => {
        const element = document.createElement('div');
        element.setAttribute('role', 'region');
        element.id = `${id}-panel`;
        host.renderRoot.append(element);
        return element;
      };
      panel('residency').dispatchEvent(new Event('beforematch'));
      panel('immigration').dispatchEvent(new Event('beforematch', { bubbles: true }));
      host.renderRoot.append(Object.assign(document.createElement('p'), { id: 'intro-panel' }));
      host.renderRoot.lastElementChild!.dispatchEvent(new Event('beforematch'));
      expect(host.toggled, 'not for what is not a panel').to.deep.equal([
        ['residency', true],
        ['immigration', true],
      ]);
      host.remove();
    });
  });

  describe('KeepFocus', () => {
    const redraw = async (host: RedrawnHost, focus: string) => {
      const before = host.shadowRoot!.querySelector<HTMLElement>(focus)!;
      before.focus();
      host.word = `${host.word}+`;
      await host.updateComplete;
      expect(host.shadowRoot!.querySelector(focus), 'drawn anew').not.to.equal(before);
      return host.shadowRoot!.activeElement;
    };

    it('gives the focus back to the control with the same id, or to its step’s button', async () => {
      const host = await fixture<RedrawnHost>(html`<redrawn-feature-host></redrawn-feature-host>`);
      expect((await redraw(host, '#b-button'))?.id).to.equal('b-button');
      expect((await redraw(host, 'input'))?.id, 'a checkbox has no id: its step').to.equal('a-button');
      expect(await redraw(host, '.other'), 'outside the steps, with no id: nothing to go back to').to.be.null;
    });
  });

  describe('specialize', () => {
    const draw = (result: TemplateResult) => {
      const box = document.createElement('div');
      render(result, box);
      return box;
    };
    const step = (id: string, level: number, title: string) =>
      specialize(html`<h2 id="{id}-title" data-for="{id}">${title}</h2>`, level, { id });

    it('writes the heading level and the id into the template, and binds the rest', () => {
      const box = draw(step('residency', 4, 'Residency'));
      const heading = box.querySelector('h4')!;
      expect(heading.id).to.equal('residency-title');
      expect(heading.dataset.for).to.equal('residency');
      expect(heading.textContent).to.equal('Residency');
      expect(box.querySelector('h2')).to.be.null;
    });

    it('makes each version once, so Lit prepares it once, and a new one per level and id', () => {
      expect(step('residency', 3, 'a').strings).to.equal(step('residency', 3, 'b').strings);
      expect(step('residency', 3, 'a').strings).not.to.equal(step('residency', 5, 'a').strings);
      expect(step('residency', 3, 'a').strings).not.to.equal(step('immigration', 3, 'a').strings);
    });

    it('escapes what it writes, so an id can never become markup', () => {
      const box = draw(step('x" onclick="alert(1)"><img src=x>&', 3, 't'));
      const heading = box.querySelector('h3')!;
      expect(heading.id).to.equal('x" onclick="alert(1)"><img src=x>&-title');
      expect(heading.hasAttribute('onclick')).to.be.false;
      expect(box.querySelector('img')).to.be.null;
      expect(draw(step('$&$1', 3, 't')).querySelector('h3')!.id, 'no replacement patterns').to.equal('$&$1-title');
    });

    const note = (values: Record<string, string | false>, bound = 'bound') =>
      specialize(
        html`<p class="note" hidden="{hidden}" title="{title}" data-x=${bound}>{text} and {other}</p>`,
        0,
        values,
      );

    it('writes text as text, and leaves out an attribute whose value is false', () => {
      const text = 'a & b < c > d "e" {other} $& \r\n end';
      const p = draw(note({ hidden: false, title: '', text, other: 'x' })).querySelector('p')!;
      expect(p.textContent, 'the same characters, a carriage return included').to.equal(`${text} and x`);
      expect(p.hasAttribute('hidden')).to.be.false;
      expect(p.getAttribute('title'), 'empty, not left out').to.equal('');
      expect(p.dataset.x, 'the bindings still bound').to.equal('bound');
      expect(draw(note({ hidden: '', title: 'T', text: 't', other: 'o' })).querySelector('p')!.hidden).to.be.true;
    });

    it('binds what the HTML parser would change (a NUL character) instead of writing it', () => {
      const text = 'null \0 here';
      const result = note({ hidden: false, title: `t\0t`, text, other: 'o' }, 'still bound');
      const p = draw(result).querySelector('p')!;
      expect(p.textContent).to.equal(`${text} and o`);
      expect(p.title).to.equal('t\0t');
      expect(p.dataset.x).to.equal('still bound');
      expect(result.values).to.deep.equal(['t\0t', 'still bound', text]);
    });

    it('keeps a bounded number of versions per template, the newest', () => {
      const first = step('first', 3, 't').strings;
      for (let i = 0; i < 40; i++) step(`id${i}`, 3, 't');
      expect(step('first', 3, 't').strings, 'made again once dropped').not.to.equal(first);
      expect(step('id39', 3, 't').strings).to.equal(step('id39', 3, 'u').strings);
    });
  });

  describe('ContentSource', () => {
    const builtIn: PathwayContent = { ...en, heading: 'The built-in guide' };
    const custom: PathwayContent = { ...en, heading: 'Our guide', strings: { showAll: 'Open all' } };
    const source = (host: BareHost) => new ContentSource(host, { builtIn: () => builtIn }, () => undefined);

    it('shows content that passes the check, else the built-in guide it is given, with one warning', async () => {
      const content = source(await fixture<BareHost>(html`<bare-feature-host></bare-feature-host>`));
      expect(await captureWarnings(() => content.use(custom))).to.deep.equal([]);
      expect(content.shown).to.equal(custom);
      expect(content.strings).to.deep.equal({ showAll: 'Open all' });
      const warnings = await captureWarnings(() => content.use({ ...en, steps: [] }));
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/^img-pathway: content cannot be used \(.*; showing the built-in guide\.$/);
      expect(content.shown).to.equal(builtIn);
      expect(content.strings).to.deep.equal({});
    });

    it('hands the file src names to the content property (last-wins is in sources.test.ts)', async () => {
      const host = await fixture<BareHost>(html`<bare-feature-host></bare-feature-host>`);
      source(host).load('/tests/fixtures/content/second.json');
      await waitUntil(() => host.content !== en, 'the file arrives', { timeout: 10000 });
      expect(host.content.heading).to.equal('A second guide');
    });

    it('reads inline JSON when the guide joins the page before its first update', () => {
      const host = document.createElement('bare-feature-host') as BareHost;
      const json = Object.assign(document.createElement('script'), { type: 'application/json' });
      json.textContent = JSON.stringify(custom);
      host.append(json);
      source(host);
      document.body.append(host);
      try {
        expect(host.content).to.deep.equal(custom);
      } finally {
        host.remove();
      }
    });
  });

  describe('PanelMotion', () => {
    it('animates the panels of the steps that opened or closed since the last drawing, none at the first', async () => {
      const host = await fixture<BareHost>(html`<bare-feature-host></bare-feature-host>`);
      const root = host.renderRoot;
      for (const id of ids) root.append(Object.assign(document.createElement('div'), { id: `${id}-panel` }));
      const panel = (id: string) => root.querySelector(`#${id}-panel`)!;
      const animated = () => ids.filter((id) => panel(id).getAnimations().length > 0);
      let open: ReadonlySet<string> = new Set(['residency']);
      new PanelMotion(host, { stepIds: () => ids, openIds: () => open });
      host.requestUpdate();
      await host.updateComplete;
      expect(animated(), 'steps open at first are simply open').to.deep.equal([]);
      open = new Set(['immigration']);
      host.requestUpdate();
      await host.updateComplete;
      expect(animated()).to.deep.equal(['residency', 'immigration']);
      expect(panel('residency').hasAttribute('data-closing'), 'the closing one is kept drawn').to.be.true;
      expect(panel('immigration').hasAttribute('data-closing')).to.be.false;
    });
  });

  describe('OwnText', () => {
    it('warns once per slot that names no step, when idle, with the content shown by then', async () => {
      const host = await fixture<BareHost>(
        html`<bare-feature-host><p slot="residency">a</p><p slot="visa">b</p><p slot="end">c</p></bare-feature-host>`,
      );
      const withVisa: PathwayContent = { ...en, steps: [...en.steps, { ...en.steps[0]!, id: 'visa' }] };
      let shown: PathwayContent = en;
      new OwnText(host, { shown: () => shown, stepIds: () => shown.steps.map((step) => step.id) });
      const draw = async (content: PathwayContent) => {
        shown = content;
        host.requestUpdate();
        await host.updateComplete;
      };
      const idle = () => new Promise<void>((resolve) => whenIdle(resolve));
      let warnings = await captureWarnings(async () => {
        await draw(en);
        await draw(withVisa); // before the browser was idle: only this content is checked
        await idle();
      });
      expect(warnings, 'a step of the content shown by then').to.deep.equal([]);
      warnings = await captureWarnings(async () => {
        await draw(en);
        await idle();
        await draw({ ...en });
        await idle();
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0])
        .to.match(/^img-pathway: slot="visa" /)
        .and.contain('intro, end, ecfmg-certification');
    });
  });

  describe('PanelFilling', () => {
    /** A host that has drawn once with a PanelFilling, and how often it was drawn at once since. */
    async function setUp() {
      const host = await fixture<BareHost>(html`<bare-feature-host></bare-feature-host>`);
      const drawn = { count: 0 };
      const filling = new PanelFilling(host, { openIds: () => new Set() }, () => (drawn.count += 1));
      host.requestUpdate();
      await host.updateComplete;
      return { host, filling, drawn };
    }

    it('is not settled at the first render, then draws the guide at once when the browser is idle', async () => {
      const { host, filling, drawn } = await setUp();
      expect(filling.settled).to.be.false;
      await waitUntilSettled(filling);
      expect(drawn.count).to.equal(1);
      host.requestUpdate();
      await host.updateComplete;
      expect(drawn.count, 'asked once, at the first update after it joined').to.equal(1);
    });

    it('does not draw a guide that left the page before the browser was idle', async () => {
      const { host, filling, drawn } = await setUp();
      host.remove();
      await waitUntilSettled(filling);
      expect(drawn.count).to.equal(0);
    });
  });
});

/** Waits (up to 3 s) for the idle queue to reach a PanelFilling. */
async function waitUntilSettled(filling: PanelFilling): Promise<void> {
  const end = performance.now() + 3000;
  while (!filling.settled && performance.now() < end) await new Promise((resolve) => setTimeout(resolve, 20));
  expect(filling.settled, 'settled once the browser was idle').to.be.true;
}
