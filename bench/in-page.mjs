/**
 * Where a guide's time goes, measured inside one page rather than over whole loads: page loads
 * on a shared machine swing by ±100 ms, far more than the differences in question, but the work
 * itself is the same every time. So each sample repeats one piece of work in an already loaded
 * page, and the report keeps the fastest of many samples: noise only ever adds time.
 *
 * A (plain `<details>`) and B (`<img-pathway>`) each live in an iframe of one top page, so both
 * run in one renderer, in turn; only the frame being measured is displayed. Per sample:
 *   50 guides  append 50 guides (A: their HTML through innerHTML; B: 50 elements, then each
 *              one's first update), then style (`getComputedStyle` of a title in the last
 *              guide), then layout (`offsetHeight`); then they are removed again;
 *   click      open the 4th step of a guide already there (B: until its update is done), then
 *              style and layout; then close it again and let its animation end.
 * Run at full CPU speed: with the minimum of many short samples, the slowdown would only make
 * the same ratios longer to measure.
 */
import { inlineCss, pageHtml } from './pages.mjs';
import { throttledPage } from './session.mjs';

/** A frame: the benchmark's host page styles, a box for the 50 guides, and one guide for the click. */
const framePage = (kind, script, guide) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><style>${inlineCss(kind)}</style>${script}</head><body><p>Host page.</p><div id="box"></div><div id="one">${guide}</div></body></html>`;

/** One copy of the plain guide's markup, as page A writes it. */
const plainGuide = () => pageHtml('details', 1).match(/<section[\s\S]*<\/section>/)[0];

/** Routes for run.mjs to serve: `/in-page/top.html` and one frame per kind. */
export function inPageRoutes() {
  const frames = {
    A: framePage('details', '', plainGuide()),
    B: framePage('pathway', '<script src="/img-pathway.js"></script>', '<img-pathway></img-pathway>'),
  };
  const frame = (id) =>
    `<iframe id="f-${id}" src="/in-page/${id}.html" style="width:1280px;height:800px;border:0"></iframe>`;
  return [
    [
      '/in-page/top.html',
      {
        type: 'text/html; charset=utf-8',
        body: `<!doctype html><html><head><link rel="icon" href="data:,"></head><body>${Object.keys(frames).map(frame).join('')}</body></html>`,
      },
    ],
    ...Object.entries(frames).map(([id, body]) => [`/in-page/${id}.html`, { type: 'text/html; charset=utf-8', body }]),
  ];
}

/** In the top page: one sample of `work` for kind `id`. Serialized: uses nothing from here. */
async function sample(id, work, count, plainHtml) {
  const frame = document.getElementById(`f-${id}`);
  for (const other of document.querySelectorAll('iframe')) other.style.display = other === frame ? '' : 'none';
  const w = frame.contentWindow;
  const d = frame.contentDocument;
  const afterFrame = () => new Promise((resolve) => w.requestAnimationFrame(() => w.setTimeout(resolve, 0)));
  if (id === 'B') await w.customElements.whenDefined('img-pathway');
  await afterFrame();
  // One piece of work (`build` returns an element to ask the style of), then style, then layout.
  const timed = async (build) => {
    const start = w.performance.now();
    const deep = await build();
    const built = w.performance.now();
    void w.getComputedStyle(deep).color;
    const styled = w.performance.now();
    void d.body.offsetHeight;
    const laidOut = w.performance.now();
    return { build: built - start, style: styled - built, layout: laidOut - styled, total: laidOut - start };
  };
  if (work === 'guides') {
    const box = d.getElementById('box');
    const times = await timed(async () => {
      if (id === 'A') {
        box.innerHTML = plainHtml.repeat(count);
        return box.lastElementChild.querySelector('summary');
      }
      const guides = Array.from({ length: count }, () => box.appendChild(d.createElement('img-pathway')));
      await Promise.all(guides.map((guide) => guide.updateComplete));
      return guides.at(-1).shadowRoot.querySelector('.title');
    });
    box.replaceChildren();
    void d.body.offsetHeight;
    return times;
  }
  const one = d.getElementById('one');
  const guide = one.querySelector('img-pathway');
  const target = id === 'A' ? one.querySelectorAll('summary')[3] : guide.shadowRoot.querySelectorAll('.step-button')[3];
  const times = await timed(async () => {
    target.click();
    if (guide) await guide.updateComplete;
    return target;
  });
  target.click();
  // Closing animates for 200 ms: the next sample starts after it.
  await new Promise((resolve) => w.setTimeout(resolve, 300));
  return times;
}

/**
 * `samples` of each work for A and B, alternating, after three unrecorded ones. Returns, per
 * work and kind, each phase's samples: `{ guides: { A: { build: [...], ... }, B }, click }`.
 */
export async function measureInPage(browser, origin, { samples, count }) {
  const problems = [];
  const { context, page } = await throttledPage(browser, { cpu: 1, scripts: [], problems });
  try {
    await page.goto(`${origin}/in-page/top.html`, { waitUntil: 'load' });
    // The step bodies arrive and the closed panels fill in while the browser is idle.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const result = {};
    for (const work of ['guides', 'click']) {
      result[work] = {};
      for (let i = 0; i < samples + 3; i++) {
        const ids = i % 2 ? ['B', 'A'] : ['A', 'B'];
        for (const id of ids) {
          const times = await page.evaluate(sample, id, work, count, plainGuide());
          if (i < 3) continue;
          const phases = (result[work][id] ??= { build: [], style: [], layout: [], total: [] });
          for (const [phase, ms] of Object.entries(times)) phases[phase].push(ms);
        }
      }
    }
    if (problems.length > 0) throw new Error(`in-page measure: ${problems.join('; ')}`);
    return result;
  } finally {
    await context.close();
  }
}
