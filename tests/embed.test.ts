import { expect } from '@open-wc/testing';
import { framedButtons, loadPage, until, type LoadedPage } from './support/frame.js';

/*
 * Embedding on the pages hospitals really have: the built dist/img-pathway.js in test pages
 * under tests/pages/, each one hostile in its own way. Run `npm run build` first.
 */

const guideIn = (page: LoadedPage, selector = 'img-pathway') => page.document.querySelector(selector)!;
const rendered = (page: LoadedPage, selector = 'img-pathway') =>
  until(() => framedButtons(page.document.querySelector(selector)).length === 4, `${selector} to render`);
const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const style = (page: LoadedPage, el: Element) => page.window.getComputedStyle(el);

/** Nothing in the page is wider than its viewport. */
const noSidewaysScroll = (page: LoadedPage) =>
  expect(page.document.documentElement.scrollWidth).to.be.at.most(page.document.documentElement.clientWidth);

describe('one tag that renders in place (data-mount)', () => {
  let page: LoadedPage | undefined;
  afterEach(() => page?.remove());

  it('renders the guide right after its script tag, with every data-* option applied', async () => {
    page = await loadPage('/tests/pages/mount.html');
    await rendered(page);
    const guide = guideIn(page);
    expect(guide.previousElementSibling!.localName).to.equal('script');
    expect(guide.nextElementSibling!.id).to.equal('after');
    expect(guide.id).to.equal('gme-guide');
    expect(guide.className).to.equal('wide');
    expect(part(guide, 'guide-heading').textContent).to.equal('Our path for IMGs');
    expect(part(guide, 'guide-heading').localName).to.equal('h3');
    expect(framedButtons(guide).map((b) => b.getAttribute('aria-expanded'))).to.deep.equal([
      'false',
      'true',
      'false',
      'false',
    ]);
    expect(page.window.__warnings).to.deep.equal([]);
    expect(page.window.__errors).to.deep.equal([]);
  });

  it('warns once per mistake, naming the data-* attribute as written, and still renders the whole guide', async () => {
    page = await loadPage('/tests/pages/mount-bad.html');
    await rendered(page);
    await until(() => page!.window.__warnings.length >= 3, 'three warnings');
    const warnings = page.window.__warnings;
    expect(warnings).to.have.length(3);
    expect(warnings.find((w) => w.includes('data-colour')))
      .to.contain('img-pathway')
      .and.contain('not an option');
    expect(warnings.find((w) => w.includes('data-open='))).to.contain('"9"');
    expect(warnings.find((w) => w.includes('data-heading-level=')))
      .to.contain('"eight"')
      .and.contain('using 2');
    expect(page.window.__errors).to.deep.equal([]);
  });

  it('mounts one guide per mounting script, even when an earlier copy defined the element', async () => {
    page = await loadPage('/tests/pages/mount-twice.html');
    await rendered(page, '#first img-pathway');
    await rendered(page, '#second img-pathway');
    expect(page.document.querySelectorAll('img-pathway')).to.have.length(2);
    expect(guideIn(page, '#second img-pathway').hasAttribute('single')).to.be.true;
    expect(page.window.__warnings).to.deep.equal([]);
  });

  it('says a mounting script in <head> cannot show a guide, and the page still works', async () => {
    page = await loadPage('/tests/pages/mount-head.html');
    await rendered(page, '#declared');
    expect(page.window.__warnings).to.have.length(1);
    expect(page.window.__warnings[0]).to.contain('img-pathway').and.contain('<body>');
    expect(page.document.querySelectorAll('img-pathway')).to.have.length(1);
  });
});

describe('hostile pages', () => {
  let page: LoadedPage | undefined;
  afterEach(() => page?.remove());

  it('stays legible and usable under Bootstrap 5 and global !important rules', async () => {
    page = await loadPage('/tests/pages/hostile.html', 900);
    await rendered(page);
    const guide = guideIn(page);
    const title = style(page, part(guide, 'title'));
    const intro = style(page, part(guide, 'intro'));
    expect(parseFloat(intro.fontSize)).to.be.at.least(16);
    expect(parseFloat(intro.lineHeight) / parseFloat(intro.fontSize)).to.be.closeTo(1.5, 0.01);
    expect(intro.textTransform).to.equal('none');
    expect(title.textTransform).to.equal('none');
    expect(intro.letterSpacing).to.be.oneOf(['normal', '0px']);
    expect(intro.fontStyle).to.equal('normal');
    expect(intro.color).to.equal('rgb(27, 27, 27)');
    for (const button of framedButtons(guide)) expect(button.getBoundingClientRect().height).to.be.at.least(44);
    framedButtons(guide)[2]!.click();
    await until(() => framedButtons(guide)[2]!.getAttribute('aria-expanded') === 'true', 'step 3 to open');
    expect(part(guide, 'panel').getBoundingClientRect().height).to.be.greaterThan(100);
    noSidewaysScroll(page);
    expect(page.window.__errors).to.deep.equal([]);
  });

  it('works inside a layout table in a quirks-mode page, and when stamped from a <template>', async () => {
    page = await loadPage('/tests/pages/quirks.html');
    expect(page.document.compatMode).to.equal('BackCompat');
    await rendered(page, '#in-table');
    await rendered(page, '#from-template');
    const inTable = guideIn(page, '#in-table');
    expect(inTable.getBoundingClientRect().width).to.be.greaterThan(300);
    expect(framedButtons(inTable)[1]!.getAttribute('aria-expanded')).to.equal('true');
    expect(framedButtons(guideIn(page, '#from-template')).every((b) => b.getAttribute('aria-expanded') === 'true')).to
      .be.true;
    expect(page.window.__errors).to.deep.equal([]);
  });

  it('defines the element globally with RequireJS (an AMD loader) on the page', async () => {
    page = await loadPage('/tests/pages/requirejs.html');
    await rendered(page);
    expect(typeof (page.window as unknown as { define?: unknown }).define).to.equal('function');
    expect(page.window.__errors).to.deep.equal([]);
  });

  it('runs under a strict Content-Security-Policy with no violation, its styles applied', async () => {
    page = await loadPage('/tests/pages/csp.html');
    await rendered(page, 'body > img-pathway');
    await until(() => page!.document.querySelectorAll('img-pathway').length === 2, 'the mounted guide');
    await rendered(page, 'script + img-pathway');
    const guide = guideIn(page);
    expect(style(page, part(guide, 'number')).backgroundColor).to.equal('rgb(0, 94, 162)');
    expect(style(page, part(guide, 'guide')).lineHeight).not.to.equal('normal');
    // The second, hash-checked file with the step bodies loads under the same policy.
    await until(() => part(guide, 'panel').textContent.includes('Intealth'), 'the body of step 1');
    expect(page.window.__cspViolations).to.deep.equal([]);
    expect(page.window.__errors).to.deep.equal([]);
  });

  it('leaves an older copy already on the page in charge and says which version is active', async () => {
    page = await loadPage('/tests/pages/other-version.html');
    await until(() => page!.window.__warnings.length > 0, 'a warning');
    expect(page.window.__warnings).to.have.length(1);
    expect(page.window.__warnings[0]).to.contain('img-pathway').and.contain('0.0.9').and.contain('0.1.0');
    expect(guideIn(page).textContent).to.equal('old guide');
    expect(page.window.__errors).to.deep.equal([]);
  });
});

describe('small screens and zoom', () => {
  let page: LoadedPage | undefined;
  afterEach(() => page?.remove());

  it('fits a 320 px wide viewport with every step open', async () => {
    page = await loadPage('/tests/pages/bundle-open.html', 320);
    await rendered(page);
    noSidewaysScroll(page);
  });

  it('fits a 320 px viewport with text at 200%, and the text really is twice as large', async () => {
    page = await loadPage('/tests/pages/zoom.html', 320);
    await rendered(page);
    expect(parseFloat(style(page, part(guideIn(page), 'intro')).fontSize)).to.equal(32);
    noSidewaysScroll(page);
  });

  it('fits a 640 px window zoomed to 200%', async () => {
    page = await loadPage('/tests/pages/page-zoom.html', 640);
    await rendered(page);
    const guide = guideIn(page);
    // Twice as large on screen: the 16 px text is drawn 32 px tall.
    expect(part(guide, 'title').getBoundingClientRect().height).to.be.at.least(2 * 18);
    expect(guide.getBoundingClientRect().right).to.be.at.most(640);
    noSidewaysScroll(page);
  });
});
