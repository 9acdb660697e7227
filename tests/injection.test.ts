import { expect, fixture } from '@open-wc/testing';
import type { PathwayContent } from '../src/content/types.js';
import type { ImgPathway } from '../src/img-pathway.js';
import { framedButtons, loadHtml, until } from './support/frame.js';
import { captureWarnings, html, shadow } from './support/helpers.js';

/*
 * A corpus of injection payloads (tests/fixtures/xss-payloads.json) through every input: each
 * attribute, every field of the content (property, src file and inline JSON), the interface
 * words, the URL hash, and the data-* options of the self-mounting script. Nothing may run (a payload that runs sets window.__xss), no element the
 * guide does not make itself may appear, links keep to https/http/mailto/tel, and the text shows
 * literally.
 */

const { payloads } = (await (await fetch('/tests/fixtures/xss-payloads.json')).json()) as { payloads: string[] };
const OWN_TAGS = new Set(((await (await fetch('/tests/fixtures/guide-tags.json')).json()) as { tags: string[] }).tags);
const SAFE_PROTOCOLS = new Set(['https:', 'http:', 'mailto:', 'tel:']);

interface Sentinel {
  __xss?: number;
}

function expectClean(el: Element, win: Window & Sentinel = window) {
  const root = el.shadowRoot!;
  const foreign = [...root.querySelectorAll('*')].map((node) => node.localName).filter((tag) => !OWN_TAGS.has(tag));
  expect(foreign, 'elements the guide does not make').to.deep.equal([]);
  for (const link of root.querySelectorAll('a'))
    expect(SAFE_PROTOCOLS.has(new URL(link.href).protocol), link.href).to.be.true;
  for (const node of root.querySelectorAll('*')) {
    for (const { name } of node.attributes) expect(name.startsWith('on'), `${node.localName}[${name}]`).to.be.false;
  }
  expect(win.__xss, 'injected code ran').to.be.undefined;
}

function contentWith(payload: string): PathwayContent {
  return {
    heading: payload,
    intro: payload,
    note: payload,
    lastReviewed: '2026-11',
    steps: [
      {
        id: 'payload',
        title: payload,
        summary: payload,
        body: [payload, { intro: payload, items: [payload, payload] }],
        links: [
          { text: payload, href: payload },
          { text: 'Safe', href: 'https://example.org/' },
        ],
      },
    ],
    strings: { showAll: payload, step: payload, markDone: payload, progress: payload },
  };
}

/** Every payload field of a guide made from contentWith(payload) shows the payload as text. */
function expectPayloadShown(el: ImgPathway, payload: string) {
  const root = shadow(el);
  expect(root.querySelector('[part="title"]')!.textContent).to.equal(payload);
  expect(root.querySelector('[part="summary"]')!.textContent).to.equal(payload);
  expect(root.querySelector('[part="panel"] p')!.textContent).to.equal(payload);
  expect(root.querySelector('[part="progress"]')!.textContent).to.equal(payload);
  expect(root.querySelector('[part="done"]')!.textContent).to.equal(payload);
}

describe(`injection corpus (${payloads.length} payloads)`, () => {
  afterEach(() => delete (window as Sentinel).__xss);

  it('has at least 30 payloads', () => {
    expect(payloads.length).to.be.at.least(30);
  });

  it('shows a heading attribute as literal text, every payload', async () => {
    for (const payload of payloads) {
      const el = await fixture<ImgPathway>(html`<img-pathway heading=${payload}></img-pathway>`);
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="guide-heading"]')!.textContent).to.equal(payload);
      expectClean(el);
    }
  });

  it('treats payloads in open, heading-level and theme as bad values: a warning each, the whole guide, nothing run', async () => {
    for (const payload of payloads) {
      let el!: ImgPathway;
      await captureWarnings(async () => {
        el = await fixture<ImgPathway>(
          html`<img-pathway open=${payload} heading-level=${payload} theme=${payload}></img-pathway>`,
        );
        await el.updateComplete;
      });
      expect(shadow(el).querySelectorAll('.step-button')).to.have.length(4);
      expectClean(el);
    }
  });

  it('renders payloads in every content field as text, and payload links as text', async () => {
    for (const payload of payloads) {
      let el!: ImgPathway;
      await captureWarnings(async () => {
        el = await fixture<ImgPathway>(
          html`<img-pathway open="all" checklist .content=${contentWith(payload)}></img-pathway>`,
        );
        await el.updateComplete;
      });
      expectPayloadShown(el, payload);
      expectClean(el);
    }
  });

  it('renders payloads in a src file and in inline JSON as text, interface words included', async () => {
    for (const payload of payloads) {
      const json = JSON.stringify(contentWith(payload));
      const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
      let fromFile!: ImgPathway;
      let inline!: ImgPathway;
      await captureWarnings(async () => {
        fromFile = await fixture<ImgPathway>(html`<img-pathway open="all" checklist src=${url}></img-pathway>`);
        await until(() => shadow(fromFile).querySelector('[part="title"]')!.textContent === payload, 'the file');
        inline = document.createElement('img-pathway');
        inline.setAttribute('open', 'all');
        inline.setAttribute('checklist', '');
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = json;
        inline.append(script);
        document.body.append(inline);
        await inline.updateComplete;
      });
      URL.revokeObjectURL(url);
      for (const el of [fromFile, inline]) {
        expectPayloadShown(el, payload);
        expectClean(el);
      }
      inline.remove();
    }
  });

  it('shows payloads in the strings attribute as text', async () => {
    for (const payload of payloads) {
      const strings = JSON.stringify({ showAll: payload, reset: payload, markDone: payload });
      const el = await fixture<ImgPathway>(html`<img-pathway checklist strings=${strings}></img-pathway>`);
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="toggle-all"]')!.textContent.trim()).to.equal(payload.trim());
      expect(shadow(el).querySelector('[part="reset"]')!.textContent).to.equal(payload);
      expectClean(el);
    }
  });

  it('rejects payloads as step ids (the built-in guide shows instead)', async () => {
    for (const payload of payloads) {
      const content = { heading: 'x', steps: [{ id: payload, title: 'A' }] } as PathwayContent;
      let el!: ImgPathway;
      const warnings = await captureWarnings(async () => {
        el = await fixture<ImgPathway>(html`<img-pathway .content=${content}></img-pathway>`);
        await el.updateComplete;
      });
      expect(warnings, payload).to.have.length(1);
      expect(shadow(el).querySelectorAll('.step-button')).to.have.length(4);
      expectClean(el);
    }
  });

  it('ignores payloads in the URL hash', async () => {
    const el = await fixture<ImgPathway>(html`<img-pathway></img-pathway>`);
    for (const payload of payloads) {
      location.hash = encodeURIComponent(payload);
      await new Promise((resolve) => setTimeout(resolve, 0));
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('[aria-expanded="true"]')).to.have.length(0);
      expectClean(el);
    }
    history.replaceState(null, '', `${location.pathname}${location.search}`);
  });

  it('shows payloads in the data-* options of the self-mounting script as text', async () => {
    const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
    const scripts = payloads
      .map(
        (payload) =>
          `<script src="/dist/img-pathway.js" data-mount data-heading="${attribute(payload)}" data-open="${attribute(payload)}"></script>`,
      )
      .join('\n');
    const frame = await loadHtml(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Mount</title>
      <script src="/tests/pages/record-errors.js"></script></head><body>${scripts}</body></html>`);
    const win = frame.contentWindow as Window & Sentinel & { __errors: string[] };
    const guides = () => [...frame.contentDocument!.querySelectorAll('img-pathway')];
    await until(
      () => guides().length === payloads.length && guides().every((g) => framedButtons(g).length === 4),
      'every guide',
    );
    guides().forEach((guide, i) => {
      // The page's HTML parser turns NUL into U+FFFD before the script ever sees the attribute.
      const parsed = payloads[i]!.replace(/\0/g, '\uFFFD');
      expect(guide.shadowRoot!.querySelector('[part="guide-heading"]')!.textContent).to.equal(parsed);
      expectClean(guide, win);
    });
    expect(win.__errors).to.deep.equal([]);
    frame.remove();
  });
});
