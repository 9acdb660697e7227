import { unsafeCSS } from 'lit';

/*
 * Public custom properties are `--img-pathway-*`, each read once here into a private `--_*`
 * property with its fallback, so the rest of the sheet never repeats a default.
 *
 * Inherited text properties are reset on `.guide`: a host page's `line-height: 4` or
 * `text-transform: uppercase` must not reach the guide. The font family is the one thing
 * taken from the page by default, so the guide looks native.
 */
/*
 * The dark look: the same properties, darker defaults (every pair 4.5:1 or more). Applied for
 * theme="dark", and for theme="auto" on a dark system, by the two selectors at the end, rather
 * than with light-dark(), which Safari before 17.5 does not know: there the colors would vanish.
 */
const dark = /* css */ `
  --_accent: var(--img-pathway-accent, #73b3e7);
  --_text: var(--img-pathway-text-color, #f0f0f0);
  --_muted: var(--img-pathway-muted-color, #c5c9d0);
  --_bg: var(--img-pathway-background, #1b1f24);
  --_border: var(--img-pathway-border-color, #5c6570);
  --_focus: var(--img-pathway-focus-ring-color, #ffbe2e);
  --_on-accent: #1b1f24;
  color-scheme: dark;
`;

// Constant strings through unsafeCSS (our own CSS) rather than the css`` tag: the tag's
// value-checking code costs about 120 bytes gzip in the bundle.
const base = /* css */ `
  :host {
    --_accent: var(--img-pathway-accent, #005ea2);
    --_text: var(--img-pathway-text-color, #1b1b1b);
    --_muted: var(--img-pathway-muted-color, #4a5059);
    --_bg: var(--img-pathway-background, #fff);
    --_border: var(--img-pathway-border-color, #b8bec6);
    --_radius: var(--img-pathway-radius, 0.5em);
    --_space: var(--img-pathway-spacing, 1em);
    --_focus: var(--img-pathway-focus-ring-color, #1a4480);
    --_marker: var(--img-pathway-marker-size, 2.25em);
    --_on-accent: #fff;

    display: block;
    box-sizing: border-box;
    max-inline-size: 100%;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .guide {
    font-family: var(--img-pathway-font-family, inherit);
    font-size: var(--img-pathway-font-size, max(1em, 16px));
    font-style: normal;
    font-weight: 400;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    white-space: normal;
    overflow-wrap: break-word;
    color: var(--_text);
    background: var(--_bg);
    border-radius: var(--_radius);
    padding: var(--_space);
    /* A stacking context of its own: the line between markers (z-index -1) then paints above
       this background and below the markers, without giving every marker a layer. */
    isolation: isolate;
  }

  .guide-heading {
    margin: 0 0 calc(var(--_space) * 0.5);
    font-size: 1.5em;
    line-height: 1.25;
    font-weight: 700;
  }

  p,
  ul {
    margin: 0 0 calc(var(--_space) * 0.75);
  }

  .intro {
    margin-block-end: var(--_space);
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: calc(var(--_space) * 0.5);
    margin-block-end: calc(var(--_space) * 0.5);
  }

  .progress {
    margin: 0 auto 0 0;
    margin-inline: 0 auto;
    font-weight: 600;
  }

  button {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
    text-transform: none;
    margin: 0;
    cursor: pointer;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .toggle-all,
  .reset,
  .copy-link {
    min-block-size: 44px;
    min-inline-size: 44px;
    padding: 0.5em 1em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_accent);
    font-weight: 600;
  }

  .steps {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .step {
    position: relative;
    scroll-margin-block-start: var(--img-pathway-scroll-margin, 0px);
  }

  /* The line that joins this step's marker to the next one. It starts at the middle of this
     marker and runs into the next step, where that step's marker covers its end. */
  .step:not(:last-child)::before {
    content: '';
    position: absolute;
    inset-inline-start: calc(var(--_marker) / 2 - 1px);
    inset-block-start: calc(var(--_space) * 0.5 + var(--_marker) / 2);
    inset-block-end: calc(-1 * (var(--_space) * 0.5 + var(--_marker) / 2));
    z-index: -1;
    inline-size: 2px;
    background: var(--_border);
  }

  .step-header {
    padding-block-end: calc(var(--_space) * 0.5);
  }

  .step-heading {
    margin: 0;
    font-size: 1em;
    font-weight: 400;
    line-height: inherit;
  }

  .step-button {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 0.75);
    inline-size: 100%;
    min-block-size: 44px;
    padding: calc(var(--_space) * 0.5) 0 0;
    border: 0;
    border-radius: var(--_radius);
    background: transparent;
    text-align: start;
  }


  .number {
    flex: none;
    display: flex;
    align-items: center;
    justify-content: center;
    inline-size: var(--_marker);
    block-size: var(--_marker);
    border-radius: 50%;
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
    /* A border in the background colour keeps the marker round in forced-colours mode,
       where backgrounds are dropped but borders stay. */
    border: 2px solid var(--_accent);
  }

  .title {
    flex: 1;
    min-inline-size: 0;
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
    color: var(--_text);
  }

  .step-button:hover .title {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .summary {
    cursor: pointer;
    margin: 0.125em 0 0;
    padding-inline: calc(var(--_marker) + var(--_space) * 0.75) 1.5em;
    color: var(--_muted);
  }

  .chevron {
    flex: none;
    inline-size: 0.65em;
    block-size: 0.65em;
    margin: 0 0.25em 0.25em;
    /* Two sides drawn, in the text's color; physical ones on purpose: a down-pointing chevron
       is the same in right-to-left pages. */
    border: solid;
    border-width: 0 2px 2px 0;
    color: var(--_accent);
    transform: rotate(45deg);
    transition: transform 0.2s ease;
  }

  [aria-expanded='true'] > .chevron {
    transform: translateY(0.3em) rotate(225deg);
  }

  .panel {
    /* Lets its opening and closing animate to and from height: auto (see motion.ts). */
    interpolate-size: allow-keywords;
    padding-block: 0 calc(var(--_space) * 0.75);
    padding-inline-start: calc(var(--_marker) + var(--_space) * 0.75);
  }

  /* Closed panels are hidden="until-found" where supported: kept in the page for find-in-page,
     drawn as nothing, padding included. */
  .panel[hidden]:not([data-closing]) {
    padding: 0;
  }

  /* A closing panel, still drawn while it shrinks (see motion.ts). */
  .panel[data-closing] {
    display: block;
    content-visibility: visible;
  }

  .panel ul {
    padding-inline-start: 1.25em;
    list-style: disc;
  }

  .panel li + li {
    margin-block-start: 0.375em;
  }

  .copy {
    margin: 0;
  }

  .copy-link {
    border-style: dashed;
    font-weight: 400;
  }

  .copy [role='status'] {
    margin-inline-start: 0.75em;
  }

  .done-label {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: 44px;
    padding-inline-start: calc(var(--_marker) + var(--_space) * 0.75);
    cursor: pointer;
  }

  .done-label input {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    accent-color: var(--_accent);
  }

  .links-heading {
    margin: 0 0 0.25em;
    font-weight: 700;
  }

  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    overflow-wrap: anywhere;
  }

  .footer {
    margin-block-start: calc(var(--_space) * 0.5);
    padding-block-start: calc(var(--_space) * 0.75);
    border-block-start: 1px solid var(--_border);
    color: var(--_muted);
    font-size: 0.9375em;
  }

  /* Its lines are hidden when the content has no date or no note: spaced only between two shown. */
  .footer p {
    margin: 0;
  }

  .footer p:not([hidden]) + p {
    margin-block-start: calc(var(--_space) * 0.75);
  }

  /* Spoken, not shown. overflow: clip rather than hidden (kept for browsers without clip):
     a hidden overflow makes each of these a scroll container, which on a page with 50 guides
     took about a sixth of the guides' layout time. */
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    overflow: clip;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* On paper: every step's full text whatever is open, each link's address after it, and no
     controls. Only styles change, so the screen is as it was after printing. */
  @media print {
    .toolbar,
    .copy,
    .done-label,
    .chevron {
      display: none;
    }
    .panel[hidden] {
      display: block;
      content-visibility: visible;
    }
    a::after {
      content: ' (' attr(href) ')';
    }
    /* The number on the baseline of the title's first line: a centered number sits between the
       lines of a title that wraps, and a PDF's text then reads it in the middle of the title. */
    .step-button {
      align-items: baseline;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .chevron {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .number {
      border-color: CanvasText;
      color: CanvasText;
    }
    .step:not(:last-child)::before {
      background: CanvasText;
    }
    .chevron {
      color: ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;

export const styles = unsafeCSS(
  `${base}:host([theme=dark]){${dark}}@media (prefers-color-scheme:dark){:host([theme=auto]){${dark}}}`,
);
