import { expect } from '@open-wc/testing';
import { framedButtons, loadHtml, until } from './support/frame.js';

/*
 * The recommended snippet: the script before the element (so the guide upgrades before the
 * first paint) and the whole guide as plain HTML inside the element. Built from
 * dist/img-pathway.fallback.html, which `npm run build` writes.
 */

interface FramedWindow extends Window {
  __cls: number;
  __clsSupported: boolean;
  __errors: string[];
}

async function snippetPage({ scripts }: { scripts: boolean }): Promise<HTMLIFrameElement> {
  const fallback = await (await fetch('/dist/img-pathway.fallback.html')).text();
  return loadHtml(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Snippet</title>
    <script src="/tests/pages/record-errors.js"></script>
    <script src="/tests/pages/cls.js"></script>
    <script src="/dist/img-pathway.js"></script>
    </head><body><h1>International medical graduates</h1>${fallback}<p id="after">Contact our GME office.</p></body></html>`,
    { scripts },
  );
}

describe('no-JavaScript fallback (the recommended snippet)', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('gives readers without JavaScript the whole guide as plain HTML, with its links', async () => {
    frame = await snippetPage({ scripts: false });
    const doc = frame.contentDocument!;
    const guide = doc.querySelector('img-pathway')!;
    expect(guide.shadowRoot).to.be.null;
    expect([...guide.querySelectorAll('h3')].map((h) => h.textContent)).to.have.length(4);
    expect(guide.querySelector('h3')!.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(guide.querySelectorAll('a[href^="https://"]').length).to.be.greaterThan(8);
    expect(guide.textContent).to.contain('Last reviewed').and.contain('not legal or immigration advice');
  });

  it('replaces the plain HTML with the guide when the script runs, showing each text once', async () => {
    frame = await snippetPage({ scripts: true });
    const guide = frame.contentDocument!.querySelector('img-pathway')!;
    await until(() => framedButtons(guide).length === 4, 'the guide to render');
    // The light-DOM copy is not rendered once the shadow root is there (no slot takes it).
    expect(guide.querySelector('h3')!.getBoundingClientRect().height).to.equal(0);
    expect((frame.contentWindow as FramedWindow).__errors).to.deep.equal([]);
  });

  it('names each step as the element does ("1 of 4: <title>"): scripts/fallback-html.mjs and the element agree', async () => {
    frame = await snippetPage({ scripts: true });
    const guide = frame.contentDocument!.querySelector('img-pathway')!;
    await until(() => framedButtons(guide).length === 4, 'the guide to render');
    const spoken = framedButtons(guide).map(
      (button) =>
        `${button.querySelector('.visually-hidden')!.textContent} ${button.querySelector('.title')!.textContent}`,
    );
    expect([...guide.querySelectorAll('h3')].map((h3) => h3.textContent)).to.deep.equal(spoken);
    expect(spoken[0]).to.match(/^1 of 4: /);
  });

  it('causes no layout shift while loading (CLS 0), where the browser measures layout shifts', async function () {
    frame = await snippetPage({ scripts: true });
    const win = frame.contentWindow as FramedWindow;
    if (!win.__clsSupported) this.skip(); // The Layout Instability API is Chromium's.
    const guide = frame.contentDocument!.querySelector('img-pathway')!;
    await until(() => framedButtons(guide).length === 4, 'the guide to render');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(win.__cls).to.equal(0);
  });

  it('measures layout shifts at all here: a box pushed in above the guide counts (control)', async function () {
    frame = await snippetPage({ scripts: true });
    const win = frame.contentWindow as FramedWindow;
    if (!win.__clsSupported) this.skip();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const doc = frame.contentDocument!;
    const banner = doc.createElement('div');
    banner.style.height = '150px';
    doc.body.prepend(banner);
    await until(() => win.__cls > 0, 'a layout shift to be recorded');
  });
});
