import { expect } from '@open-wc/testing';
import { framedButtons, loadHtml, loadPage, until, type LoadedPage } from './support/frame.js';

/** The Subresource Integrity value of a file, computed here from its bytes. */
async function sri(url: string): Promise<string> {
  const bytes = await (await fetch(url)).arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

describe('the configurator (demo/configure.html)', () => {
  let page: LoadedPage;
  const text = (id: string) => page.document.getElementById(id)!.textContent;
  const setValue = (id: string, value: string | boolean) => {
    const input = page.document.getElementById(id) as HTMLInputElement;
    if (typeof value === 'boolean') input.checked = value;
    else input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };

  beforeEach(async () => {
    page = await loadPage('/demo/configure.html', 1000);
    await until(() => text('snippet-two-tags').includes('language first'), 'the form');
    setValue('lang', 'en');
    await until(() => text('snippet-two-tags').includes('<script'), 'the snippets');
  });
  afterEach(() => page.remove());

  it('pins the CDN URL to the package version and carries the integrity hash of the built file', async () => {
    const { version } = (await (await fetch('/package.json')).json()) as { version: string };
    const hash = await sri('/dist/img-pathway.js');
    for (const id of ['snippet-fallback', 'snippet-two-tags', 'snippet-mount']) {
      expect(text(id), id).to.contain(`img-pathway@${version}/dist/img-pathway.js`);
      expect(text(id), id).to.contain(`integrity="${hash}" crossorigin="anonymous"`);
    }
  });

  it('follows the form in the preview and in all three snippets', async () => {
    setValue('heading', 'Our path & yours');
    setValue('heading-level', '3');
    setValue('single', true);
    (page.document.querySelector('input[name="open"][value="2"]') as HTMLInputElement).click();
    setValue('prop-accent', '#7a1f5c');
    const preview = page.document.getElementById('preview')!;
    await until(
      () => framedButtons(preview)[1]?.getAttribute('aria-expanded') === 'true',
      'step 2 open in the preview',
    );
    expect(preview.getAttribute('heading-level')).to.equal('3');
    expect(preview.style.getPropertyValue('--img-pathway-accent')).to.equal('#7a1f5c');
    expect(text('snippet-two-tags')).to.contain(
      '<img-pathway heading="Our path &amp; yours" heading-level="3" open="2" single lang="en"></img-pathway>',
    );
    expect(text('snippet-mount')).to.contain(
      'data-mount data-heading="Our path &amp; yours" data-heading-level="3" data-open="2" data-single data-lang="en">',
    );
    expect(text('snippet-fallback')).to.contain('<h3>Our path &amp; yours</h3>').and.contain('<h4>1 of 4: ');
    expect(text('snippet-two-tags')).to.contain('--img-pathway-accent: #7a1f5c;');
  });

  it('writes the WordPress plugin’s shortcode for the same options, with the accent color', async () => {
    setValue('heading', 'Our path & "yours" [2026]');
    setValue('heading-level', '3');
    setValue('single', true);
    setValue('checklist', true);
    (page.document.querySelector('input[name="open"][value="2"]') as HTMLInputElement).click();
    setValue('prop-accent', '#7a1f5c');
    await until(() => text('snippet-wordpress').includes('accent'), 'the shortcode');
    // Quotes and brackets would end the shortcode: they are entities, which the plugin reads back.
    expect(text('snippet-wordpress')).to.equal(
      '[img_pathway heading="Our path &amp; &quot;yours&quot; &#91;2026&#93;" heading-level="3" open="2" single checklist lang="en" accent="#7a1f5c"]\n',
    );
  });

  it('offers the reader features and the language, with a Spanish fallback for a Spanish guide', async () => {
    setValue('checklist', true);
    setValue('remember', true);
    setValue('lang', 'es');
    const preview = page.document.getElementById('preview')!;
    await until(
      () =>
        preview.shadowRoot!.querySelector('[part="guide-heading"]')?.textContent?.startsWith('Ejercer la medicina') ??
        false,
      'the Spanish preview',
    );
    expect(preview.shadowRoot!.querySelectorAll('[part="done"] input')).to.have.length(4);
    expect(text('snippet-two-tags')).to.contain('checklist remember lang="es"></img-pathway>');
    expect(text('snippet-mount')).to.contain('data-checklist data-remember data-lang="es"');
    expect(text('snippet-fallback'))
      .to.contain('<h2>Ejercer la medicina')
      .and.contain('1 de 4: ')
      .and.contain('noviembre de 2026');
    // The Spanish file comes first, so the guide is in Spanish from its first frame.
    const spanishFile =
      /<script src="[^"]+\/img-pathway\.es\.js" integrity="sha384-[^"]+" crossorigin="anonymous"><\/script>\n<script src="[^"]+\/img-pathway\.js"/;
    expect(text('snippet-fallback')).to.match(spanishFile);
    expect(text('snippet-two-tags')).to.match(spanishFile);
  });

  it('asks which language the page is in before it writes any snippet, so a Spanish page never gets an English fallback', async () => {
    page.remove();
    page = await loadPage('/demo/configure.html', 1000);
    await until(() => text('snippet-fallback').includes('language first'), 'the form');
    for (const id of ['snippet-fallback', 'snippet-two-tags', 'snippet-mount', 'snippet-wordpress'])
      expect(text(id), id).not.to.contain('img-pathway');
    const select = page.document.getElementById('lang') as HTMLSelectElement;
    expect(select.required).to.be.true;
    expect(page.document.querySelector('label[for="lang"]')!.textContent).to.contain('page');
    setValue('lang', 'es');
    await until(() => text('snippet-fallback').includes('<script'), 'the snippets');
    expect(text('snippet-fallback')).to.contain('<img-pathway lang="es">').and.contain('noviembre de 2026');
    expect(text('snippet-fallback')).not.to.contain('Official links');
    setValue('lang', 'en');
    await until(() => text('snippet-fallback').includes('<img-pathway lang="en">'), 'the English snippet');
    expect(text('snippet-fallback')).to.contain('November 2026').and.not.contain('noviembre');
  });

  it('writes the hospital’s own text into each step as escaped, slotted elements, in place in the fallback', async () => {
    setValue('own-residency', 'We take <b>12</b> residents & fellows.\n\nInterviews: November.');
    setValue('own-residency-link-text', 'Our "programs"');
    setValue('own-residency-href', 'https://example.org/gme?a=1&b=2');
    setValue('own-immigration', 'We sponsor J-1 visas.');
    setValue('own-immigration-href', 'javascript:alert(1)');
    const residency =
      '<div slot="residency"><p>We take &lt;b&gt;12&lt;/b&gt; residents &amp; fellows.</p><p>Interviews: November.</p><p><a href="https://example.org/gme?a=1&amp;b=2">Our &quot;programs&quot;</a></p></div>';
    await until(() => text('snippet-two-tags').includes('slot="residency"'), 'the own text');
    expect(text('snippet-two-tags')).to.contain(
      `lang="en">\n  ${residency}\n  <div slot="immigration"><p>We sponsor J-1 visas.</p></div>\n</img-pathway>`,
    );
    expect(text('snippet-two-tags')).not.to.contain('javascript:');
    // In the fallback: after step 2, the list going on at 3.
    expect(text('snippet-fallback')).to.contain(`  </ol>\n  ${residency}\n  <ol start="3">`);
    // The preview shows it in step 2's panel, as text.
    const preview = page.document.getElementById('preview')!;
    const own = preview.querySelector('[slot="residency"]')!;
    expect(own.querySelector('b')).to.be.null;
    await until(() => own.assignedSlot !== null, 'the closed step to be filled in');
    expect(own.assignedSlot?.closest('[role="region"]')?.id).to.equal('residency-panel');
  });

  it('warns about colors below the WCAG AA contrast ratio', async () => {
    expect(text('contrast')).to.equal('');
    setValue('prop-accent', '#ffdd00');
    await until(() => text('contrast') !== '', 'the contrast warning');
    expect(text('contrast')).to.contain('White numbers on the accent');
  });

  it('renders the recommended snippet into a working guide, the browser checking its integrity hash', async () => {
    // The snippet as copied, with the CDN address swapped for this server's copy of the same file.
    const snippet = text('snippet-fallback').replace(/src="https:[^"]+"/, 'src="/dist/img-pathway.js"');
    expect(snippet).to.match(/integrity="sha384-[^"]+"/);
    const frame = await loadHtml(`<!doctype html><html lang="en"><body>${snippet}</body></html>`, {
      parent: page.document,
    });
    await until(() => framedButtons(frame.contentDocument!.querySelector('img-pathway')).length === 4, 'the guide');
  });

  it('is refused by the browser when the file does not match the hash (the point of pinning it)', async () => {
    const snippet = text('snippet-two-tags')
      .replace(/src="https:[^"]+"/, 'src="/dist/img-pathway.js"')
      .replace(/integrity="sha384-[^"]+"/, `integrity="sha384-${'A'.repeat(64)}"`);
    const frame = await loadHtml(`<!doctype html><html lang="en"><body>${snippet}</body></html>`, {
      parent: page.document,
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(frame.contentWindow!.customElements.get('img-pathway')).to.be.undefined;
  });
});
