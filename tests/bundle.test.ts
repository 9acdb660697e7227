import { expect } from '@open-wc/testing';
import { framedButtons, loadHtml, loadPage, until, type LoadedPage } from './support/frame.js';

/*
 * These tests load dist/img-pathway.js, the built classic script, with plain <script> tags in
 * real pages: no test code and no source module is involved. Run `npm run build` first
 * (`npm test` does).
 */
describe('the one-tag embed (dist/img-pathway.js)', () => {
  let page: LoadedPage | undefined;
  afterEach(() => page?.remove());

  it('exists: run `npm run build` before the browser tests', async () => {
    const response = await fetch('/dist/img-pathway.js');
    expect(response.ok).to.be.true;
    const text = await response.text();
    expect(text).not.to.match(/^\s*(import|export)\s/m);
    // V8's compile hint, which must open the file: the element's code is compiled while the
    // script streams in, not on the main thread at first use (see rollup.config.mjs).
    expect(text.split('\n')[0]).to.equal('//# allFunctionsCalledOnLoad');
  });

  it('renders the whole guide from a deferred script tag, with the attributes applied', async () => {
    page = await loadPage('/tests/pages/bundle.html');
    const el = page.document.querySelector('img-pathway')!;
    await until(() => framedButtons(el).length === 4, 'four step buttons');
    expect(framedButtons(el).map((b) => b.getAttribute('aria-expanded'))).to.deep.equal([
      'false',
      'true',
      'false',
      'false',
    ]);
    expect(el.shadowRoot!.querySelector('.guide-heading')!.textContent).to.contain('Working as a doctor');
    expect(page.window.__errors).to.deep.equal([]);
    expect(page.window.__warnings).to.deep.equal([]);
  });

  it('adds no global variable to the page except the ones Lit itself documents', async () => {
    const blank = await loadPage('/tests/pages/record-errors.html');
    const before = new Set(Object.keys(blank.window));
    blank.remove();
    page = await loadPage('/tests/pages/bundle.html');
    await until(() => !!page!.window.customElements.get('img-pathway'), 'the definition');
    const added = Object.keys(page.window).filter((key) => !before.has(key));
    const lits = ['litPropertyMetadata', 'litElementVersions', 'litHtmlVersions', 'reactiveElementVersions'];
    expect(added.filter((key) => !lits.includes(key))).to.deep.equal([]);
  });

  it('is harmless when included three times (sync, async and defer): one definition, no error, no warning', async () => {
    page = await loadPage('/tests/pages/bundle-twice.html');
    const el = page.document.querySelector('img-pathway')!;
    await until(() => framedButtons(el).length === 4, 'four step buttons');
    await until(() => page!.document.readyState === 'complete', 'every script');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(page.window.__errors).to.deep.equal([]);
    expect(page.window.__warnings).to.deep.equal([]);
    expect(el.shadowRoot!.querySelectorAll('.guide')).to.have.length(1);
  });

  it('upgrades elements parsed after a sync script in <head>, and elements added later by innerHTML and createElement', async () => {
    page = await loadPage('/tests/pages/bundle-head-sync.html');
    for (const id of ['parsed', 'by-html', 'by-create']) {
      const el = page.document.getElementById(id);
      await until(() => framedButtons(el).length === 4, `#${id} to render`);
    }
    const byHtml = page.document.getElementById('by-html')!;
    expect(framedButtons(byHtml).every((b) => b.getAttribute('aria-expanded') === 'true')).to.be.true;
    expect(
      page.document.getElementById('by-create')!.shadowRoot!.querySelector('.guide-heading')!.textContent,
    ).to.equal('Created later');
    expect(page.window.__errors).to.deep.equal([]);
  });

  it('upgrades an element that comes before an async script', async () => {
    page = await loadPage('/tests/pages/bundle-async-after.html');
    const el = page.document.querySelector('img-pathway');
    await until(() => framedButtons(el).length === 4, 'four step buttons');
    expect(page.window.__errors).to.deep.equal([]);
  });

  it('opens a step on click inside the page', async () => {
    page = await loadPage('/tests/pages/bundle.html');
    const el = page.document.querySelector('img-pathway')!;
    await until(() => framedButtons(el).length === 4, 'four step buttons');
    framedButtons(el)[0]!.click();
    await until(() => framedButtons(el)[0]!.getAttribute('aria-expanded') === 'true', 'step 1 to open');
    expect(el.shadowRoot!.getElementById(framedButtons(el)[0]!.getAttribute('aria-controls')!)!.hidden).to.be.false;
  });

  it('fills in the step bodies from its hash-checked details file', async () => {
    page = await loadPage('/tests/pages/bundle.html');
    const el = page.document.querySelector('img-pathway')!;
    await until(() => framedButtons(el).length === 4, 'four step buttons');
    const panel = () => el.shadowRoot!.getElementById('residency-panel')!;
    await until(
      () => panel().textContent.includes('Every IMG needs residency in an accredited program'),
      'the body of step 2',
    );
    // Closed steps get theirs too (find-in-page and print need the text), while staying closed.
    const closed = el.shadowRoot!.getElementById('ecfmg-certification-panel')!;
    await until(() => closed.textContent.includes('Intealth'), 'the body of closed step 1');
    expect(closed.hasAttribute('hidden')).to.be.true;
    expect(page.window.__warnings).to.deep.equal([]);
  });

  it('has an open step whole in the first frame, with no layout shift, when the page loads the text file first', async function () {
    page = await loadPage('/tests/pages/open-preloaded.html');
    const win = page.window as LoadedPage['window'] & {
      __firstFrame?: { heading: string; openPanels: string[] };
      __cls: number;
      __clsSupported: boolean;
    };
    await until(() => win.__firstFrame !== undefined, 'the first frame');
    expect(win.__firstFrame!.openPanels).to.have.length(1);
    expect(win.__firstFrame!.openPanels[0]).to.contain('Every IMG needs residency in an accredited program');
    const requests = win.performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/img-pathway.en.js'));
    expect(requests, 'one request for the text file: the page’s').to.have.length(1);
    expect(win.__warnings).to.deep.equal([]);
    if (!win.__clsSupported) this.skip(); // The Layout Instability API is Chromium's.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(win.__cls).to.equal(0);
  });

  it('asks for its text file only after its first render when every step starts closed, then fills the steps in', async () => {
    page = await loadPage('/tests/pages/closed-first.html');
    const win = page.window as LoadedPage['window'] & { __renderedAt?: number };
    await until(() => win.__renderedAt !== undefined, 'the first render');
    const request = () =>
      win.performance.getEntriesByType('resource').find((e) => e.name.endsWith('/img-pathway.en.js'));
    await until(() => request() !== undefined, 'the request for the text file');
    // After the first frame in Chromium and WebKit; Firefox can be idle, and ask, a moment before it.
    expect(request()!.startTime, 'asked for after the first render').to.be.at.least(win.__renderedAt!);
    const closed = page.document.querySelector('img-pathway')!.shadowRoot!.getElementById('residency-panel')!;
    await until(
      () => closed.textContent.includes('Every IMG needs residency in an accredited program'),
      'the body of closed step 2',
    );
    expect(closed.hasAttribute('hidden')).to.be.true;
    expect(win.__warnings).to.deep.equal([]);
  });

  it('lays out one closed step ahead of a first click when the browser is idle, with nothing shown or moved', async () => {
    page = await loadPage('/tests/pages/first-idle.html');
    const win = page.window as LoadedPage['window'] & {
      __closing: { batch: number; guide: number; id: string; added: boolean }[];
      __cls: number;
    };
    await until(() => win.__closing.length === 2, 'a closed panel laid out and put back');
    // Shown as a closing panel is, then put back, both in one task: no frame drew it.
    const [shown, back] = win.__closing;
    expect([shown!.added, back!.added]).to.deep.equal([true, false]);
    expect([back!.guide, back!.id]).to.deep.equal([shown!.guide, shown!.id]);
    expect(back!.batch).to.equal(shown!.batch);
    expect(shown!.id).to.match(/-panel$/);
    for (const el of page.document.querySelectorAll('img-pathway')) {
      const panels = [...el.shadowRoot!.querySelectorAll('.panel')];
      expect(panels.map((p) => p.hasAttribute('hidden'))).to.deep.equal([true, true, true, true]);
      expect(panels.some((p) => p.hasAttribute('data-closing'))).to.be.false;
    }
    // Once per page (the page has two guides), not once per guide or per idle time.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(win.__closing).to.have.length(2);
    expect(win.__cls).to.equal(0);
    expect(win.__warnings).to.deep.equal([]);
  });

  it('uses a text file the page loaded first when both URLs carry a query (WordPress adds ?ver=)', async () => {
    page = await loadPage('/tests/pages/versioned.html');
    const win = page.window as LoadedPage['window'] & { __firstFrame?: { openPanels: string[] } };
    await until(() => win.__firstFrame !== undefined, 'the first frame');
    expect(win.__firstFrame!.openPanels[0]).to.contain('Every IMG needs residency in an accredited program');
    const requests = win.performance.getEntriesByType('resource').filter((e) => e.name.includes('/img-pathway.en.js'));
    expect(requests.map((e) => new URL(e.name).search)).to.deep.equal(['?ver=9.9.9']);
    expect(win.__warnings).to.deep.equal([]);
  });

  it('fetches its text file with the query of its own URL, so an upgrade never meets a stale cached file', async () => {
    page = await loadPage('/tests/pages/versioned-fetch.html');
    const el = page.document.querySelector('img-pathway')!;
    const panel = () => el.shadowRoot?.getElementById('residency-panel');
    await until(
      () => panel()?.textContent.includes('Every IMG needs residency in an accredited program') ?? false,
      'the text',
    );
    const requests = page.window.performance
      .getEntriesByType('resource')
      .filter((e) => e.name.includes('/img-pathway.en.js'));
    expect(requests.map((e) => new URL(e.name).search)).to.deep.equal(['?ver=9.9.9']);
    expect(page.window.__warnings).to.deep.equal([]);
  });

  for (const [kind, what] of [
    ['chunkless', 'is missing'],
    ['tampered', 'does not match its hash'],
  ]) {
    it(`still shows headings, summaries and official links, with one warning, when the details file ${what}`, async () => {
      page = await loadPage(`/tests/pages/${kind}.html`);
      const el = page.document.querySelector('img-pathway')!;
      await until(() => framedButtons(el).length === 4, 'four step buttons');
      await until(() => page!.window.__warnings.length > 0, 'a warning');
      expect(page.window.__warnings).to.have.length(1);
      expect(page.window.__warnings[0]).to.contain('img-pathway').and.contain('img-pathway.en.js');
      const panel = el.shadowRoot!.getElementById('ecfmg-certification-panel')!;
      expect(panel.querySelectorAll('a[href^="https://"]').length).to.be.greaterThan(0);
      expect(panel.textContent).not.to.contain('EVIL');
      expect(el.shadowRoot!.querySelector('[part="summary"]')!.textContent).to.contain('USMLE');
    });
  }

  it('checks custom content with its content checker file before showing it', async () => {
    page = await loadPage('/tests/pages/custom-content.html');
    const good = page.document.getElementById('good')!;
    await until(() => framedButtons(good).length === 2, 'the custom steps');
    expect(framedButtons(good)[0]!.getAttribute('aria-expanded')).to.equal('true');
    expect(good.shadowRoot!.querySelector('[part="guide-heading"]')!.textContent).to.equal(
      'Joining our residency programs',
    );
    await until(() => page!.window.__warnings.length > 0, 'the warning about the broken content');
    expect(page.window.__warnings).to.have.length(1);
    expect(page.window.__warnings[0]).to.contain('img-pathway').and.contain('steps[0].title missing');
    expect(framedButtons(page.document.getElementById('bad'))).to.have.length(4);
  });

  it('keeps the built-in guide, with a warning, when the content checker file cannot be loaded', async () => {
    page = await loadPage('/tests/pages/custom-content-chunkless.html');
    const good = page.document.getElementById('good')!;
    await until(() => page!.window.__warnings.some((w) => w.includes('img-pathway.validate.js')), 'the warning');
    expect(framedButtons(good)).to.have.length(4);
    expect(page.window.__errors).to.deep.equal([]);
  });

  it('keeps its colors, light and dark, through the minified stylesheet', async () => {
    const frame =
      await loadHtml(`<!doctype html><html lang="en"><head><script src="/dist/img-pathway.js"></script></head>
      <body><img-pathway id="light"></img-pathway><img-pathway id="dark" theme="dark"></img-pathway></body></html>`);
    const doc = frame.contentDocument!;
    const colors = (id: string) => {
      const root = doc.getElementById(id)!.shadowRoot!;
      const style = (part: string) => frame.contentWindow!.getComputedStyle(root.querySelector(`[part="${part}"]`)!);
      return [
        style('guide').backgroundColor,
        style('title').color,
        style('number').backgroundColor,
        style('number').color,
      ];
    };
    await until(() => framedButtons(doc.getElementById('dark')).length === 4, 'the guides');
    expect(colors('light')).to.deep.equal([
      'rgb(255, 255, 255)',
      'rgb(27, 27, 27)',
      'rgb(0, 94, 162)',
      'rgb(255, 255, 255)',
    ]);
    expect(colors('dark')).to.deep.equal([
      'rgb(27, 31, 36)',
      'rgb(240, 240, 240)',
      'rgb(115, 179, 231)',
      'rgb(27, 31, 36)',
    ]);
    frame.remove();
  });
});
