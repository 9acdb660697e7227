import { expect } from '@open-wc/testing';
import { en } from '../src/content/en.js';
import { es } from '../src/content/es.js';
import type { PathwayContent } from '../src/content/types.js';
import { validateContent } from '../src/content/validate.js';
import { until } from './support/frame.js';
import { captureWarnings, html, isShown, panels, render, shadow, stepButtons, stepIds } from './support/helpers.js';

const custom = (): PathwayContent => ({
  id: 'test',
  version: '1',
  lang: 'en',
  heading: 'Our <b>GME</b> office',
  steps: [
    {
      id: 'apply',
      title: '<img src=x onerror="window.__injected=1">Apply',
      summary: 'Send <script>window.__injected=1</script> your file.',
      body: ['Plain <i>text</i>.', { intro: 'Bring:', items: ['A passport', 'A CV'] }],
      links: [
        { text: 'Our office', href: 'https://example.org/gme' },
        { text: 'Bad link', href: 'javascript:window.__injected=1' },
        { text: 'Call us', href: 'tel:+15555550100' },
      ],
    },
    { id: 'start', title: 'Start', summary: 'Begin.', body: [], links: [] },
  ],
  lastReviewed: '2026-01',
  intro: 'Two steps.',
  note: 'Ask us.',
});

describe('built-in content', () => {
  it('has four steps, in order, with their stable ids', async () => {
    const el = await render(html`<img-pathway></img-pathway>`);
    expect(stepIds(el)).to.deep.equal(['ecfmg-certification', 'residency', 'state-licensure', 'immigration']);
    expect(shadow(el).querySelectorAll('ol.steps > li')).to.have.length(4);
  });

  it('passes its own validation', () => {
    expect(validateContent(en)).to.deep.equal([]);
  });

  it('agrees with the published example of custom content (demo/custom-content.json)', async () => {
    const example: unknown = await (await fetch('/demo/custom-content.json')).json();
    expect(validateContent(example)).to.deep.equal([]);
  });

  it('models in its example (demo/custom-content.json), which hospitals copy, the note that rules change and that it is not legal advice, and does not put certification before applying', async () => {
    const example = (await (await fetch('/demo/custom-content.json')).json()) as PathwayContent;
    expect(example.note).to.contain('Rules change').and.contain('not legal or immigration advice');
    expect(JSON.stringify(example)).not.to.match(/after (your )?ECFMG certification/i);
  });

  it('gives every step a title, a summary, a body and at least one official https link named after its target', async () => {
    const el = await render(html`<img-pathway open="all"></img-pathway>`);
    panels(el).forEach((panel, i) => {
      const step = en.steps[i]!;
      expect(step.title.length, step.id).to.be.greaterThan(5);
      expect(step.summary.length, step.id).to.be.greaterThan(10);
      expect(panel.querySelectorAll('p, li').length, step.id).to.be.greaterThan(2);
      const links = [...panel.querySelectorAll('a')];
      expect(links.length, step.id).to.be.greaterThan(0);
      for (const link of links) {
        expect(new URL(link.href).protocol, link.href).to.equal('https:');
        expect(link.textContent.trim().toLowerCase()).not.to.match(/click here|^here$|read more|^link$/);
      }
    });
  });

  it('links to the official bodies named in the fact sheet', () => {
    const hosts = new Set(
      en.steps.flatMap((step) => step.links.map((link) => new URL(link.href).hostname.replace(/^www\./, ''))),
    );
    for (const host of [
      'ecfmg.org',
      'wdoms.org',
      'nrmp.org',
      'students-residents.aamc.org',
      'fsmb.org',
      'ama-assn.org',
      'j1visa.state.gov',
      'travel.state.gov',
      'uscis.gov',
    ]) {
      expect(hosts.has(host), host).to.be.true;
    }
  });

  it('refers to its own steps by their titles, never as "step 3" or "paso 3", which read like USMLE Step 3', () => {
    for (const content of [en, es]) {
      const texts = content.steps.flatMap((step) => [
        step.summary,
        ...step.body.flatMap((block) => (typeof block === 'string' ? [block] : [block.intro ?? '', ...block.items])),
      ]);
      const titles = content.steps.map((step) => step.title);
      const references = texts.flatMap((text) =>
        [...text.matchAll(/\((?:see|vea) [“«]([^”»]+)[”»]\)/g)].map((m) => m[1]),
      );
      expect(references, content.lang).to.have.length.greaterThan(0);
      for (const title of references) expect(titles, content.lang).to.include(title);
      for (const text of texts) {
        expect(text, content.lang).not.to.match(/\b(step|[Pp]aso)s? \d/);
        // Every "Step N" left is the name of a USMLE exam.
        for (const [name] of text.matchAll(/\bStep \d( CK)?/g))
          expect(['Step 1', 'Step 2 CK', 'Step 3'], text).to.include(name);
      }
    }
  });

  it('shows a visible "Last reviewed: <Month YYYY>" line with a machine-readable date', async () => {
    const el = await render(html`<img-pathway></img-pathway>`);
    const reviewed = shadow(el).querySelector('.reviewed')!;
    expect(isShown(reviewed)).to.be.true;
    expect(reviewed.textContent.replace(/\s+/g, ' ').trim()).to.match(
      /^Last reviewed: (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$/,
    );
    expect(reviewed.querySelector('time')!.getAttribute('datetime')).to.equal(en.lastReviewed);
  });

  it('writes the review month in the language of custom content', async () => {
    const content: PathwayContent = { ...custom(), lang: 'es', lastReviewed: '2026-03' };
    let el!: Awaited<ReturnType<typeof render>>;
    // One warning: the custom content's javascript: link.
    await captureWarnings(async () => {
      el = await render(html`<img-pathway .content=${content}></img-pathway>`);
    });
    // Spanish words load on first use.
    await until(() => /marzo de 2026/.test(shadow(el).querySelector('time')!.textContent), 'the Spanish month');
    expect(shadow(el).querySelector('[part="toggle-all"]')!.textContent.trim()).to.equal('Mostrar todos los pasos');
  });

  it('shows the note that rules change and that this is not legal or immigration advice', async () => {
    const el = await render(html`<img-pathway></img-pathway>`);
    const note = shadow(el).querySelector('.note')!;
    expect(isShown(note)).to.be.true;
    expect(note.textContent).to.contain('Rules change').and.contain('not legal or immigration advice');
  });

  it('shows the heading and the one-sentence intro', async () => {
    const el = await render(html`<img-pathway></img-pathway>`);
    expect(shadow(el).querySelector('.intro')!.textContent).to.equal(en.intro);
    expect(en.intro.split(/\.\s/)).to.have.length(1);
  });
});

describe('custom content (content property)', () => {
  afterEach(() => delete (window as { __injected?: number }).__injected);

  it('leaves out an intro, a summary, a date or a note that the content does not have, with no gap', async () => {
    const bare: PathwayContent = {
      id: 'bare',
      version: '1',
      heading: 'Our steps',
      steps: [
        { id: 'apply', title: 'Apply', body: ['Send your file.'] },
        { id: 'start', title: 'Start', summary: 'Begin.' },
      ],
    };
    const el = await render(html`<img-pathway .content=${bare}></img-pathway>`);
    const root = shadow(el);
    const [apply, start] = stepButtons(el);
    for (const part of ['intro', 'footer']) expect(isShown(root.querySelector(`[part="${part}"]`)!), part).to.be.false;
    expect(isShown(root.querySelector('#apply-summary')!), 'no summary for step 1').to.be.false;
    expect(apply!.hasAttribute('aria-describedby'), 'nothing to describe step 1').to.be.false;
    expect(start!.getAttribute('aria-describedby')).to.equal('start-summary');
    expect(root.querySelector('#start-summary')!.textContent).to.equal('Begin.');
    // Under the last step, only the guide's own padding: no empty footer or lines.
    const guide = root.querySelector('[part="guide"]')!;
    const below = guide.getBoundingClientRect().bottom - root.querySelector('ol')!.getBoundingClientRect().bottom;
    expect(below).to.be.closeTo(parseFloat(getComputedStyle(guide).paddingBottom), 0.5);
    await expect(el).to.be.accessible();

    // A date and no note: the date is the footer's last line, with no space left under it.
    el.content = { ...bare, lastReviewed: '2026-01' };
    await el.updateComplete;
    const footer = root.querySelector('[part="footer"]')!;
    const reviewed = root.querySelector('.reviewed')!;
    expect(isShown(reviewed)).to.be.true;
    expect(isShown(root.querySelector('.note')!)).to.be.false;
    expect(footer.getBoundingClientRect().bottom).to.be.closeTo(reviewed.getBoundingClientRect().bottom, 0.5);
  });

  it('renders every string as text: markup stays literal and never runs', async () => {
    const el = await render(html`<img-pathway open="all" .content=${custom()}></img-pathway>`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(shadow(el).querySelector('.guide-heading')!.textContent).to.equal('Our <b>GME</b> office');
    expect(shadow(el).querySelector('b, img, script, i')).to.be.null;
    expect(stepButtons(el)[0]!.textContent).to.contain('<img src=x onerror="window.__injected=1">Apply');
    expect((window as { __injected?: number }).__injected).to.be.undefined;
  });

  it('renders only https, http, mailto and tel links, showing other schemes as plain text with a warning', async () => {
    let el!: Awaited<ReturnType<typeof render>>;
    const warnings = await captureWarnings(async () => {
      el = await render(html`<img-pathway open="1" .content=${custom()}></img-pathway>`);
    });
    const links = [...panels(el)[0]!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['https://example.org/gme', 'tel:+15555550100']);
    expect(panels(el)[0]!.textContent).to.contain('Bad link');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('img-pathway').and.contain('javascript:');
  });

  it('keeps the built-in guide and says what is wrong, and where, for unusable content', async () => {
    const broken = {
      ...custom(),
      steps: [{ id: 'a', title: 'A' }, { id: 'b' }],
    };
    let el!: Awaited<ReturnType<typeof render>>;
    const warnings = await captureWarnings(async () => {
      el = await render(html`<img-pathway .content=${broken}></img-pathway>`);
    });
    expect(stepButtons(el)).to.have.length(4);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('img-pathway').and.contain('steps[1].title missing');
  });

  for (const [label, bad] of [
    ['null', null],
    ['a string', 'steps'],
    ['no steps', { heading: 'x', steps: [] }],
    [
      'duplicate ids',
      {
        heading: 'x',
        steps: [
          { id: 'a', title: 'A' },
          { id: 'a', title: 'B' },
        ],
      },
    ],
    ['a bad id', { heading: 'x', steps: [{ id: '1 two', title: 'A' }] }],
    ['a bad body', { heading: 'x', steps: [{ id: 'a', title: 'A', body: [42] }] }],
  ] as [string, unknown][]) {
    it(`falls back to the built-in guide for content with ${label}`, async () => {
      let el!: Awaited<ReturnType<typeof render>>;
      const warnings = await captureWarnings(async () => {
        el = await render(html`<img-pathway .content=${bad}></img-pathway>`);
      });
      expect(stepButtons(el)).to.have.length(4);
      expect(warnings).to.have.length(1);
    });
  }
});

describe('the end slot', () => {
  it("shows the host's own content after the guide, and no other child of the element", async () => {
    const el = await render(html`<img-pathway
      ><p>Plain-HTML copy of the guide, for readers without JavaScript</p>
      <p slot="end" id="contact">Contact our GME office: <a href="mailto:gme@example.org">gme@example.org</a></p></img-pathway
    >`);
    const contact = el.querySelector('#contact')!;
    expect(isShown(contact)).to.be.true;
    expect(contact.getBoundingClientRect().top).to.be.greaterThan(
      shadow(el).querySelector('.footer')!.getBoundingClientRect().top,
    );
    expect(isShown(el.querySelector('p:not([slot])')!)).to.be.false;
    await expect(el).to.be.accessible();
  });
});
