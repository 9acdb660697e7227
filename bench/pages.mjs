/**
 * The benchmark's pages. All show the same guide text from `en` inside the same small host page
 * (a heading and a paragraph before the guide, a paragraph after it, so that a guide that grows
 * late pushes content and shows up in CLS):
 *   A  plain HTML `<details>`/`<summary>`, no JS: the floor;
 *   B  `<img-pathway>` from dist/img-pathway.js, embedded as the README recommends: the script
 *      in `<head>` before the element, without `defer`, so the guide is in place at first paint
 *      (the bundle then loads its step bodies, dist/img-pathway.en.js, by itself);
 *   C  Shoelace `<sl-details>`, its bundle and light theme embedded the same way.
 * A50, B50 and C50 repeat the guide 50 times.
 */
import { en, enStrings } from '../lib/content/en.js';
import { escapeHtml as escape, monthName as month } from '../scripts/fallback-html.mjs';

/** The pages, in the order each round loads them. */
export const PAGES = [
  { id: 'A', kind: 'details', count: 1, label: 'plain `<details>`, no JS' },
  { id: 'B', kind: 'pathway', count: 1, label: '`<img-pathway>`' },
  { id: 'C', kind: 'shoelace', count: 1, label: 'Shoelace `<sl-details>`' },
  { id: 'A50', kind: 'details', count: 50, label: 'A × 50' },
  { id: 'B50', kind: 'pathway', count: 50, label: 'B × 50' },
  { id: 'C50', kind: 'shoelace', count: 50, label: 'C × 50' },
];

/** How each kind of page embeds its script and stylesheets (URL paths served by run.mjs). */
export const ASSETS = {
  details: [],
  pathway: ['/img-pathway.js'],
  shoelace: ['/shoelace/light.css', '/sl-details.js'],
};

/** Files a page's own scripts load (not in its HTML), counted in its bytes too. */
export const LOADED_BY_SCRIPT = {
  details: [],
  pathway: ['/img-pathway.en.js'],
  shoelace: [],
};

/** How each kind's scripts are included: img-pathway as recommended, Shoelace deferred. */
const SCRIPT_ATTRIBUTES = { details: '', pathway: '', shoelace: ' defer' };

const HOST_CSS = `body{max-width:48rem;margin:0 auto;padding:1rem;font:16px/1.5 system-ui,sans-serif;color:#1b1b1b}`;

/** Text styles for the guide in A and C, close to what `<img-pathway>` draws for itself. */
const GUIDE_CSS = `.guide h2{margin:0 0 .5em;font-size:1.5em;line-height:1.25}
.guide p,.guide ul{margin:0 0 .75em}
.guide li+li{margin-top:.375em}
.guide a{color:#005ea2;text-underline-offset:.15em}
.guide .step-summary{color:#4a5059}
.guide .links-heading{margin-bottom:.25em;font-weight:700}
.guide .footer{margin-top:.5em;padding-top:.75em;border-top:1px solid #b8bec6;color:#4a5059;font-size:.9375em}`;

const KIND_CSS = {
  details: `${GUIDE_CSS}
.guide details{border-bottom:1px solid #b8bec6}
.guide summary{display:flex;align-items:center;gap:.75em;min-height:44px;padding:.5em 0;cursor:pointer;font-size:1.125em;font-weight:700;line-height:1.3}
.guide summary::before{content:'';width:.5em;height:.5em;border:solid #005ea2;border-width:0 2px 2px 0;transform:rotate(-45deg);transition:transform .2s}
.guide details[open]>summary::before{transform:rotate(45deg)}
.guide details>:not(summary){margin-inline-start:1.25rem}`,
  pathway: '',
  shoelace: `${GUIDE_CSS}
.guide sl-details+sl-details{margin-top:.5rem}`,
};

function blockHtml(block) {
  if (typeof block === 'string') return `<p>${escape(block)}</p>`;
  const intro = block.intro ? `<p>${escape(block.intro)}</p>` : '';
  return `${intro}<ul>${block.items.map((item) => `<li>${escape(item)}</li>`).join('')}</ul>`;
}

/** What a step shows when open: its summary sentence, body and links. */
function stepBody(step) {
  const links = step.links.map((link) => `<li><a href="${escape(link.href)}">${escape(link.text)}</a></li>`).join('');
  return [
    `<p class="step-summary">${escape(step.summary)}</p>`,
    ...step.body.map(blockHtml),
    `<p class="links-heading">${escape(enStrings.officialLinks)}</p><ul>${links}</ul>`,
  ].join('\n');
}

const STEP_HTML = {
  details: (step) => `<details><summary>${escape(step.title)}</summary>\n${stepBody(step)}\n</details>`,
  shoelace: (step) => `<sl-details summary="${escape(step.title)}">\n${stepBody(step)}\n</sl-details>`,
};

/** One copy of the guide as the kind of page writes it. */
function guideHtml(kind) {
  if (kind === 'pathway') return '<img-pathway></img-pathway>';
  return `<section class="guide">
<h2>${escape(en.heading)}</h2>
<p>${escape(en.intro)}</p>
${en.steps.map(STEP_HTML[kind]).join('\n')}
<div class="footer"><p>${escape(enStrings.lastReviewed)} <time datetime="${en.lastReviewed}">${month(en.lastReviewed, enStrings)}</time></p>
<p>${escape(en.note)}</p></div>
</section>`;
}

/** The inline CSS of a kind of page (counted with its JS+CSS bytes). */
export const inlineCss = (kind) => [HOST_CSS, KIND_CSS[kind]].filter(Boolean).join('\n');

/** The whole document for `count` copies of the guide. */
export function pageHtml(kind, count) {
  const assets = ASSETS[kind]
    .map((path) =>
      path.endsWith('.css')
        ? `<link rel="stylesheet" href="${path}">`
        : `<script src="${path}"${SCRIPT_ATTRIBUTES[kind]}></script>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Benchmark: ${kind} × ${count}</title>
<link rel="icon" href="data:,">
<style>
${inlineCss(kind)}
</style>
${assets}
</head>
<body>
<h1>Host page</h1>
<p>Text of the host page, before the guide.</p>
${Array.from({ length: count }, () => guideHtml(kind)).join('\n')}
<p>Text of the host page, after the guide.</p>
</body>
</html>
`;
}
