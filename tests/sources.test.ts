import { expect, fixture } from '@open-wc/testing';
import type { ImgPathway } from '../src/img-pathway.js';
import { loadHtml, until, type LoadedPage } from './support/frame.js';
import { captureWarnings, html, nextFrame, panels, render, shadow, stepIds, toggleAll } from './support/helpers.js';

/*
 * Custom content from outside the page's scripts: a JSON file named by `src`, or a
 * `<script type="application/json">` inside the element. The built-in guide shows until custom
 * content is there, and stays, with exactly one warning that says what is wrong and where, when
 * the content cannot be used. Fetches are delayed, where a test needs it, by wrapping
 * `window.fetch` (see `interceptFetch`); the server is never changed.
 */

const DIR = '/tests/fixtures/content';
const VALID = `${DIR}/valid.json`;
const SECOND = `${DIR}/second.json`;
const VALID_TITLES = ['Apply through ERAS', 'Interview with our faculty', 'Start on July 1'];
const SECOND_TITLES = ["The second file's first step", "The second file's second step"];
const BUILT_IN_IDS = ['ecfmg-certification', 'residency', 'state-licensure', 'immigration'];
const BUILT_IN_HEADING = 'Working as a doctor in the U.S. with a medical degree from abroad';

const titlesIn = (root: ShadowRoot | null | undefined): string[] =>
  [...(root?.querySelectorAll('[part="title"]') ?? [])].map((title) => title.textContent.trim());
const titles = (el: ImgPathway): string[] => titlesIn(shadow(el));
const headingOf = (el: Element): string | undefined =>
  el.shadowRoot?.querySelector('[part="guide-heading"]')?.textContent.trim();
const sameList = (a: string[], b: string[]): boolean => a.length === b.length && a.every((item, i) => item === b[i]);
/** The text, as a regular expression that matches it literally. */
const literally = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

function expectBuiltIn(el: ImgPathway): void {
  expect(stepIds(el)).to.deep.equal(BUILT_IN_IDS);
  expect(headingOf(el)).to.equal(BUILT_IN_HEADING);
}

/**
 * Inside `captureWarnings`: counts the warnings logged from now on. (captureWarnings puts the
 * real console.warn back when it ends, which removes this wrapper too.)
 */
function countWarnings(): () => number {
  const capture = console.warn;
  let count = 0;
  console.warn = (...args: unknown[]) => {
    count++;
    capture(...args);
  };
  return () => count;
}

/** Leaves room for a late render or a second warning: an update, two frames and 50 ms. */
async function quiet(el?: ImgPathway): Promise<void> {
  await el?.updateComplete;
  await nextFrame();
  await new Promise((resolve) => setTimeout(resolve, 50));
  await el?.updateComplete;
}

interface FetchCall {
  url: string;
  signal: AbortSignal | undefined;
  /** Lets the response through (at once for calls that are not held). */
  release(): void;
  /** Settles when the wrapper's promise has settled, the whole body read. */
  done: Promise<void>;
}

/**
 * Replaces `window.fetch` with a wrapper that records each call (its URL and AbortSignal) and
 * holds the response of each URL `hold` accepts until its `release()`. `target` is the window
 * whose fetch is wrapped: a test frame's, for the one-tag bundle. The real response is
 * read in full before it is handed over. With `honorAbort` (the default) the wrapper rejects
 * with an AbortError as soon as the signal aborts, as a real fetch does; without it, a held
 * response arrives whenever it is released, aborted or not: the worst case of a late response.
 */
function interceptFetch({
  hold = () => true,
  honorAbort = true,
  target = window,
}: { hold?: (url: string) => boolean; honorAbort?: boolean; target?: Window } = {}) {
  // Saved unbound on purpose, to be put back as it was.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const original = target.fetch;
  const calls: FetchCall[] = [];
  target.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = input instanceof Request ? input.url : String(input);
    const signal = init?.signal ?? undefined;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    if (!hold(url)) release();
    const response = new Promise<Response>((resolve, reject) => {
      if (honorAbort && signal) {
        const abort = () => reject(new DOMException('The operation was aborted.', 'AbortError'));
        if (signal.aborted) abort();
        signal.addEventListener('abort', abort, { once: true });
      }
      gate
        .then(() => original.call(target, url))
        .then(async (real) => {
          const body = await real.arrayBuffer();
          return new Response(body, { status: real.status, statusText: real.statusText, headers: real.headers });
        })
        .then(resolve, reject);
    });
    calls.push({
      url,
      signal,
      release,
      done: response.then(
        () => undefined,
        () => undefined,
      ),
    });
    return response;
  };
  return {
    calls,
    releaseAll: () => calls.forEach((call) => call.release()),
    restore: () => {
      target.fetch = original;
    },
  };
}

/** Renders `<img-pathway>` with a `<script type="application/json">` child holding `json`. */
async function renderInline(json: string, attributes: Record<string, string> = {}): Promise<ImgPathway> {
  const box = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('img-pathway');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = json;
  el.append(script);
  box.append(el);
  await el.updateComplete;
  return el;
}

/** A `blob:` URL serving `text` as `type`, revoked by the returned function. */
function blobUrl(text: string, type: string): [string, () => void] {
  const url = URL.createObjectURL(new Blob([text], { type }));
  return [url, () => URL.revokeObjectURL(url)];
}

/** Renders `<img-pathway src=…>` and waits for its one warning and a quiet moment after it. */
async function renderFaulty(src: string): Promise<[ImgPathway, string[]]> {
  let el!: ImgPathway;
  const warnings = await captureWarnings(async () => {
    const warned = countWarnings();
    el = await render(html`<img-pathway src=${src}></img-pathway>`);
    await until(() => warned() > 0, 'a warning');
    await quiet(el);
  });
  return [el, warnings];
}

const inlineContent = {
  heading: 'Inline guide',
  steps: [
    { id: 'inline-one', title: 'Inline step one' },
    { id: 'inline-two', title: 'Inline step two' },
  ],
};
const INLINE_TITLES = ['Inline step one', 'Inline step two'];

describe('src: content from a JSON file', () => {
  it('shows the built-in guide while the file loads, then the steps of the file, with no warning', async () => {
    const fetches = interceptFetch();
    let el!: ImgPathway;
    try {
      const warnings = await captureWarnings(async () => {
        el = await render(html`<img-pathway src=${VALID}></img-pathway>`);
        expect(fetches.calls.map((call) => call.url)).to.deep.equal([VALID]);
        await quiet(el);
        expectBuiltIn(el);
        fetches.releaseAll();
        await until(() => sameList(titles(el), VALID_TITLES), 'the titles of the file');
        await quiet(el);
      });
      expect(warnings).to.deep.equal([]);
      expect(headingOf(el)).to.equal('Joining our residency programs');
      expect(shadow(el).querySelector('[part="intro"]')!.textContent).to.equal(
        'Three steps with our graduate medical education office.',
      );
      expect(stepIds(el)).to.deep.equal(['apply', 'interview', 'start']);
      expect(fetches.calls[0]!.signal, 'the signal given to fetch').to.be.instanceOf(AbortSignal);
    } finally {
      fetches.restore();
    }
  });

  it('keeps the built-in guide, with one warning, when the file is missing (HTTP 404)', async () => {
    const src = `${DIR}/missing.json`;
    const [el, warnings] = await renderFaulty(src);
    expect(warnings).to.deep.equal([
      `img-pathway: src="${src}" could not be loaded (HTTP 404); showing the built-in guide.`,
    ]);
    expectBuiltIn(el);
  });

  it('keeps the built-in guide, with one warning, when the file cannot be reached (network error)', async () => {
    const src = 'http://127.0.0.1:1/content.json';
    const [el, warnings] = await renderFaulty(src);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(
      new RegExp(`^img-pathway: src="${literally(src)}" could not be loaded \\(.+\\); showing the built-in guide\\.$`),
    );
    expectBuiltIn(el);
  });

  it('keeps the built-in guide, with one warning, when the file is not JSON (an HTML page)', async () => {
    const [src, revoke] = blobUrl('<!doctype html><title>Page not found</title><p>Sorry.</p>', 'text/html');
    try {
      const [el, warnings] = await renderFaulty(src);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(
        new RegExp(`^img-pathway: src="${literally(src)}" is not JSON \\(.+\\); showing the built-in guide\\.$`),
      );
      expectBuiltIn(el);
    } finally {
      revoke();
    }
  });

  it('keeps the built-in guide, with one warning that names the wrong field and where it is', async () => {
    const src = `${DIR}/wrong-shape.json`;
    const [el, warnings] = await renderFaulty(src);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(
      new RegExp(
        `^img-pathway: src="${literally(src)}" cannot be used \\(steps\\[1\\]\\.title missing\\); showing the built-in guide\\.$`,
      ),
    );
    expectBuiltIn(el);
  });

  it('keeps the built-in guide, with one warning, when the file has zero steps', async () => {
    const src = `${DIR}/empty-steps.json`;
    const [el, warnings] = await renderFaulty(src);
    expect(warnings).to.deep.equal([
      `img-pathway: src="${src}" cannot be used (steps is empty); showing the built-in guide.`,
    ]);
    expectBuiltIn(el);
  });

  for (const json of ['null', '[]', '"a guide"', '42']) {
    it(`keeps the built-in guide, with one warning, when the file's JSON is not an object (${json})`, async () => {
      const [src, revoke] = blobUrl(json, 'application/json');
      try {
        const [el, warnings] = await renderFaulty(src);
        expect(warnings).to.deep.equal([
          `img-pathway: src="${src}" cannot be used (content is not an object); showing the built-in guide.`,
        ]);
        expectBuiltIn(el);
      } finally {
        revoke();
      }
    });
  }

  it('shows a link with a scheme other than https, http, mailto or tel as plain text, with one warning', async () => {
    let el!: ImgPathway;
    const warnings = await captureWarnings(async () => {
      el = await render(html`<img-pathway open="1" src=${`${DIR}/links.json`}></img-pathway>`);
      await until(() => sameList(titles(el), ['Apply']), 'the step of the file');
      await quiet(el);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(
      /^img-pathway: .*javascript:window\.__sourcesInjected=1.*"Run this script" is shown as text/,
    );
    const panel = panels(el)[0]!;
    const links = [...panel.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://example.org/gme',
      'mailto:gme@example.org',
    ]);
    expect(links.map((a) => a.textContent.trim())).to.deep.equal(['Our office', 'Email us']);
    expect(panel.textContent).to.contain('Run this script');
    expect(panel.innerHTML).not.to.contain('javascript:');
    expect((window as { __sourcesInjected?: number }).__sourcesInjected).to.be.undefined;
  });

  it('takes the words of the show-all button from the strings of the file', async () => {
    let el!: ImgPathway;
    const warnings = await captureWarnings(async () => {
      el = await render(html`<img-pathway src=${`${DIR}/strings.json`}></img-pathway>`);
      await until(() => titles(el).length === 2, 'the steps of the file');
      await quiet(el);
    });
    expect(warnings).to.deep.equal([]);
    expect(toggleAll(el)!.textContent.trim()).to.equal('Tout afficher');
    toggleAll(el)!.click();
    await el.updateComplete;
    expect(toggleAll(el)!.textContent.trim()).to.equal('Tout masquer');
  });

  it('leaves out an unknown word in strings, with one warning, and uses the others', async () => {
    const src = `${DIR}/strings-unknown.json`;
    let el!: ImgPathway;
    const warnings = await captureWarnings(async () => {
      el = await render(html`<img-pathway src=${src}></img-pathway>`);
      await until(() => titles(el).length === 2, 'the steps of the file');
      await quiet(el);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(
      new RegExp(`^img-pathway: src="${literally(src)}": strings\\.shoAll is not a known string`),
    );
    expect(toggleAll(el)!.textContent.trim()).to.equal('Tout afficher');
    expect(titles(el)).to.deep.equal(['Obtenir la certification ECFMG', 'Trouver un poste de résident']);
  });

  it('shows the last src set: a slow first file that arrives after a fast second one is never shown', async () => {
    // The first file's response arrives even though its fetch was aborted: the worst case.
    const fetches = interceptFetch({ hold: (url) => url === VALID, honorAbort: false });
    let el!: ImgPathway;
    try {
      const warnings = await captureWarnings(async () => {
        el = await render(html`<img-pathway></img-pathway>`);
        el.src = VALID;
        await el.updateComplete;
        el.setAttribute('src', SECOND);
        await el.updateComplete;
        await until(() => sameList(titles(el), SECOND_TITLES), 'the titles of the second file');
        fetches.calls[0]!.release();
        await fetches.calls[0]!.done;
        await quiet(el);
      });
      expect(fetches.calls.map((call) => call.url)).to.deep.equal([VALID, SECOND]);
      expect(fetches.calls[0]!.signal!.aborted, 'the first fetch is aborted').to.be.true;
      expect(fetches.calls[1]!.signal!.aborted, 'the second fetch is not').to.be.false;
      expect(titles(el)).to.deep.equal(SECOND_TITLES);
      expect(headingOf(el)).to.equal('A second guide');
      expect(warnings).to.deep.equal([]);
    } finally {
      fetches.restore();
    }
  });

  it('aborts the pending fetch when the element is removed, with no warning at all', async () => {
    const fetches = interceptFetch();
    try {
      const warnings = await captureWarnings(async () => {
        const el = await render(html`<img-pathway src=${VALID}></img-pathway>`);
        expect(fetches.calls).to.have.length(1);
        const { signal } = fetches.calls[0]!;
        expect(signal!.aborted).to.be.false;
        el.remove();
        expect(signal!.aborted, 'the signal given to fetch is aborted').to.be.true;
        fetches.releaseAll();
        await fetches.calls[0]!.done;
        await quiet(el);
      });
      expect(warnings).to.deep.equal([]);
      expect(fetches.calls, 'no fetch while disconnected').to.have.length(1);
    } finally {
      fetches.restore();
    }
  });

  it("aborts the browser's own fetch of a missing file when the element is removed, with no warning", async () => {
    const warnings = await captureWarnings(async () => {
      const el = await render(html`<img-pathway src=${`${DIR}/missing.json?removed`}></img-pathway>`);
      el.remove();
      await quiet(el);
      await new Promise((resolve) => setTimeout(resolve, 200));
    });
    expect(warnings).to.deep.equal([]);
  });

  it('loads the file again when removed during the fetch and put back later, and shows it', async () => {
    const fetches = interceptFetch();
    try {
      let el!: ImgPathway;
      const box = await fixture<HTMLDivElement>(html`<div><img-pathway src=${VALID}></img-pathway></div>`);
      const warnings = await captureWarnings(async () => {
        el = box.querySelector('img-pathway')!;
        await el.updateComplete;
        el.remove();
        await quiet();
        expect(fetches.calls[0]!.signal!.aborted, 'the first fetch is aborted').to.be.true;
        expect(fetches.calls, 'no fetch while out of the page').to.have.length(1);
        box.append(el);
        expect(fetches.calls, 'a new fetch').to.have.length(2);
        fetches.releaseAll();
        await until(() => sameList(titles(el), VALID_TITLES), 'the titles of the file');
        await quiet(el);
      });
      expect(warnings).to.deep.equal([]);
    } finally {
      fetches.restore();
    }
  });

  it('never shows a file that arrives after src was removed', async () => {
    const fetches = interceptFetch();
    let el!: ImgPathway;
    try {
      const warnings = await captureWarnings(async () => {
        el = await render(html`<img-pathway src=${VALID}></img-pathway>`);
        el.removeAttribute('src');
        await el.updateComplete;
        expect(fetches.calls[0]!.signal!.aborted, 'the fetch of the removed src is aborted').to.be.true;
        fetches.releaseAll();
        await fetches.calls[0]!.done;
        await quiet(el);
      });
      expect(warnings).to.deep.equal([]);
      expectBuiltIn(el);
    } finally {
      fetches.restore();
    }
  });

  it('loads the file again when moved to another parent during the fetch, and shows it', async () => {
    const fetches = interceptFetch();
    try {
      let el!: ImgPathway;
      const box = await fixture<HTMLDivElement>(
        html`<div><section id="a"><img-pathway src=${VALID}></img-pathway></section><section id="b"></section></div>`,
      );
      const warnings = await captureWarnings(async () => {
        el = box.querySelector('img-pathway')!;
        await el.updateComplete;
        expect(fetches.calls).to.have.length(1);
        box.querySelector('#b')!.append(el);
        expect(fetches.calls[0]!.signal!.aborted, 'the first fetch is aborted').to.be.true;
        expect(fetches.calls, 'a new fetch').to.have.length(2);
        expectBuiltIn(el);
        fetches.releaseAll();
        await until(() => sameList(titles(el), VALID_TITLES), 'the titles of the file');
        await quiet(el);
      });
      expect(el.parentElement!.id).to.equal('b');
      expect(fetches.calls.map((call) => call.url)).to.deep.equal([VALID, VALID]);
      expect(fetches.calls[1]!.signal!.aborted).to.be.false;
      expect(warnings).to.deep.equal([]);
    } finally {
      fetches.restore();
    }
  });
});

describe('inline JSON: <script type="application/json"> inside the element', () => {
  it('shows the inline content, with no warning', async () => {
    let el!: ImgPathway;
    const warnings = await captureWarnings(async () => {
      el = await renderInline(JSON.stringify(inlineContent));
      await quiet(el);
    });
    expect(warnings).to.deep.equal([]);
    expect(titles(el)).to.deep.equal(INLINE_TITLES);
    expect(headingOf(el)).to.equal('Inline guide');
  });

  it('keeps the built-in guide, with one warning, when the inline text is not JSON', async () => {
    let el!: ImgPathway;
    const warnings = await captureWarnings(async () => {
      el = await renderInline('{ "heading": "Trailing comma", }');
      await quiet(el);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(
      /^img-pathway: the <script type="application\/json"> inside it is not JSON \(.+\); showing the built-in guide\.$/,
    );
    expectBuiltIn(el);
  });

  it('keeps the built-in guide, with one warning that names the wrong field, for inline JSON of the wrong shape', async () => {
    let el!: ImgPathway;
    const broken = { heading: 'Broken', steps: [{ id: 'one', title: 'One' }, { id: 'two' }] };
    const warnings = await captureWarnings(async () => {
      el = await renderInline(JSON.stringify(broken));
      await quiet(el);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(
      /^img-pathway: the inline JSON cannot be used \(steps\[1\]\.title missing\); showing the built-in guide\.$/,
    );
    expectBuiltIn(el);
  });

  it('is ignored when src is set: the file wins and the inline content never shows', async () => {
    const fetches = interceptFetch();
    let el!: ImgPathway;
    try {
      const warnings = await captureWarnings(async () => {
        el = await renderInline(JSON.stringify(inlineContent), { src: VALID });
        await quiet(el);
        expectBuiltIn(el);
        fetches.releaseAll();
        await until(() => sameList(titles(el), VALID_TITLES), 'the titles of the file');
        await quiet(el);
      });
      expect(warnings).to.deep.equal([]);
      expect(fetches.calls.map((call) => call.url)).to.deep.equal([VALID]);
    } finally {
      fetches.restore();
    }
  });
});

describe('src and inline JSON in a page with the one-tag bundle', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => {
    frame?.remove();
    frame = undefined;
  });

  const page = (body: string) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sources</title>
    <script src="/tests/pages/record-errors.js"></script><script src="/dist/img-pathway.js"></script></head>
    <body>${body}</body></html>`;

  it('shows the steps of the file named by src (checked by the checker file)', async () => {
    frame = await loadHtml(page(`<img-pathway src="${VALID}"></img-pathway>`));
    const win = frame.contentWindow as LoadedPage['window'];
    const el = frame.contentDocument!.querySelector('img-pathway')!;
    await until(() => sameList(titlesIn(el.shadowRoot), VALID_TITLES), 'the titles of the file');
    expect(headingOf(el)).to.equal('Joining our residency programs');
    expect(win.__warnings).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
  });

  it('keeps the built-in guide, with one warning that names the wrong field, for a file of the wrong shape', async () => {
    const src = `${DIR}/wrong-shape.json`;
    frame = await loadHtml(page(`<img-pathway src="${src}"></img-pathway>`));
    const win = frame.contentWindow as LoadedPage['window'];
    const el = frame.contentDocument!.querySelector('img-pathway')!;
    await until(() => win.__warnings.length > 0, 'the warning');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(win.__warnings).to.deep.equal([
      `img-pathway: src="${src}" cannot be used (steps[1].title missing); showing the built-in guide.`,
    ]);
    expect(titlesIn(el.shadowRoot)).to.have.length(4);
    expect(headingOf(el)).to.equal(BUILT_IN_HEADING);
    expect(win.__errors).to.deep.equal([]);
  });

  it('loads its content checker while the src file is still on its way, not after it', async () => {
    frame = await loadHtml(page('<img-pathway></img-pathway>'));
    const doc = frame.contentDocument!;
    const fetches = interceptFetch({ target: frame.contentWindow! });
    try {
      const el = doc.querySelector('img-pathway')!;
      el.setAttribute('src', VALID);
      await until(() => fetches.calls.length === 1, 'the fetch of the file');
      await until(
        () => !!doc.querySelector('script[src$="/img-pathway.validate.js"]'),
        'the checker file requested while the file is held',
      );
      fetches.releaseAll();
      await until(() => sameList(titlesIn(el.shadowRoot), VALID_TITLES), 'the titles of the file');
    } finally {
      fetches.restore();
    }
  });

  it('reads inline JSON written after the script, once the page is parsed', async () => {
    frame = await loadHtml(
      page(`<img-pathway><script type="application/json">${JSON.stringify(inlineContent)}</script></img-pathway>`),
    );
    const win = frame.contentWindow as LoadedPage['window'];
    const el = frame.contentDocument!.querySelector('img-pathway')!;
    await until(() => sameList(titlesIn(el.shadowRoot), INLINE_TITLES), 'the inline titles');
    expect(headingOf(el)).to.equal('Inline guide');
    expect(win.__warnings).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
  });
});
