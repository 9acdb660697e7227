/**
 * The in-page half of the benchmark, installed with `page.evaluateOnNewDocument` so it runs
 * before any of the page's own markup or scripts. It is serialized into the page: it must not
 * use anything from this module's scope.
 *
 * It exposes `window.__bench`:
 *   ready        promise of the ready time, ms since navigation start (performance.now());
 *   cls          sum of layout-shift values without recent input, and `shifts`, one line each;
 *   target()     the 4th step's summary/button in the first guide (for the click);
 *   isOpen()     whether that step is open;
 *   armClick()   listens for the next click; `nextFrame` is then the promise of the time from
 *                that click to the end of the next frame, and `interaction` the promise of the
 *                browser's own measure of it (Event Timing, below).
 */
export function probe({ kind, count }) {
  /** Per kind: the custom element that must be defined, the guides, a guide's steps, and a step's parts. */
  const kinds = {
    details: {
      guides: () => document.querySelectorAll('.guide'),
      steps: (guide) => guide.querySelectorAll('details'),
      title: (step) => step.querySelector('summary'),
      target: (step) => step.querySelector('summary'),
      isOpen: (step) => step.open,
    },
    pathway: {
      tag: 'img-pathway',
      guides: () => document.querySelectorAll('img-pathway'),
      steps: (guide) => guide.shadowRoot?.querySelectorAll('.step') ?? [],
      title: (step) => step.querySelector('[part="title"]'),
      target: (step) => step.querySelector('.step-button'),
      isOpen: (step) => step.querySelector('.step-button').getAttribute('aria-expanded') === 'true',
    },
    shoelace: {
      tag: 'sl-details',
      guides: () => document.querySelectorAll('.guide'),
      steps: (guide) => guide.querySelectorAll('sl-details'),
      // The `summary` attribute is rendered in the shadow root, so this exists only once upgraded.
      title: (step) => step.shadowRoot?.querySelector('[part="summary"]'),
      target: (step) => step.shadowRoot?.querySelector('[part="header"]'),
      isOpen: (step) => step.open,
    },
  };
  const k = kinds[kind];
  const fourthStep = (guide) => k.steps(guide)[3];
  const hasBox = (element) => {
    const rect = element?.getBoundingClientRect();
    return Boolean(rect && rect.width > 0 && rect.height > 0);
  };
  const isReady = () => {
    if (k.tag && !customElements.get(k.tag)) return false;
    const guides = k.guides();
    if (guides.length !== count) return false;
    for (const guide of guides) {
      const step = fourthStep(guide);
      if (!step || !hasBox(k.title(step))) return false;
    }
    return true;
  };

  /** A shifted node for the report: `tag.class`, or `tag "its text…"` when it has no class. */
  const describe = (node) => {
    if (!node) return '(node gone)';
    const name = node.nodeName.toLowerCase();
    if (node.className) return `${name}.${node.className}`;
    return `${name} "${node.textContent.trim().slice(0, 32)}…"`;
  };

  const bench = (window.__bench = { cls: 0, shifts: [] });

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      bench.cls += entry.value;
      const nodes = entry.sources.map(({ node }) => describe(node));
      bench.shifts.push(`${entry.value.toFixed(4)} at ${Math.round(entry.startTime)} ms: ${nodes.join(', ')}`);
    }
  }).observe({ type: 'layout-shift', buffered: true });

  // Checked once per frame, just before it is drawn: "ready" is the first frame that can show
  // the 4th title. Reading its box forces that frame's layout a moment early, nothing more.
  bench.ready = new Promise((resolve) => {
    const check = () => (isReady() ? resolve(performance.now()) : requestAnimationFrame(check));
    requestAnimationFrame(check);
  });

  bench.target = () => k.target(fourthStep(k.guides()[0]));
  bench.isOpen = () => k.isOpen(fourthStep(k.guides()[0]));

  // Click to the end of the next frame: the click's own timestamp (the input's), then a task
  // queued from the next animation frame runs once that frame has been rendered.
  // The browser's own answer to "how long did the click take to show": Event Timing's
  // `duration`, from the input to the next paint after its handlers (rounded to 8 ms), the
  // longest of the interaction's pointerdown, pointerup and click, as INP counts it. Entries
  // under 16 ms are not reported at all (the API's floor): the click then counts as 16 ms.
  const events = [];
  new PerformanceObserver((list) => events.push(...list.getEntries())).observe({
    type: 'event',
    durationThreshold: 16,
    buffered: true,
  });
  const interactionAfter = (since) =>
    new Promise((resolve) => {
      const started = performance.now();
      const check = () => {
        const mine = events.filter((entry) => entry.startTime >= since && entry.interactionId > 0);
        const done = mine.some((entry) => entry.name === 'click') || performance.now() - started > 1000;
        if (!done) return setTimeout(check, 50);
        resolve(Math.max(16, ...mine.map((entry) => entry.duration)));
      };
      check();
    });

  bench.armClick = () => {
    const since = performance.now();
    bench.interaction = new Promise((resolve) => {
      addEventListener('click', () => requestAnimationFrame(() => resolve(interactionAfter(since))), {
        capture: true,
        once: true,
      });
    });
    bench.nextFrame = new Promise((resolve) => {
      addEventListener(
        'click',
        (event) => {
          const t0 = event.timeStamp;
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0)));
        },
        { capture: true, once: true },
      );
    });
  };
}
