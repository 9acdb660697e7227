import { expect, fixture, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { en } from '../src/content/en.js';
import type { PathwayContent } from '../src/content/types.js';
import type { ImgPathwayChecklistDetail } from '../src/events.js';
import type { ImgPathway } from '../src/img-pathway.js';
import {
  captureWarnings,
  html,
  isShown,
  motionDone,
  openStates,
  panels,
  render,
  shadow,
  spokenText,
  stepButtons,
  toggleAll,
} from './support/helpers.js';

/*
 * The two opt-in features that keep what a reader did: `checklist` (steps marked done, kept in
 * localStorage) and `remember` (open steps, kept in sessionStorage for the tab). A "reload" is
 * simulated by removing the guide and rendering a new one with the same id.
 */

const STEP_IDS = en.steps.map((step) => step.id);
const doneKey = (guide: string, content = 'img-pathway-us', version = '2026-11') =>
  `img-pathway:done:${guide}:${content}:${version}`;
const openKey = (guide: string, content = 'img-pathway-us', version = '2026-11') =>
  `img-pathway:open:${guide}:${content}:${version}`;

const boxes = (el: ImgPathway): HTMLInputElement[] => [
  ...shadow(el).querySelectorAll<HTMLInputElement>('[part="done"] input[type="checkbox"]'),
];
const checkedStates = (el: ImgPathway): boolean[] => boxes(el).map((box) => box.checked);
const progress = (el: ImgPathway): HTMLElement | null => shadow(el).querySelector<HTMLElement>('[part="progress"]');
const progressText = (el: ImgPathway): string => progress(el)?.textContent.trim() ?? '';
const resetButton = (el: ImgPathway): HTMLButtonElement | null =>
  shadow(el).querySelector<HTMLButtonElement>('[part="reset"]');
/** What each round marker shows: its number, or ✓ when the step is done. */
const markers = (el: ImgPathway): string[] =>
  [...shadow(el).querySelectorAll('[part="number"] [aria-hidden="true"]')].map((mark) => mark.textContent.trim());
/** Which panels a person can see, once the steps have finished opening and closing. */
const visiblePanels = async (el: ImgPathway): Promise<boolean[]> => {
  await motionDone(el);
  return panels(el).map((panel) => !panel.hidden && isShown(panel));
};
const saved = (area: Storage, key: string): unknown => JSON.parse(area.getItem(key) ?? 'null');
const ourKeys = (area: Storage): string[] =>
  Array.from({ length: area.length }, (_, i) => area.key(i) ?? '').filter((key) => key.startsWith('img-pathway:'));

/** Clicks a step's checkbox (as a person would: the browser flips it, then fires input and change). */
const tick = async (el: ImgPathway, index: number) => {
  boxes(el)[index]!.click();
  await el.updateComplete;
};
const clickStep = async (el: ImgPathway, index: number) => {
  stepButtons(el)[index]!.click();
  await el.updateComplete;
};

/** Sets the URL hash without leaving the test page (its query string says which test run it is). */
const setHash = (hash: string) => history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
/** Waits for the first render, then for the step a URL hash names to be opened. */
const settle = async (el: ImgPathway) => {
  await el.updateComplete;
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await el.updateComplete;
};

/** A three-step custom guide whose saved state is keyed by its own id and version. */
const clinic = (version: string): PathwayContent => ({
  id: 'clinic',
  version,
  heading: 'Our clinic',
  steps: [
    { id: 'apply', title: 'Apply' },
    { id: 'interview', title: 'Interview' },
    { id: 'start', title: 'Start' },
  ],
});

/** Records every img-pathway-checklist event that reaches the document. */
function recordChecklist() {
  const details: ImgPathwayChecklistDetail[] = [];
  const listener = (event: Event) => details.push((event as CustomEvent<ImgPathwayChecklistDetail>).detail);
  document.addEventListener('img-pathway-checklist', listener);
  return { details, stop: () => document.removeEventListener('img-pathway-checklist', listener) };
}

/**
 * Unusable storage is reported once per page load per storage area (module-level state in
 * src/storage.ts), and this whole file is one page: the first test that meets a faulty area must
 * see exactly one warning for it, every later one none.
 */
const reportedAreas = new Set<string>();
function expectOneWarningPerPage(area: 'localStorage' | 'sessionStorage', warnings: string[]): void {
  for (const warning of warnings) expect(warning).to.match(new RegExp(`^img-pathway: ${area}\\b`));
  expect(warnings, `warnings about ${area}`).to.have.length(reportedAreas.has(area) ? 0 : 1);
  reportedAreas.add(area);
}

/**
 * Runs `run` with a storage area that throws, as in privacy modes and with blocked cookies, then
 * puts the real one back. The `window.localStorage` getter is replaced by one that throws; the
 * real object's methods throw too, because WebKit's JIT can keep calling the original getter from
 * code that already ran often (the element's storage code, after the earlier tests) and would
 * otherwise write to the real storage. Skips the test where the engine will not let the property
 * be redefined.
 */
async function withThrowingStorage(
  test: Mocha.Context,
  area: 'localStorage' | 'sessionStorage',
  run: () => Promise<void>,
): Promise<void> {
  const real = window[area];
  const denied = () => new DOMException('denied', 'SecurityError');
  const original = Object.getOwnPropertyDescriptor(window, area);
  try {
    Object.defineProperty(window, area, {
      configurable: true,
      get() {
        throw denied();
      },
    });
  } catch {
    test.skip(); // The engine does not allow window.localStorage to be redefined.
  }
  const methods = ['getItem', 'setItem', 'removeItem', 'key', 'clear'] as const;
  const originals = methods.map((name) => [name, Object.getOwnPropertyDescriptor(Storage.prototype, name)!] as const);
  for (const [name, descriptor] of originals) {
    const method = descriptor.value as (...args: unknown[]) => unknown;
    Object.defineProperty(Storage.prototype, name, {
      ...descriptor,
      value(this: Storage, ...args: unknown[]) {
        if (this === real) throw denied();
        return method.apply(this, args);
      },
    });
  }
  try {
    await run();
  } finally {
    for (const [name, descriptor] of originals) Object.defineProperty(Storage.prototype, name, descriptor);
    if (original) Object.defineProperty(window, area, original);
    else delete (window as unknown as Record<string, unknown>)[area];
  }
}

/** Collects console.error calls and uncaught errors and rejections while `run` runs. */
async function captureErrors(run: () => Promise<void>): Promise<string[]> {
  const errors: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  const onError = (event: ErrorEvent) => errors.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onRejection);
  try {
    await run();
    // Give rejected update promises a turn to be reported.
    await new Promise((resolve) => setTimeout(resolve, 0));
  } finally {
    console.error = original;
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
  }
  return errors;
}

function clearSavedState() {
  for (const area of [localStorage, sessionStorage]) for (const key of ourKeys(area)) area.removeItem(key);
}

beforeEach(clearSavedState);
afterEach(() => {
  clearSavedState();
  setHash('');
});

describe('checklist', () => {
  it('shows no checkbox, progress or reset button without the attribute, even with progress saved', async () => {
    localStorage.setItem(doneKey('guide'), JSON.stringify(['residency']));
    const el = await render(html`<img-pathway id="guide"></img-pathway>`);
    expect(shadow(el).querySelectorAll('[part="done"], input[type="checkbox"]')).to.have.length(0);
    expect(progress(el)).to.be.null;
    expect(resetButton(el)).to.be.null;
    expect(markers(el)).to.deep.equal(['1', '2', '3', '4']);
  });

  it('gives each step a "Mark this step as done" checkbox in its header, seen while the step is closed, plus a progress line and a reset button', async () => {
    const el = await render(html`<img-pathway checklist></img-pathway>`);
    const labels = [...shadow(el).querySelectorAll<HTMLLabelElement>('label[part="done"]')];
    expect(labels).to.have.length(4);
    labels.forEach((label, i) => {
      expect(label.textContent.trim(), STEP_IDS[i]).to.equal('Mark this step as done');
      expect(label.querySelector('input')!.type).to.equal('checkbox');
      expect(label.closest('[role="region"]'), 'not inside the panel').to.be.null;
      expect(isShown(label), `${STEP_IDS[i]!} label seen`).to.be.true;
    });
    expect(openStates(el)).to.deep.equal([false, false, false, false]);
    expect(checkedStates(el)).to.deep.equal([false, false, false, false]);
    expect(progress(el)!.localName).to.equal('p');
    expect(progress(el)!.getAttribute('role')).to.equal('status');
    expect(progressText(el)).to.equal('0 of 4 steps done');
    expect(resetButton(el)!.localName).to.equal('button');
    expect(resetButton(el)!.textContent.trim()).to.equal('Reset progress');
    expect(isShown(progress(el)!)).to.be.true;
    expect(isShown(resetButton(el)!)).to.be.true;
  });

  it('marks a step done: box checked, ✓ in its marker while its name still says "N of 4:", progress counted, the step neither opened nor closed', async () => {
    const el = await render(html`<img-pathway checklist open="4"></img-pathway>`);
    await tick(el, 1);
    expect(checkedStates(el)).to.deep.equal([false, true, false, false]);
    expect(markers(el)).to.deep.equal(['1', '✓', '3', '4']);
    expect(spokenText(stepButtons(el)[1]!)).to.equal(`2 of 4: ${en.steps[1]!.title}`);
    expect(progressText(el)).to.equal('1 of 4 steps done');
    await tick(el, 3);
    expect(markers(el)).to.deep.equal(['1', '✓', '3', '✓']);
    expect(progressText(el)).to.equal('2 of 4 steps done');
    expect(openStates(el)).to.deep.equal([false, false, false, true]);
    expect(await visiblePanels(el)).to.deep.equal([false, false, false, true]);
    await tick(el, 1);
    expect(checkedStates(el)).to.deep.equal([false, false, false, true]);
    expect(markers(el)).to.deep.equal(['1', '2', '3', '✓']);
    expect(progressText(el)).to.equal('1 of 4 steps done');
  });

  it('fires img-pathway-checklist with { id, done, count }, bubbling out of the shadow root', async () => {
    const el = await render(html`<img-pathway checklist></img-pathway>`);
    const first = oneEvent(document, 'img-pathway-checklist');
    boxes(el)[2]!.click();
    const event = await first;
    expect(event.detail).to.deep.equal({ id: 'state-licensure', done: true, count: 1 });
    expect(event.bubbles).to.be.true;
    expect(event.composed).to.be.true;
    expect(event.target).to.equal(el);
    await el.updateComplete;
    const recorder = recordChecklist();
    try {
      await tick(el, 0);
      await tick(el, 2);
    } finally {
      recorder.stop();
    }
    expect(recorder.details).to.deep.equal([
      { id: 'ecfmg-certification', done: true, count: 2 },
      { id: 'state-licensure', done: false, count: 1 },
    ]);
  });

  it('"Reset progress" clears every box and brings the numbers back, with one event per step it clears', async () => {
    const el = await render(html`<img-pathway id="guide" checklist></img-pathway>`);
    await tick(el, 0);
    await tick(el, 2);
    expect(saved(localStorage, doneKey('guide'))).to.have.members(['ecfmg-certification', 'state-licensure']);
    const recorder = recordChecklist();
    try {
      resetButton(el)!.click();
      await el.updateComplete;
      expect(checkedStates(el)).to.deep.equal([false, false, false, false]);
      expect(markers(el)).to.deep.equal(['1', '2', '3', '4']);
      expect(progressText(el)).to.equal('0 of 4 steps done');
      expect(recorder.details).to.have.deep.members([
        { id: 'ecfmg-certification', done: false, count: 0 },
        { id: 'state-licensure', done: false, count: 0 },
      ]);
      expect(localStorage.getItem(doneKey('guide')), 'nothing left saved').to.be.null;
      recorder.details.length = 0;
      resetButton(el)!.click();
      await el.updateComplete;
      expect(recorder.details, 'nothing to clear the second time').to.deep.equal([]);
    } finally {
      recorder.stop();
    }
  });

  it('saves the done steps under img-pathway:done:<id>:img-pathway-us:2026-11, and a guide with the same id shows them again', async () => {
    const el = await render(html`<img-pathway id="guide" checklist></img-pathway>`);
    await tick(el, 1);
    await tick(el, 3);
    expect(saved(localStorage, doneKey('guide'))).to.have.members(['residency', 'immigration']);
    el.remove();
    const back = await render(html`<img-pathway id="guide" checklist></img-pathway>`);
    expect(checkedStates(back)).to.deep.equal([false, true, false, true]);
    expect(markers(back)).to.deep.equal(['1', '✓', '3', '✓']);
    expect(progressText(back)).to.equal('2 of 4 steps done');
    await tick(back, 1);
    await tick(back, 3);
    expect(progressText(back)).to.equal('0 of 4 steps done');
    expect(localStorage.getItem(doneKey('guide')), 'removed when nothing is done').to.be.null;
  });

  it('shows the saved progress when checklist is turned on after the first render', async () => {
    localStorage.setItem(doneKey('guide'), JSON.stringify(['state-licensure']));
    const el = await render(html`<img-pathway id="guide"></img-pathway>`);
    expect(markers(el)).to.deep.equal(['1', '2', '3', '4']);
    el.checklist = true;
    await el.updateComplete;
    expect(checkedStates(el)).to.deep.equal([false, false, true, false]);
    expect(progressText(el)).to.equal('1 of 4 steps done');
  });

  it('keys a guide without an id by its position among the guides on the page, so two guides keep their own progress', async () => {
    let box = await fixture<HTMLDivElement>(
      html`<div><img-pathway checklist></img-pathway><img-pathway checklist></img-pathway></div>`,
    );
    let [first, second] = [...box.querySelectorAll('img-pathway')] as [ImgPathway, ImgPathway];
    await Promise.all([first.updateComplete, second.updateComplete]);
    await tick(second, 0);
    expect(saved(localStorage, doneKey('1'))).to.deep.equal(['ecfmg-certification']);
    expect(localStorage.getItem(doneKey('0'))).to.be.null;
    expect(checkedStates(first)).to.deep.equal([false, false, false, false]);
    box.remove();
    box = await fixture<HTMLDivElement>(
      html`<div><img-pathway checklist></img-pathway><img-pathway checklist></img-pathway></div>`,
    );
    [first, second] = [...box.querySelectorAll('img-pathway')] as [ImgPathway, ImgPathway];
    await Promise.all([first.updateComplete, second.updateComplete]);
    expect(checkedStates(first)).to.deep.equal([false, false, false, false]);
    expect(checkedStates(second)).to.deep.equal([true, false, false, false]);
    expect(progressText(first)).to.equal('0 of 4 steps done');
    expect(progressText(second)).to.equal('1 of 4 steps done');
  });

  it('keeps two guides with different ids apart', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div><img-pathway id="a" checklist></img-pathway><img-pathway id="b" checklist></img-pathway></div>`,
    );
    const [a, b] = [...box.querySelectorAll('img-pathway')] as [ImgPathway, ImgPathway];
    await Promise.all([a.updateComplete, b.updateComplete]);
    await tick(a, 3);
    await tick(b, 1);
    expect(saved(localStorage, doneKey('a'))).to.deep.equal(['immigration']);
    expect(saved(localStorage, doneKey('b'))).to.deep.equal(['residency']);
    box.remove();
    const backB = await render(html`<img-pathway id="b" checklist></img-pathway>`);
    expect(checkedStates(backB)).to.deep.equal([false, true, false, false]);
  });

  it('keeps two guides without an id apart inside a shadow root too', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const make = () => {
      root.innerHTML = '<img-pathway checklist></img-pathway><img-pathway checklist></img-pathway>';
      return [...root.querySelectorAll('img-pathway')] as [ImgPathway, ImgPathway];
    };
    let [first, second] = make();
    await Promise.all([first.updateComplete, second.updateComplete]);
    await tick(first, 0);
    [first, second] = make();
    await Promise.all([first.updateComplete, second.updateComplete]);
    expect(checkedStates(first)).to.deep.equal([true, false, false, false]);
    expect(checkedStates(second)).to.deep.equal([false, false, false, false]);
  });

  it('keys custom content by its own id and version: a new version starts fresh, the old one keeps its progress', async () => {
    const v1 = clinic('1');
    const el = await render(html`<img-pathway id="guide" checklist .content=${v1}></img-pathway>`);
    expect(progressText(el)).to.equal('0 of 3 steps done');
    await tick(el, 0);
    expect(saved(localStorage, doneKey('guide', 'clinic', '1'))).to.deep.equal(['apply']);
    expect(localStorage.getItem(doneKey('guide')), 'not under the built-in guide').to.be.null;
    el.remove();
    const v2 = await render(html`<img-pathway id="guide" checklist .content=${clinic('2')}></img-pathway>`);
    expect(checkedStates(v2)).to.deep.equal([false, false, false]);
    expect(progressText(v2)).to.equal('0 of 3 steps done');
    await tick(v2, 2);
    v2.remove();
    const again = await render(html`<img-pathway id="guide" checklist .content=${clinic('1')}></img-pathway>`);
    expect(checkedStates(again)).to.deep.equal([true, false, false]);
    expect(markers(again)).to.deep.equal(['✓', '2', '3']);
    expect(progressText(again)).to.equal('1 of 3 steps done');
    expect(saved(localStorage, doneKey('guide', 'clinic', '2'))).to.deep.equal(['start']);
  });

  it('ignores saved ids that name no step of the guide in its boxes and progress', async () => {
    localStorage.setItem(doneKey('guide'), JSON.stringify(['residency', 'no-such-step', 7]));
    const el = await render(html`<img-pathway id="guide" checklist></img-pathway>`);
    expect(checkedStates(el)).to.deep.equal([false, true, false, false]);
    expect(markers(el)).to.deep.equal(['1', '✓', '3', '4']);
    expect(progressText(el)).to.equal('1 of 4 steps done');
    resetButton(el)!.click();
    await el.updateComplete;
    expect(progressText(el)).to.equal('0 of 4 steps done');
    expect(localStorage.getItem(doneKey('guide'))).to.be.null;
  });

  it('fires reset events only for steps of the guide, even with a stale id saved', async () => {
    localStorage.setItem(doneKey('guide'), JSON.stringify(['residency', 'no-such-step']));
    const el = await render(html`<img-pathway id="guide" checklist></img-pathway>`);
    const recorder = recordChecklist();
    try {
      resetButton(el)!.click();
      await el.updateComplete;
    } finally {
      recorder.stop();
    }
    expect(recorder.details, 'one event per step cleared').to.deep.equal([{ id: 'residency', done: false, count: 0 }]);
  });

  it('ignores a saved value that is not a list, and saves over it', async () => {
    localStorage.setItem(doneKey('guide'), JSON.stringify({ residency: true }));
    const warnings = await captureWarnings(async () => {
      const el = await render(html`<img-pathway id="guide" checklist></img-pathway>`);
      expect(checkedStates(el)).to.deep.equal([false, false, false, false]);
      expect(progressText(el)).to.equal('0 of 4 steps done');
      await tick(el, 2);
      expect(progressText(el)).to.equal('1 of 4 steps done');
    });
    expect(warnings).to.deep.equal([]);
    expect(saved(localStorage, doneKey('guide'))).to.deep.equal(['state-licensure']);
  });

  it('ignores a saved value that is not JSON without saying storage is unusable', async () => {
    localStorage.setItem(doneKey('guide'), '["residency"');
    const warnings = await captureWarnings(async () => {
      const el = await render(html`<img-pathway id="guide" checklist></img-pathway>`);
      expect(progressText(el)).to.equal('0 of 4 steps done');
      await tick(el, 0);
    });
    expect(warnings.filter((warning) => /cannot be used/.test(warning))).to.deep.equal([]);
    expect(saved(localStorage, doneKey('guide'))).to.deep.equal(['ecfmg-certification']);
  });

  it('works for the visit when localStorage throws, throwing nothing and warning at most once per page', async function () {
    let warnings: string[] = [];
    const errors = await captureErrors(() =>
      withThrowingStorage(this, 'localStorage', async () => {
        warnings = await captureWarnings(async () => {
          const box = await fixture<HTMLDivElement>(
            html`<div><img-pathway id="a" checklist></img-pathway><img-pathway id="b" checklist></img-pathway></div>`,
          );
          const [a, b] = [...box.querySelectorAll('img-pathway')] as [ImgPathway, ImgPathway];
          await Promise.all([a.updateComplete, b.updateComplete]);
          expect(progressText(a)).to.equal('0 of 4 steps done');
          await tick(a, 0);
          await tick(a, 3);
          await tick(b, 1);
          expect(checkedStates(a)).to.deep.equal([true, false, false, true]);
          expect(markers(a)).to.deep.equal(['✓', '2', '3', '✓']);
          expect(progressText(a)).to.equal('2 of 4 steps done');
          expect(checkedStates(b)).to.deep.equal([false, true, false, false]);
          resetButton(a)!.click();
          await a.updateComplete;
          expect(checkedStates(a)).to.deep.equal([false, false, false, false]);
          expect(progressText(a)).to.equal('0 of 4 steps done');
        });
      }),
    );
    expect(errors).to.deep.equal([]);
    expectOneWarningPerPage('localStorage', warnings);
    expect(ourKeys(localStorage), 'nothing reached the real storage').to.deep.equal([]);
  });

  it('still checks the box when saving fails (QuotaExceededError), throwing nothing', async () => {
    let warnings: string[] = [];
    /* eslint-disable @typescript-eslint/unbound-method */
    const setItem = Storage.prototype.setItem;
    const errors = await captureErrors(async () => {
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      try {
        warnings = await captureWarnings(async () => {
          const el = await render(html`<img-pathway id="guide" checklist></img-pathway>`);
          await tick(el, 2);
          expect(checkedStates(el)).to.deep.equal([false, false, true, false]);
          expect(markers(el)).to.deep.equal(['1', '2', '✓', '4']);
          expect(progressText(el)).to.equal('1 of 4 steps done');
          await tick(el, 1);
          expect(progressText(el)).to.equal('2 of 4 steps done');
        });
      } finally {
        Storage.prototype.setItem = setItem;
      }
    });
    /* eslint-enable @typescript-eslint/unbound-method */
    expect(errors).to.deep.equal([]);
    expectOneWarningPerPage('localStorage', warnings);
    expect(localStorage.getItem(doneKey('guide'))).to.be.null;
  });

  it('passes axe with the checklist on, two steps done and one open', async () => {
    const el = await render(html`<img-pathway checklist open="2"></img-pathway>`);
    await tick(el, 0);
    await tick(el, 1);
    await motionDone(el);
    expect(progressText(el)).to.equal('2 of 4 steps done');
    await expect(el).to.be.accessible();
  });

  it('reaches each checkbox with Tab right after its step button, and Space marks it done and not done', async () => {
    const el = await render(html`<img-pathway checklist></img-pathway>`);
    resetButton(el)!.focus();
    const visited: (Element | null)[] = [];
    for (let i = 0; i < 9; i++) {
      await sendKeys({ press: 'Tab' });
      visited.push(shadow(el).activeElement);
    }
    const [b1, b2, b3, b4] = stepButtons(el);
    const [c1, c2, c3, c4] = boxes(el);
    expect(visited).to.deep.equal([toggleAll(el), b1, c1, b2, c2, b3, c3, b4, c4]);
    c2!.focus();
    // The space bar is pressed as ' ', as in aria-keyboard.test.ts: Firefox's WebDriver BiDi
    // keyboard in Puppeteer rejects the key name 'Space' ("Unknown key").
    const recorder = recordChecklist();
    try {
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(checkedStates(el)).to.deep.equal([false, true, false, false]);
      expect(progressText(el)).to.equal('1 of 4 steps done');
      expect(shadow(el).activeElement).to.equal(c2);
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(checkedStates(el)).to.deep.equal([false, false, false, false]);
      expect(progressText(el)).to.equal('0 of 4 steps done');
    } finally {
      recorder.stop();
    }
    expect(recorder.details).to.deep.equal([
      { id: 'residency', done: true, count: 1 },
      { id: 'residency', done: false, count: 0 },
    ]);
    expect(openStates(el), 'Space on a box does not open its step').to.deep.equal([false, false, false, false]);
  });
});

describe('remember', () => {
  it('reopens the steps that were open when a guide with the same id comes back, instead of its open attribute', async () => {
    const el = await render(html`<img-pathway id="guide" remember open="1"></img-pathway>`);
    await clickStep(el, 0);
    await clickStep(el, 1);
    await clickStep(el, 3);
    expect(saved(sessionStorage, openKey('guide'))).to.have.members(['residency', 'immigration']);
    el.remove();
    const back = await render(html`<img-pathway id="guide" remember open="1"></img-pathway>`);
    expect(openStates(back)).to.deep.equal([false, true, false, true]);
    expect(await visiblePanels(back)).to.deep.equal([false, true, false, true]);
  });

  it('keys a guide without an id by its position on the page', async () => {
    const el = await render(html`<img-pathway remember></img-pathway>`);
    await clickStep(el, 2);
    expect(saved(sessionStorage, openKey('0'))).to.deep.equal(['state-licensure']);
    el.remove();
    const back = await render(html`<img-pathway remember></img-pathway>`);
    expect(openStates(back)).to.deep.equal([false, false, true, false]);
    expect(await visiblePanels(back)).to.deep.equal([false, false, true, false]);
  });

  it('keeps two guides with different ids apart', async () => {
    const template = html`<div><img-pathway id="a" remember></img-pathway><img-pathway id="b" remember></img-pathway></div>`;
    let box = await fixture<HTMLDivElement>(template);
    let [a, b] = [...box.querySelectorAll('img-pathway')] as [ImgPathway, ImgPathway];
    await Promise.all([a.updateComplete, b.updateComplete]);
    await clickStep(a, 0);
    await clickStep(b, 3);
    box.remove();
    box = await fixture<HTMLDivElement>(template);
    [a, b] = [...box.querySelectorAll('img-pathway')] as [ImgPathway, ImgPathway];
    await Promise.all([a.updateComplete, b.updateComplete]);
    expect(openStates(a)).to.deep.equal([true, false, false, false]);
    expect(openStates(b)).to.deep.equal([false, false, false, true]);
    expect(await visiblePanels(b)).to.deep.equal([false, false, false, true]);
  });

  it('saves nothing without remember, and a guide without remember follows its open attribute', async () => {
    const el = await render(html`<img-pathway id="guide"></img-pathway>`);
    await clickStep(el, 1);
    toggleAll(el)!.click();
    await el.updateComplete;
    expect(ourKeys(sessionStorage)).to.deep.equal([]);
    el.remove();
    sessionStorage.setItem(openKey('guide'), JSON.stringify(['immigration']));
    const other = await render(html`<img-pathway id="guide" open="1"></img-pathway>`);
    expect(openStates(other)).to.deep.equal([true, false, false, false]);
  });

  it('lets a URL hash naming a step win over the remembered steps', async () => {
    sessionStorage.setItem(openKey('0'), JSON.stringify(['ecfmg-certification', 'immigration']));
    setHash('#residency');
    const el = await render(html`<img-pathway remember></img-pathway>`);
    await settle(el);
    expect(openStates(el)).to.deep.equal([false, true, false, false]);
    expect(await visiblePanels(el)).to.deep.equal([false, true, false, false]);
  });

  it('with an id, lets #<id>-<step> win over the remembered steps, but not a hash meant for another guide', async () => {
    sessionStorage.setItem(openKey('guide'), JSON.stringify(['immigration']));
    setHash('#guide-residency');
    const el = await render(html`<img-pathway id="guide" remember></img-pathway>`);
    await settle(el);
    expect(openStates(el)).to.deep.equal([false, true, false, false]);
    expect(await visiblePanels(el)).to.deep.equal([false, true, false, false]);
    el.remove();
    sessionStorage.setItem(openKey('guide'), JSON.stringify(['immigration']));
    setHash('#other-residency');
    const back = await render(html`<img-pathway id="guide" remember></img-pathway>`);
    await settle(back);
    expect(openStates(back)).to.deep.equal([false, false, false, true]);
  });

  it('keys custom content by its own id and version', async () => {
    const el = await render(html`<img-pathway id="guide" remember .content=${clinic('1')}></img-pathway>`);
    await clickStep(el, 1);
    expect(saved(sessionStorage, openKey('guide', 'clinic', '1'))).to.deep.equal(['interview']);
    expect(sessionStorage.getItem(openKey('guide')), 'not under the built-in guide').to.be.null;
    el.remove();
    const v2 = await render(html`<img-pathway id="guide" remember .content=${clinic('2')}></img-pathway>`);
    expect(openStates(v2)).to.deep.equal([false, false, false]);
    v2.remove();
    const again = await render(html`<img-pathway id="guide" remember .content=${clinic('1')}></img-pathway>`);
    expect(openStates(again)).to.deep.equal([false, true, false]);
    expect(await visiblePanels(again)).to.deep.equal([false, true, false]);
  });

  it('remembers that every step was closed: a guide with open="1" comes back with none open', async () => {
    const el = await render(html`<img-pathway id="guide" remember open="1"></img-pathway>`);
    await clickStep(el, 0);
    expect(openStates(el)).to.deep.equal([false, false, false, false]);
    el.remove();
    const back = await render(html`<img-pathway id="guide" remember open="1"></img-pathway>`);
    expect(openStates(back)).to.deep.equal([false, false, false, false]);
  });

  it('keeps both the open steps and the done steps when the guide comes back', async () => {
    const el = await render(html`<img-pathway id="guide" remember checklist></img-pathway>`);
    await clickStep(el, 2);
    await tick(el, 0);
    el.remove();
    const back = await render(html`<img-pathway id="guide" remember checklist></img-pathway>`);
    expect(openStates(back)).to.deep.equal([false, false, true, false]);
    expect(checkedStates(back)).to.deep.equal([true, false, false, false]);
    expect(progressText(back)).to.equal('1 of 4 steps done');
    expect(await visiblePanels(back)).to.deep.equal([false, false, true, false]);
  });

  it('renders, opens and closes steps when sessionStorage throws, throwing nothing', async function () {
    let warnings: string[] = [];
    const errors = await captureErrors(() =>
      withThrowingStorage(this, 'sessionStorage', async () => {
        warnings = await captureWarnings(async () => {
          const el = await render(html`<img-pathway id="guide" remember open="2"></img-pathway>`);
          expect(openStates(el)).to.deep.equal([false, true, false, false]);
          await clickStep(el, 2);
          await clickStep(el, 1);
          expect(openStates(el)).to.deep.equal([false, false, true, false]);
          expect(await visiblePanels(el)).to.deep.equal([false, false, true, false]);
        });
      }),
    );
    expect(errors).to.deep.equal([]);
    expectOneWarningPerPage('sessionStorage', warnings);
    expect(ourKeys(sessionStorage)).to.deep.equal([]);
  });
});
