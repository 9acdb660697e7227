/**
 * Turns the recorded loads into docs/benchmarks.md (also printed to stdout): environment,
 * results with median and min–max (single loads overlap by ~100 ms, so a median alone says
 * little), ratios, where `<img-pathway>` stands against its targets, and how it was measured.
 */

/**
 * The targets as issue 12 decided them: ratios to plain HTML (A) in the same run, so a slow or
 * busy machine moves both sides. The bundle's budget is checked by `npm run size`.
 */
const TARGETS = { bundleGzip: 15500, readyRatio: 1.5, clickRatio: 1.1, ready50Ratio: 1.3 };

/** Median, min and max of a list of numbers. */
export function stat(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1] };
}

const int = (n) => Math.round(n).toLocaleString('en-US');
const fixed = (digits) => (n) => n.toFixed(digits);
const kb = (n) => int(n / 1024);
const ratio = (a, b) => (a / b).toFixed(2);
const range = (s, format) => `${format(s.median)} (${format(s.min)}–${format(s.max)})`;
const code = (text) => `\`${text}\``;

/** The measured values of one page for one metric. */
const series = (loads, id, metric) => stat(loads[id].map((load) => load[metric]));

function resultsTable(pages, loads) {
  const rows = pages.map(({ id, label }) => {
    const s = (metric) => series(loads, id, metric);
    return `| ${id} | ${label} | ${range(s('ready'), int)} | ${range(s('cls'), fixed(4))} | ${range(s('heap'), kb)} | ${range(s('interaction'), int)} | ${range(s('click'), fixed(1))} |`;
  });
  return [
    '| Page | What | Ready, ms | CLS | JS heap after GC, KiB | Click → next paint (Event Timing), ms | Click → next frame (rAF), ms |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}

function bytesTable(pages, bytes, assets) {
  const rows = pages
    .filter(({ id }) => bytes[id])
    .map(({ id, kind }) => {
      const { code: c, html } = bytes[id];
      const files = ['inline `<style>`', ...assets[kind].map(code)].join(' + ');
      return `| ${id} | ${files} | ${int(c.raw)} | ${int(c.gzip)} | ${int(c.brotli)} | ${int(html.raw)} / ${int(html.gzip)} |`;
    });
  return [
    '| Page | JS + CSS loaded | Raw, B | gzip, B | brotli, B | HTML document raw / gzip, B |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}

/** A small seeded random generator (mulberry32): the same report for the same loads. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * How far the ratio of two medians can be trusted: a 95% bootstrap interval over the rounds
 * (2,000 resamples). The two pages' loads are resampled in pairs, a round at a time: they were
 * loaded side by side in that round, on the machine as busy as it was then, and a busy minute
 * that slows both is not a difference between them. Single loads vary by ±100 ms here, so a
 * median ratio alone can land on either side of a target from one run to the next.
 */
export function ratioInterval(loads, metric, over, under) {
  const next = random(20261125);
  const [top, bottom] = [over, under].map((id) => loads[id].map((load) => load[metric]));
  const rounds = Math.min(top.length, bottom.length);
  const ratios = Array.from({ length: 2000 }, () => {
    const picked = Array.from({ length: rounds }, () => Math.floor(next() * rounds));
    return stat(picked.map((i) => top[i])).median / stat(picked.map((i) => bottom[i])).median;
  }).sort((a, b) => a - b);
  return { low: ratios[50], high: ratios[1949] };
}

/** "met", "not met" or "undecided", from the interval of a ratio that must stay at or below `target`. */
function ratioStatus({ low, high }, target) {
  if (high <= target) return 'met';
  if (low > target) return '**not met**';
  return '**undecided**: the interval spans the target';
}

function ratiosTable(loads) {
  const metrics = [
    ['Ready', 'ready', 'A', 'B', 'C'],
    ['Ready, 50 instances', 'ready', 'A50', 'B50', 'C50'],
    ['JS heap after GC', 'heap', 'A', 'B', 'C'],
    ['Click → next paint (Event Timing)', 'interaction', 'A', 'B', 'C'],
    ['Click → next frame (rAF)', 'click', 'A', 'B', 'C'],
  ];
  const rows = metrics.map(([name, metric, a, b, c]) => {
    const m = (id) => series(loads, id, metric).median;
    return `| ${name} | ${ratio(m(b), m(a))} | ${ratio(m(b), m(c))} |`;
  });
  return ['| Medians | B / A | B / C |', '| --- | ---: | ---: |', ...rows].join('\n');
}

function targetsTable(loads, bundle) {
  const m = (id, metric) => series(loads, id, metric).median;
  const clsLoads = ['B', 'B50'].flatMap((id) => loads[id].map((load) => load.cls));
  const clsMax = Math.max(...clsLoads);
  const shifted = clsLoads.filter((cls) => cls > 0).length;
  const status = (ok) => (ok ? 'met' : '**not met**');
  const readyRatio = m('B', 'ready') / m('A', 'ready');
  const ready50Ratio = m('B50', 'ready') / m('A50', 'ready');
  const readyInterval = ratioInterval(loads, 'ready', 'B', 'A');
  const ready50Interval = ratioInterval(loads, 'ready', 'B50', 'A50');
  const clickInterval = ratioInterval(loads, 'interaction', 'B', 'A');
  const withInterval = (value, { low, high }) =>
    `${value.toFixed(2)} (95% interval ${low.toFixed(2)}–${high.toFixed(2)})`;
  const rows = [
    [
      `Bundle ≤ ${int(TARGETS.bundleGzip)} B gzip of code (\`npm run size\`; the built-in text has its own budget)`,
      `${int(bundle.gzip)} B gzip with its text (${int(bundle.raw)} B raw)`,
      'see `npm run size`',
    ],
    [
      `Ready B/A ≤ ${TARGETS.readyRatio}`,
      withInterval(readyRatio, readyInterval),
      ratioStatus(readyInterval, TARGETS.readyRatio),
    ],
    [
      'CLS 0',
      `> 0 in ${shifted} of ${clsLoads.length} B and B50 loads, max ${clsMax.toFixed(4)}`,
      status(clsMax === 0),
    ],
    [
      `Click → next paint (Event Timing) B/A ≤ ${TARGETS.clickRatio}`,
      `${withInterval(m('B', 'interaction') / m('A', 'interaction'), clickInterval)}: ${int(m('B', 'interaction'))} ms vs ${int(m('A', 'interaction'))} ms`,
      ratioStatus(clickInterval, TARGETS.clickRatio),
    ],
    [
      `50 instances: ready B/A ≤ ${TARGETS.ready50Ratio}`,
      withInterval(ready50Ratio, ready50Interval),
      ratioStatus(ready50Interval, TARGETS.ready50Ratio),
    ],
  ];
  return [
    '| Target | `<img-pathway>` | |',
    '| --- | --- | --- |',
    ...rows.map(([target, value, verdict]) => `| ${target} | ${value} | ${verdict} |`),
  ].join('\n');
}

/**
 * The bundle's bytes by origin, against the smallest Lit element built the same way: what the
 * bundle target leaves for our own part once Lit is in.
 */
function compositionSection(composition, litFloor, bundle) {
  const ours = composition.filter(({ group }) => group !== 'Lit');
  const rows = composition.map(
    ({ group, raw, gzip, brotli }) => `| ${group} | ${int(raw)} | ${int(gzip)} | ${int(brotli)} |`,
  );
  return `Each byte of \`dist/img-pathway.js\` traced through its source map to its source file
(\`bench/composition.mjs\`). Each part is compressed alone, so the parts add up to a little more
than the whole (${int(bundle.gzip)} B gzip).

| Part | Raw, B | gzip alone, B | brotli alone, B |
| --- | ---: | ---: | ---: |
${rows.join('\n')}

The smallest Lit element (four buttons, same rollup and terser settings) is ${int(litFloor.gzip)} B gzip
(${int(litFloor.raw)} B raw): every Lit element pays that before it does anything. A
${int(TARGETS.bundleGzip)} B bundle would leave ${int(TARGETS.bundleGzip - litFloor.gzip)} B for everything in the table but Lit,
which takes ${int(ours.reduce((sum, { gzip }) => sum + gzip, 0))} B compressed alone.`;
}

/** What each page fetched (first recorded load), and anything that went wrong in any load. */
function requestsSection(pages, loads, origin) {
  const lines = pages.map(({ id }) => {
    const urls = loads[id][0].requests;
    const http = urls.filter((url) => !url.startsWith('data:')).map((url) => code(url.replace(origin, '')));
    // `data:` URLs (Shoelace's inline icons) are fetched but never reach the network.
    const dataTypes = new Map();
    for (const url of urls.filter((u) => u.startsWith('data:'))) {
      const type = url.slice(0, url.search(/[,;]/));
      dataTypes.set(type, (dataTypes.get(type) ?? 0) + 1);
    }
    const inline = [...dataTypes].map(([type, n]) => `${n} \`${type}\` URL${n > 1 ? 's' : ''} (no network)`);
    return `- ${id}: ${[...http, ...inline].join(', ')}`;
  });
  lines.push(problemsLine(pages, loads));
  return lines.join('\n');
}

/** Every distinct problem the loads met (failed requests, error statuses, console errors), or that there were none. */
export function problemsLine(pages, loads) {
  const problems = [
    ...new Set(pages.flatMap(({ id }) => loads[id].flatMap((load) => load.problems.map((p) => `${id}: ${p}`)))),
  ];
  return problems.length
    ? `\nProblems:\n\n${problems.map((p) => `- ${p}`).join('\n')}`
    : '\nNo request failed or returned an error status, and no page logged an error or warning.';
}

/** Layout shifts, from the load with the most CLS of each page that had any. */
export function shiftsSection(pages, loads) {
  const lines = pages.flatMap(({ id }) => {
    const worst = loads[id].reduce((a, b) => (b.cls > a.cls ? b : a));
    if (worst.cls === 0) return [];
    const shifted = loads[id].filter((load) => load.cls > 0).length;
    return [
      `- ${id}, ${shifted} of ${loads[id].length} loads; worst (${worst.cls.toFixed(4)}): ${worst.shifts.join('; ')}`,
    ];
  });
  return lines.length ? lines.join('\n') : 'None: CLS was 0 in every load of every page.';
}

/** The phases of an in-page work (bench/in-page.mjs), as the report names them; the first is the work's own. */
const phases = (build) => [
  ['build', build],
  ['style', 'Style'],
  ['layout', 'Layout'],
  ['total', 'Total'],
];
const PHASES = {
  guides: phases('Build: A parses its HTML; B creates the elements and draws them'),
  click: phases('Handle the click (B: until its update is done)'),
};

/** The in-page table (bench/in-page.mjs): fastest sample and median, per work and phase. */
function inPageSection(inPage, count) {
  const fastest = (list) => Math.min(...list);
  const row = (work, label) =>
    PHASES[work].map(([phase, name]) => {
      const [a, b] = ['A', 'B'].map((id) => inPage[work][id][phase]);
      const cell = (list) => `${fixed(1)(fastest(list))} (${fixed(1)(stat(list).median)})`;
      const difference = fastest(b) - fastest(a);
      return `| ${label} | ${name} | ${cell(a)} | ${cell(b)} | ${difference >= 0 ? '+' : '−'}${fixed(1)(Math.abs(difference))} | ${fastest(a) > 0 ? ratio(fastest(b), fastest(a)) : '–'} |`;
    });
  const samples = inPage.guides.A.total.length;
  return [
    `Fastest (median) of ${samples} samples each, in ms (timer steps of 0.1 ms), at full CPU speed: the`,
    `work itself, without the page loads' noise (see How measured). B − A and B / A compare the fastest.`,
    '',
    '| Work | Phase | A | B | B − A | B / A |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
    ...row('guides', `${count} guides added`),
    ...row('click', 'Open the 4th step'),
  ].join('\n');
}

/** The whole of docs/benchmarks.md. */
export function renderReport(run) {
  const {
    date,
    chromium,
    machine,
    throttle,
    rounds,
    viewport,
    pages,
    assets,
    bytes,
    bundle,
    composition,
    litFloor,
    loads,
    inPage,
    inPageCount,
    origin,
    settleMs,
  } = run;
  return `# Benchmarks

\`npm run bench\`: \`<img-pathway>\` (B) against the same guide as plain HTML \`<details>\` with no JS
(A, the floor) and as Shoelace \`<sl-details>\` (C). A benchmark, not a test: CI does not run it,
and single loads vary a lot, so every median comes with its min–max.

- Date: ${date}
- Browser: ${chromium}, headless
- Machine: ${machine}
- CPU throttle: ${throttle}× (\`Emulation.setCPUThrottlingRate\`)
- Rounds: ${rounds} (one unrecorded warm-up round first), pages interleaved ${pages.map(({ id }) => id).join(' ')} in each round, in reverse order every other round
- Viewport: ${viewport.width}×${viewport.height}

## Results

Median (min–max) of ${rounds} loads per page.

${resultsTable(pages, loads)}

Bytes (exact, the same on every load; the 50-instance pages load the same files):

${bytesTable(pages, bytes, assets)}

## Ratios

${ratiosTable(loads)}

## Targets

${targetsTable(loads, bundle)}

## Where a guide's time goes

${inPageSection(inPage, inPageCount)}

## Where the bundle's bytes go

${compositionSection(composition, litFloor, bundle)}

## Requests

${requestsSection(pages, loads, origin)}

## Layout shifts

${shiftsSection(pages, loads)}

## How measured

- **Pages.** One small host page (a heading and a paragraph, the guide, a paragraph after it, so
  a guide that grows late moves content) with the same guide text, generated from \`en\`
  (\`lib/content/en.js\`). A writes it as \`<details>\` with the title in \`<summary>\` and a
  little CSS; a step's one-line summary is inside its closed \`<details>\` (as in C), while B
  shows it under the title, with a numbered marker: collapsed, B has more to lay out. B is \`<img-pathway></img-pathway>\` with \`dist/img-pathway.js\` in a
  \`<script>\` in \`<head>\`, before the element and without \`defer\`, as the README recommends
  (the bundle then loads its step bodies, \`dist/img-pathway.en.js\`, itself: counted in B's
  bytes). C wraps each step in \`<sl-details summary="…">\`, with Shoelace's light theme and a
  bundle of the details component alone, built by rollup + terser into \`bench/build/\` (Lit's
  production build, a deferred classic script). It includes \`sl-icon\` for the chevrons; their "system" library is
  inline SVG, fetched from \`data:\` URLs that never reach the network. The 50-instance pages
  repeat the guide 50 times. All are served from memory by a \`node:http\` server on
  \`localhost\` with \`Cache-Control: no-store\`, uncompressed.
- **Each load.** A new incognito browser context and page, \`Network.setCacheDisabled\`, CPU
  throttled, then navigation; the context is closed after measuring. Chromium runs with the
  tests' flags (\`tests/support/browsers.mjs\`). One of them stops each new window from
  preloading the address bar's pop-ups, which are pages of their own. Until 2026-12-03 that
  preload (about 150 \`chrome://\` files in another renderer) ran during every measured load,
  on the same two cores. It made every page's ready about 110 ms later at 4× (A: 270 → 158 ms
  in a side-by-side run, 40 loads each), so the ready ratios looked smaller than they are
  (50 guides: 1.29 with it, 1.43 without).
- **What the throttle slows.** \`Emulation.setCPUThrottlingRate\` slows the renderer's main
  thread, not the worker that compiles scripts. V8 compiles B's bundle on that worker while it
  streams in (the compile hint in \`rollup.config.mjs\`), and the parser, blocked by the script,
  waits for it: in traces that compile took 10–14 ms at 1× and at 4× alike. On a phone whose
  every core is slow it takes longer, so there B's ready is further from A's than these
  figures say.
- **Ready.** A probe injected before the page's own code checks once per animation frame; ready
  is \`performance.now()\` (ms since navigation start) in the first frame where the 4th step's
  title has a non-zero \`getBoundingClientRect()\` in every copy of the guide, and, for B and C,
  \`customElements.get()\` returns the element and the title is in its shadow root (B:
  \`[part="title"]\`; C: the \`summary\` attribute rendered in \`[part="summary"]\`). Frame-based,
  so a value can be up to one frame late, alike for all pages.
- **CLS.** Sum of \`layout-shift\` entries (\`PerformanceObserver\`, \`buffered: true\`) without
  \`hadRecentInput\`, from navigation to ${settleMs} ms after ready (plus two frames), before the click.
- **JS heap.** \`HeapProfiler.collectGarbage\`, then \`Runtime.getHeapUsage\` \`usedSize\`, after the
  CLS reading. Includes the probe's few objects, alike for all pages.
- **Click → next paint (Event Timing).** The browser's own measure of what the reader feels,
  and the one the target is on: the \`duration\` of the click's Event Timing entries
  (\`PerformanceObserver\`, type \`event\`, \`durationThreshold: 16\`), from the input's time
  to the next paint after its handlers ran, in steps of 8 ms; the longest of the interaction's
  \`pointerdown\`, \`pointerup\` and \`click\`, as Interaction to Next Paint counts it. An entry
  under 16 ms is not reported at all, and then counts as 16 ms.
- **Click → next frame (rAF).** \`page.mouse.click\` at the center of the first guide's 4th step (A:
  \`<summary>\`; B: the step's button; C: \`[part="header"]\`). A capture-phase \`click\` listener
  takes \`event.timeStamp\` (the input's time), then
  \`requestAnimationFrame(() => setTimeout(…))\`: the timeout runs right after the next frame is
  rendered (the "after next paint" technique), and its \`performance.now()\` minus the timestamp
  is recorded. Puppeteer moves the mouse there before pressing, so hover styles are part of that
  frame. The step opening is checked.
- **Targets on ratios.** With a 95% bootstrap interval of the ratio of medians (the rounds
  resampled 2,000 times, seeded, so the same loads give the same report; the two pages' loads
  of a round are kept together, as they were loaded side by side). A target is met
  when the whole interval is at or under it, not met when the whole interval is over it, and
  undecided otherwise: then more rounds (\`ROUNDS=n\`) or a quieter machine are needed.
- **In-page work.** Loads of whole pages swing by ±100 ms on a busy machine, more than the
  differences the targets turn on, but the work a guide makes is the same every time. So
  \`bench/in-page.mjs\` repeats one piece of work in a page already loaded and keeps the fastest
  sample, since noise only adds time. A and B each sit in an iframe of one top page (only the
  one measured is displayed), in turn, 3 unrecorded samples first. "guides added": A's HTML
  through \`innerHTML\`, or 50 new \`<img-pathway>\` elements until each one's first update is
  done; then \`getComputedStyle\` of a title in the last guide (style), then
  \`document.body.offsetHeight\` (layout); then they are removed. "Open the 4th step": a
  \`click()\` on its \`<summary>\` or its button, until the update is done, then style and
  layout the same way; it is closed again and its animation left to end before the next sample.
  Paint is not in it. No CPU slowdown: the fastest of many short samples needs none.
- **Bytes.** Each file the page loads (and its inline \`<style>\`) compressed on its own with
  \`node:zlib\` (gzip level 9, brotli quality 11) and summed; the target counts
  \`dist/img-pathway.js\` alone.

A side-by-side run of the same kind on a similar machine (medians of 9, 4× throttle) gave:
plain details 188 ms, a minimal Lit element 177 ms, Shoelace 300 ms; with 50 instances 321, 289
and 668 ms; click to frame about 21–23 ms for all. With software rendering at 4× throttle, even
A (no JS) takes more than 16 ms from click to frame, so A is the floor to compare B with there.
The machine's 2 cores also run Node and puppeteer, which adds to the noise.
`;
}
