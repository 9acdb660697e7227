import { expect } from '@open-wc/testing';
import { captureWarnings, html, openStates, render, shadow, stepButtons, toggleAll } from './support/helpers.js';
import { en } from '../src/content/en.js';
import type { ImgPathway } from '../src/img-pathway.js';

const guideHeading = (el: ImgPathway) => shadow(el).querySelector('.guide-heading');
const stepHeadingTags = (el: ImgPathway) => stepButtons(el).map((button) => button.parentElement!.localName);

/** Renders and returns the element with the warnings its first render logged. */
async function renderWarned(template: ReturnType<typeof html>) {
  let el!: ImgPathway;
  const warnings = await captureWarnings(async () => {
    el = await render(template);
  });
  return { el, warnings };
}

describe('heading', () => {
  it('shows the built-in heading as an h2 by default', async () => {
    const el = await render(html`<img-pathway></img-pathway>`);
    expect(guideHeading(el)!.localName).to.equal('h2');
    expect(guideHeading(el)!.textContent).to.equal(en.heading);
  });

  it('shows the heading attribute as text, never as HTML', async () => {
    const el = await render(html`<img-pathway heading="<em>IMG</em> pathway"></img-pathway>`);
    expect(guideHeading(el)!.textContent).to.equal('<em>IMG</em> pathway');
    expect(guideHeading(el)!.querySelector('em')).to.be.null;
  });

  it('hides the heading when heading="" and gives the steps the heading level itself', async () => {
    const el = await render(html`<img-pathway heading=""></img-pathway>`);
    expect(guideHeading(el)).to.be.null;
    expect(stepHeadingTags(el)).to.deep.equal(['h2', 'h2', 'h2', 'h2']);
  });

  it('follows a heading attribute changed after the first render', async () => {
    const el = await render(html`<img-pathway></img-pathway>`);
    el.setAttribute('heading', 'Your path');
    await el.updateComplete;
    expect(guideHeading(el)!.textContent).to.equal('Your path');
    el.removeAttribute('heading');
    await el.updateComplete;
    expect(guideHeading(el)!.textContent).to.equal(en.heading);
  });
});

describe('heading-level', () => {
  for (const level of [2, 3, 4, 5, 6]) {
    it(`puts the heading at h${level} and the steps one level deeper, at most h6 (heading-level="${level}")`, async () => {
      const el = await render(html`<img-pathway heading-level=${level}></img-pathway>`);
      expect(guideHeading(el)!.localName).to.equal(`h${level}`);
      expect(new Set(stepHeadingTags(el))).to.deep.equal(new Set([`h${Math.min(level + 1, 6)}`]));
    });
  }

  it('uses heading-level for the steps when the heading is hidden', async () => {
    const el = await render(html`<img-pathway heading="" heading-level="5"></img-pathway>`);
    expect(stepHeadingTags(el)).to.deep.equal(['h5', 'h5', 'h5', 'h5']);
  });

  for (const bad of ['1', '7', '9', 'abc', '2.5', '', 'three']) {
    it(`warns once and uses 2 for heading-level="${bad}"`, async () => {
      const { el, warnings } = await renderWarned(html`<img-pathway heading-level=${bad}></img-pathway>`);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('img-pathway').and.contain('heading-level').and.contain(`"${bad}"`);
      expect(guideHeading(el)!.localName).to.equal('h2');
      expect(stepButtons(el)).to.have.length(4);
    });
  }

  it('warns once and uses 2 when the headingLevel property is set to a bad number', async () => {
    const el = await render(html`<img-pathway></img-pathway>`);
    const warnings = await captureWarnings(async () => {
      el.headingLevel = 8;
      await el.updateComplete;
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('heading-level').and.contain('"8"');
    expect(guideHeading(el)!.localName).to.equal('h2');
  });
});

describe('open', () => {
  const cases: [string, boolean[]][] = [
    ['none', [false, false, false, false]],
    ['all', [true, true, true, true]],
    ['ALL', [true, true, true, true]],
    ['1,3', [true, false, true, false]],
    [' 2 , 4 ', [false, true, false, true]],
    ['2 3', [false, true, true, false]],
    ['residency', [false, true, false, false]],
    ['immigration,1', [true, false, false, true]],
  ];
  for (const [value, expected] of cases) {
    it(`opens ${JSON.stringify(expected)} for open="${value}"`, async () => {
      const { el, warnings } = await renderWarned(html`<img-pathway open=${value}></img-pathway>`);
      expect(openStates(el)).to.deep.equal(expected);
      expect(warnings).to.deep.equal([]);
    });
  }

  it('starts with every step closed when open is absent', async () => {
    const el = await render(html`<img-pathway></img-pathway>`);
    expect(openStates(el)).to.deep.equal([false, false, false, false]);
  });

  for (const [bad, expected] of [
    ['5', [false, false, false, false]],
    ['0', [false, false, false, false]],
    ['first', [false, false, false, false]],
    ['1,9', [true, false, false, false]],
    ['-1,2', [false, true, false, false]],
  ] as [string, boolean[]][]) {
    it(`warns once, naming the value, and keeps the usable part of open="${bad}"`, async () => {
      const { el, warnings } = await renderWarned(html`<img-pathway open=${bad}></img-pathway>`);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('img-pathway').and.contain('open=').and.contain(`"${bad}"`);
      expect(openStates(el)).to.deep.equal(expected);
      expect(stepButtons(el)).to.have.length(4);
    });
  }

  it('re-applies open when the attribute changes later', async () => {
    const el = await render(html`<img-pathway open="1"></img-pathway>`);
    el.setAttribute('open', '2,3');
    await el.updateComplete;
    expect(openStates(el)).to.deep.equal([false, true, true, false]);
  });
});

describe('single', () => {
  it('closes the open step when another one opens', async () => {
    const el = await render(html`<img-pathway single open="1"></img-pathway>`);
    stepButtons(el)[2]!.click();
    await el.updateComplete;
    expect(openStates(el)).to.deep.equal([false, false, true, false]);
  });

  it('still lets the open step close, leaving none open', async () => {
    const el = await render(html`<img-pathway single open="2"></img-pathway>`);
    stepButtons(el)[1]!.click();
    await el.updateComplete;
    expect(openStates(el)).to.deep.equal([false, false, false, false]);
  });

  it('has no show-all button', async () => {
    const el = await render(html`<img-pathway single></img-pathway>`);
    expect(toggleAll(el)).to.be.null;
  });

  it('opens only the first listed step, with a warning, when open lists several', async () => {
    const { el, warnings } = await renderWarned(html`<img-pathway single open="3,1"></img-pathway>`);
    expect(openStates(el)).to.deep.equal([true, false, false, false]);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('img-pathway').and.contain('open=').and.contain('single');
  });

  it('reflects the property to the attribute', async () => {
    const el = await render(html`<img-pathway></img-pathway>`);
    el.single = true;
    await el.updateComplete;
    expect(el.hasAttribute('single')).to.be.true;
  });
});

describe('show all / hide all', () => {
  it('opens every step, then closes every step, with its label and aria-expanded following', async () => {
    const el = await render(html`<img-pathway></img-pathway>`);
    const button = toggleAll(el)!;
    expect(button.textContent.trim()).to.equal('Show all steps');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.click();
    await el.updateComplete;
    expect(openStates(el)).to.deep.equal([true, true, true, true]);
    expect(button.textContent.trim()).to.equal('Hide all steps');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    button.click();
    await el.updateComplete;
    expect(openStates(el)).to.deep.equal([false, false, false, false]);
    expect(button.textContent.trim()).to.equal('Show all steps');
  });

  it('says "Hide all steps" once the reader has opened every step one by one', async () => {
    const el = await render(html`<img-pathway open="1,2,3"></img-pathway>`);
    expect(toggleAll(el)!.textContent.trim()).to.equal('Show all steps');
    stepButtons(el)[3]!.click();
    await el.updateComplete;
    expect(toggleAll(el)!.textContent.trim()).to.equal('Hide all steps');
  });

  it('opens the remaining steps when some are already open', async () => {
    const el = await render(html`<img-pathway open="2"></img-pathway>`);
    toggleAll(el)!.click();
    await el.updateComplete;
    expect(openStates(el)).to.deep.equal([true, true, true, true]);
  });

  it('controls every panel', async () => {
    const el = await render(html`<img-pathway></img-pathway>`);
    const ids = toggleAll(el)!.getAttribute('aria-controls')!.split(' ');
    expect(ids).to.have.length(4);
    for (const id of ids) expect(shadow(el).getElementById(id)?.getAttribute('role')).to.equal('region');
  });
});

describe('bad attributes together', () => {
  it('still renders the whole guide, with one warning per bad attribute', async () => {
    const { el, warnings } = await renderWarned(html`<img-pathway heading-level="x" open="z"></img-pathway>`);
    expect(stepButtons(el)).to.have.length(4);
    expect(guideHeading(el)!.textContent).to.equal(en.heading);
    expect(warnings).to.have.length(2);
  });
});

describe('the documented attributes', () => {
  it('are the ones the element observes, each on the property Lit maps it to (custom-elements.json)', async () => {
    const manifest = (await (await fetch('/custom-elements.json')).json()) as {
      modules: { declarations?: { tagName?: string; attributes?: { name: string; fieldName?: string }[] }[] }[];
    };
    const element = manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .find((d) => d.tagName === 'img-pathway');
    const documented = (element?.attributes ?? []).map(({ name, fieldName }) => `${name}:${fieldName ?? ''}`);
    const ImgPathwayClass = customElements.get('img-pathway') as unknown as {
      observedAttributes: string[];
      elementProperties: Map<string, { attribute?: boolean | string }>;
    };
    const fieldOf = new Map(
      [...ImgPathwayClass.elementProperties]
        .filter(([, options]) => options.attribute !== false)
        .map(([field, options]) => [
          typeof options.attribute === 'string' ? options.attribute : field.toLowerCase(),
          field,
        ]),
    );
    const observed = ImgPathwayClass.observedAttributes.map((name) => `${name}:${fieldOf.get(name) ?? ''}`);
    expect([...documented].sort()).to.deep.equal([...observed].sort());
  });
});
