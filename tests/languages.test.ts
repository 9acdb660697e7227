import { expect } from '@open-wc/testing';
import { en, enStrings } from '../src/content/en.js';
import { es, esStrings } from '../src/content/es.js';
import { STRING_KEYS } from '../src/content/strings.js';
import type { CompleteContent, PathwayContent } from '../src/content/types.js';
import { validateContent } from '../src/content/validate.js';
import type { ImgPathway } from '../src/img-pathway.js';
import { framedButtons, loadPage, until, type LoadedPage } from './support/frame.js';
import {
  captureWarnings,
  html,
  motionDone,
  render,
  shadow,
  spokenText,
  stepButtons,
  toggleAll,
} from './support/helpers.js';

const headingOf = (el: ImgPathway) => shadow(el).querySelector('[part="guide-heading"]')?.textContent ?? '';
const reviewOf = (el: ImgPathway) => shadow(el).querySelector('time')!.textContent;
const isSpanish = (el: ImgPathway) => headingOf(el) === es.heading;

const custom = (extra: Partial<PathwayContent> = {}): PathwayContent => ({
  heading: 'Nos étapes',
  lastReviewed: '2026-03',
  steps: [
    { id: 'one', title: 'Première étape' },
    { id: 'two', title: 'Deuxième étape' },
  ],
  ...extra,
});

describe('languages: the built-in Spanish guide', () => {
  it('is complete, valid, and has the same steps and official links as the English one', () => {
    expect(validateContent(es)).to.deep.equal([]);
    expect(es.lang).to.equal('es');
    expect(es.steps.map((step) => step.id)).to.deep.equal(en.steps.map((step) => step.id));
    expect(es.steps.map((step) => step.links.map((link) => link.href))).to.deep.equal(
      en.steps.map((step) => step.links.map((link) => link.href)),
    );
    expect(Object.keys(esStrings).sort()).to.deep.equal([...STRING_KEYS].sort());
    expect(Object.keys(enStrings).sort()).to.deep.equal([...STRING_KEYS].sort());
    expect(esStrings.months).to.have.length(12);
    expect(esStrings.progress).to.contain('{done}').and.contain('{total}');
    expect(esStrings.step).to.contain('{number}').and.contain('{total}');
  });

  it('says the same things as the English one: per step, the same blocks in order (paragraphs, lists and their items), the same figures in each, and the same links', () => {
    /** A step's shape: its blocks as "p" or the item count of a list, with the numbers each holds. */
    const figures = (text: string) => (text.match(/\d+/g) ?? []).sort().join(',');
    const shape = (content: CompleteContent) =>
      content.steps.map((step) => ({
        id: step.id,
        title: figures(step.title),
        summary: figures(step.summary),
        blocks: step.body.map((block) =>
          typeof block === 'string'
            ? `p [${figures(block)}]`
            : `list${block.intro ? ' with a lead-in' : ''} of ${block.items.length} [${block.items.map(figures).join(' | ')}]`,
        ),
        links: step.links.map((link) => link.href),
      }));
    expect(shape(es)).to.deep.equal(shape(en));
  });

  it('uses one term for each idea where a word could mislead: "licencia para ejercer la medicina", never "licencia médica" (sick leave in much of Latin America)', () => {
    const text = JSON.stringify(es);
    expect(text).not.to.match(/licencia médica/i);
    expect(text).to.contain('licencia para ejercer la medicina');
  });

  it('is used when an ancestor says lang="es": text, controls, spoken step numbers and the date', async () => {
    const warnings = await captureWarnings(async () => {
      const wrapper = document.createElement('div');
      wrapper.lang = 'es';
      document.body.append(wrapper);
      try {
        const el = document.createElement('img-pathway');
        wrapper.append(el);
        await until(() => el.shadowRoot !== null && isSpanish(el), 'the Spanish guide');
        await el.updateComplete;
        expect(toggleAll(el)!.textContent.trim()).to.equal('Mostrar todos los pasos');
        expect(spokenText(stepButtons(el)[0]!)).to.match(/^1 de 4: /);
        expect(reviewOf(el)).to.equal('noviembre de 2026');
        expect(shadow(el).querySelector('.guide')!.getAttribute('lang')).to.equal('es');
        el.openStep('residency');
        await el.updateComplete;
        expect(shadow(el).getElementById('residency-panel')!.textContent).to.contain(esStrings.officialLinks);
        expect(shadow(el).querySelector('[part="copy-link"]')!.textContent.trim()).to.equal(esStrings.copyLink);
        await motionDone(el); // axe checks contrast: not while the step fades in
        await expect(el).to.be.accessible();
      } finally {
        wrapper.remove();
      }
    });
    expect(warnings).to.deep.equal([]);
  });

  it('follows the element’s own lang with a region (es-MX), and a later change of it', async () => {
    const el = await render(html`<img-pathway lang="es-MX"></img-pathway>`);
    await until(() => isSpanish(el), 'the Spanish guide');
    el.lang = 'en';
    await el.updateComplete;
    expect(headingOf(el)).to.equal(en.heading);
    expect(toggleAll(el)!.textContent.trim()).to.equal('Show all steps');
  });

  it('keeps the focus on the same step when the language changes (the step is drawn anew)', async () => {
    const el = await render(html`<img-pathway></img-pathway>`);
    const before = stepButtons(el)[1]!;
    before.focus();
    el.lang = 'es';
    await until(() => isSpanish(el), 'the Spanish guide');
    const focused = shadow(el).activeElement;
    expect(focused, 'a new button, in Spanish').not.to.equal(before);
    expect(focused?.id).to.equal('residency-button');
    expect(spokenText(focused!)).to.match(/^2 de 4: /);
  });

  it('keeps the steps that are open when the language changes', async () => {
    const el = await render(html`<img-pathway open="residency"></img-pathway>`);
    el.lang = 'es';
    await until(() => isSpanish(el), 'the Spanish guide');
    expect(stepButtons(el).map((b) => b.getAttribute('aria-expanded'))).to.deep.equal([
      'false',
      'true',
      'false',
      'false',
    ]);
  });
});

describe('languages: others', () => {
  it('falls back to English with one warning naming lang and its value', async () => {
    let el!: ImgPathway;
    const warnings = await captureWarnings(async () => {
      el = await render(html`<img-pathway lang="fr-CA"></img-pathway>`);
    });
    expect(headingOf(el)).to.equal(en.heading);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^img-pathway: lang="fr-CA" cannot be used; only en and es are built in/);
  });

  it('marks the text with the content’s language, or leaves it to the page when the content does not say', async () => {
    const declared = await render(html`<img-pathway .content=${custom({ lang: 'fr' })}></img-pathway>`);
    expect(shadow(declared).querySelector('.guide')!.getAttribute('lang')).to.equal('fr');
    const undeclared = await render(html`<img-pathway .content=${custom()}></img-pathway>`);
    expect(shadow(undeclared).querySelector('.guide')!.hasAttribute('lang')).to.be.false;
    expect(
      shadow(await render(html`<img-pathway></img-pathway>`))
        .querySelector('.guide')!
        .getAttribute('lang'),
    ).to.equal('en');
  });

  it('does not warn when the page gives its own text in that language', async () => {
    const content = custom({ lang: 'fr', strings: { showAll: 'Tout afficher' } });
    let el!: ImgPathway;
    const warnings = await captureWarnings(async () => {
      el = await render(html`<img-pathway lang="fr" .content=${content}></img-pathway>`);
    });
    expect(warnings).to.deep.equal([]);
    expect(headingOf(el)).to.equal('Nos étapes');
    expect(toggleAll(el)!.textContent.trim()).to.equal('Tout afficher');
  });

  it('takes every interface word from the strings attribute, over the built-in ones', async () => {
    const strings = {
      showAll: 'Tout afficher',
      hideAll: 'Tout masquer',
      step: 'Étape',
      lastReviewed: 'Mis à jour :',
      officialLinks: 'Liens officiels',
      months: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' '),
      monthYear: '{month} {year}',
      copyLink: 'Copier le lien de cette étape',
      linkCopied: 'Lien copié',
      copyFailed: 'Copie impossible',
      markDone: 'Étape faite',
      progress: '{done} étapes sur {total}',
      reset: 'Tout décocher',
    };
    const el = await render(
      html`<img-pathway lang="fr" checklist strings=${JSON.stringify(strings)} .content=${custom({ lang: 'fr' })}></img-pathway>`,
    );
    expect(toggleAll(el)!.textContent.trim()).to.equal('Tout afficher');
    expect(spokenText(stepButtons(el)[0]!)).to.match(/^Étape 1: /);
    expect(reviewOf(el)).to.equal('mars 2026');
    expect(shadow(el).querySelector('.reviewed')!.textContent).to.contain('Mis à jour :');
    expect(shadow(el).querySelector('[part="progress"]')!.textContent).to.equal('0 étapes sur 2');
    expect(shadow(el).querySelector('[part="reset"]')!.textContent).to.equal('Tout décocher');
    expect(shadow(el).querySelector('[part="done"]')!.textContent).to.contain('Étape faite');
    el.openAll();
    await el.updateComplete;
    expect(toggleAll(el)!.textContent.trim()).to.equal('Tout masquer');
    expect(shadow(el).querySelector('[part="copy-link"]')!.textContent.trim()).to.equal(
      'Copier le lien de cette étape',
    );
  });

  it('shows month names literally, even ones that look like replacement patterns', async () => {
    const months = Array.from({ length: 12 }, (_, i) => (i === 2 ? "$&$'" : `m${i + 1}`));
    const el = await render(
      html`<img-pathway strings=${JSON.stringify({ months })} .content=${custom()}></img-pathway>`,
    );
    expect(reviewOf(el)).to.equal("$&$' 2026");
  });

  it('takes words from the content, and the strings attribute wins over them', async () => {
    const content = custom({ strings: { showAll: 'Open every step', step: 'Stage' } });
    const el = await render(html`<img-pathway strings='{"showAll": "Expand all"}' .content=${content}></img-pathway>`);
    expect(toggleAll(el)!.textContent.trim()).to.equal('Expand all');
    expect(spokenText(stepButtons(el)[0]!)).to.match(/^Stage 1: /);
  });

  it('says a step number with the pattern given as step, filling in {number} and {total}', async () => {
    const content = custom({ strings: { step: 'Étape {number} sur {total}' } });
    const el = await render(html`<img-pathway .content=${content}></img-pathway>`);
    expect(stepButtons(el).map(spokenText)).to.deep.equal([
      'Étape 1 sur 2: Première étape',
      'Étape 2 sur 2: Deuxième étape',
    ]);
  });

  it('warns once about strings it cannot use, and keeps the usable ones', async () => {
    let el!: ImgPathway;
    const warnings = await captureWarnings(async () => {
      el = await render(
        html`<img-pathway strings='{"showAll": "Expand all", "shoAll": "x", "step": 3}'></img-pathway>`,
      );
    });
    expect(toggleAll(el)!.textContent.trim()).to.equal('Expand all');
    expect(spokenText(stepButtons(el)[0]!)).to.match(/^1 of 4: /);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(
      /^img-pathway: strings=".*shoAll.*" cannot be used; strings\.shoAll is not a known string; strings\.step is not valid/,
    );
  });

  for (const bad of ['{"showAll": ', 'Tout afficher', '[1, 2]']) {
    it(`keeps the built-in words, with one warning, for strings='${bad}'`, async () => {
      let el!: ImgPathway;
      const warnings = await captureWarnings(async () => {
        el = await render(html`<img-pathway strings=${bad}></img-pathway>`);
      });
      expect(toggleAll(el)!.textContent.trim()).to.equal('Show all steps');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain(`img-pathway: strings=${JSON.stringify(bad)} cannot be used`);
    });
  }

  it('drops bad words in content strings with a warning, and still shows the content', async () => {
    let el!: ImgPathway;
    const content = custom({ strings: { showAll: 'Open every step', nope: 'x' } as PathwayContent['strings'] });
    const warnings = await captureWarnings(async () => {
      el = await render(html`<img-pathway .content=${content}></img-pathway>`);
    });
    expect(headingOf(el)).to.equal('Nos étapes');
    expect(toggleAll(el)!.textContent.trim()).to.equal('Open every step');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^img-pathway: content: strings\.nope is not a known string/);
  });
});

describe('languages in the one-tag bundle', () => {
  let page: LoadedPage | undefined;
  afterEach(() => page?.remove());

  it('loads the Spanish guide from its hash-checked file on a Spanish page, and English where the element says so', async () => {
    page = await loadPage('/tests/pages/spanish.html');
    const [spanish, english] = [...page.document.querySelectorAll('img-pathway')];
    await until(() => framedButtons(spanish!).length === 4, 'four step buttons');
    await until(
      () => spanish!.shadowRoot!.querySelector('[part="guide-heading"]')!.textContent === es.heading,
      'the Spanish heading',
    );
    const panel = spanish!.shadowRoot!.getElementById('residency-panel')!;
    await until(() => panel.textContent.includes(es.steps[1]!.body[0] as string), 'the Spanish body of step 2');
    expect(english!.shadowRoot!.querySelector('[part="guide-heading"]')!.textContent).to.equal(en.heading);
    expect(page.window.__errors).to.deep.equal([]);
    expect(page.window.__warnings).to.deep.equal([]);
  });

  it('shows Spanish in the very first frame, with no layout shift, when the page loads the Spanish file first', async function () {
    page = await loadPage('/tests/pages/spanish-preloaded.html');
    const win = page.window as LoadedPage['window'] & {
      __firstFrame?: { heading: string; openPanels: string[] };
      __cls: number;
      __clsSupported: boolean;
    };
    await until(() => win.__firstFrame !== undefined, 'the first frame');
    expect(win.__firstFrame!.heading).to.equal(es.heading);
    // The open step is whole at once: its body and links come with the Spanish file.
    expect(win.__firstFrame!.openPanels).to.have.length(1);
    expect(win.__firstFrame!.openPanels[0]).to.contain(es.steps[1]!.body[0]);
    // The bundle used the page's copy: the file was fetched once, by the page's tag.
    const requests = page.window.performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.endsWith('/img-pathway.es.js'));
    expect(page.window.__errors).to.deep.equal([]);
    expect(page.window.__warnings).to.deep.equal([]);
    expect(requests).to.have.length(1);
    if (!win.__clsSupported) this.skip(); // The Layout Instability API is Chromium's.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(win.__cls).to.equal(0);
  });
});
