import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { DEFAULT_HEADING_LEVEL, parseHeadingLevel, parseOpen, type Parsed } from './attributes.js';
import { en, enStrings as strings } from './content/en.js';
import type { PathwayBlock, PathwayContent, PathwayLink, PathwayStep } from './content/types.js';
import { loadChunk } from './content/chunks.js';
import { checkContent } from './content/check.js';
import type { ImgPathwayEventDetails } from './events.js';
import { heading } from './heading.js';
import { safeHref } from './links.js';
import { styles } from './img-pathway.styles.js';
import { VERSION } from './version.js';
import { warn, warnBadValue } from './warn.js';

/** Reads a step reference: its id, or its number counted from 1. */
export type StepReference = string | number;

/**
 * The four steps an international medical graduate (IMG) takes to practice medicine in the
 * U.S., as numbered steps that open and close.
 *
 * @summary A four-step guide for international medical graduates, embeddable with one script tag.
 *
 * @tagname img-pathway
 *
 * @fires {CustomEvent<ImgPathwayToggleDetail>} img-pathway-toggle - A step opened or closed (click, keyboard, show all, URL hash, or a method
 *   call). `detail: { id, index, open }`; `index` counts from 0. Bubbles and is composed.
 *
 * @fires {CustomEvent<ImgPathwayToggleAllDetail>} img-pathway-toggle-all - The "Show all steps" / "Hide all steps"
 *   button was used. `detail: { open }`. Bubbles and is composed.
 * @fires {CustomEvent<ImgPathwayLinkDetail>} img-pathway-link - A link in a step was followed (clicked or opened with
 *   the keyboard). `detail: { href, id, index }`: the link and its step. Bubbles and is composed.
 * @slot end - Your own content after the guide, e.g. "Contact our GME office" (give it `slot="end"`).
 *
 * @csspart guide - The box around the whole guide.
 * @csspart guide-heading - The guide's heading.
 * @csspart intro - The sentence under the heading.
 * @csspart toggle-all - The "Show all steps" / "Hide all steps" button.
 * @csspart steps - The ordered list of steps.
 * @csspart step - One step (`li`).
 * @csspart heading - A step's heading element (`h3` by default).
 * @csspart button - A step's button, which opens and closes it.
 * @csspart number - The round marker with the step's number.
 * @csspart title - A step's title.
 * @csspart summary - A step's one-line summary.
 * @csspart chevron - The arrow that turns when a step opens.
 * @csspart panel - A step's content, shown when it is open.
 * @csspart footer - The last-reviewed date and the note under the steps.
 *
 * @cssprop [--img-pathway-accent=#005ea2] - Markers, links, the chevron and the show-all button.
 * @cssprop [--img-pathway-text-color=#1b1b1b] - Main text.
 * @cssprop [--img-pathway-muted-color=#4a5059] - Summaries, date and note.
 * @cssprop [--img-pathway-background=#fff] - Background of the guide.
 * @cssprop [--img-pathway-border-color=#b8bec6] - The line joining the markers, and the rule above the footer.
 * @cssprop [--img-pathway-radius=0.5em] - Corner radius of the guide and its buttons.
 * @cssprop [--img-pathway-font-family=inherit] - Font; by default the page's own.
 * @cssprop [--img-pathway-font-size=max(1em, 16px)] - Base text size; by default the page's, at least 16px.
 * @cssprop [--img-pathway-spacing=1em] - Base spacing unit: padding and gaps scale with it.
 * @cssprop [--img-pathway-focus-ring-color=#1a4480] - Keyboard focus outline.
 * @cssprop [--img-pathway-marker-size=2.25em] - Diameter of the numbered markers.
 * @cssprop [--img-pathway-scroll-margin=0px] - Space kept above a step scrolled to from a link
 *   (`#residency`), e.g. the height of a sticky site header.
 */
export class ImgPathway extends LitElement {
  static override styles = styles;

  /** The version of this copy of the element, to tell two copies on one page apart. */
  static readonly version = VERSION;

  /*
   * Reactive properties are declared in `static properties` rather than with decorators: the
   * decorator helpers cost about 450 bytes gzip in the one-tag bundle.
   */
  static override properties = {
    heading: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    open: {},
    single: { type: Boolean, reflect: true },
    theme: { reflect: true },
    content: { attribute: false },
  };

  /**
   * The guide's heading. Unset: the built-in heading. Empty (`heading=""`): no visible heading.
   * @attr heading
   */
  declare heading: string | undefined;

  /**
   * Level of the guide's heading, 2 to 6. Each step's heading is one level deeper (at most 6);
   * with no visible heading, steps use this level.
   * @attr heading-level
   */
  headingLevel = 2; // DEFAULT_HEADING_LEVEL, written out for the generated docs

  /**
   * Steps open at first: `none`, `all`, or step numbers or ids such as `1,3` or `residency`.
   * Setting it again re-applies it.
   * @attr open
   */
  open = 'none';

  /**
   * Opening a step closes the others; the show-all button is not shown.
   * @attr single
   */
  single = false;

  /**
   * Colors: `light` (default), `dark`, or `auto` (follows the reader's light or dark setting).
   * @attr theme
   */
  theme = 'light';

  /**
   * The guide's text. Defaults to the built-in English guide. A value that fails validation
   * is replaced by the built-in guide, with a warning that says what is wrong.
   */
  content: PathwayContent = en;

  /** Ids of the open steps. Replaced (never mutated) on each change, then an update is requested. */
  private _openIds = new Set<string>();

  /** The content actually rendered: `content` when valid, the built-in guide otherwise. */
  private _shown: PathwayContent = en;
  /** Custom content being checked (the one-tag bundle loads its checker first). */
  private _checking?: PathwayContent;
  private _level = DEFAULT_HEADING_LEVEL;

  /**
   * `data-` when the element was made by a `<script data-mount>`, so warnings name the attribute
   * the page actually wrote.
   * @internal
   */
  _attributePrefix = '';

  /**
   * False until just after the first paint: closed panels are filled in then, so the first
   * render (what the reader sees first) builds only the headings and the open steps.
   */
  private _settled = false;

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this._onHashChange);
    void this.updateComplete.then(this._onHashChange);
    // In the one-tag bundle the built-in step bodies come from a second, hash-checked file.
    void loadChunk<PathwayBlock[][]>('en')?.then((bodies) => {
      bodies?.forEach((body, i) => {
        const step = en.steps[i];
        if (step) step.body = body;
      });
      // Bodies show only in open or filled-in steps: before that, nothing to redraw.
      if (this._settled || this._openIds.size > 0) this.requestUpdate();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this._onHashChange);
  }

  /**
   * A URL hash naming a step (`#residency`, or `#<element id>-residency` when the element has an
   * id, so two guides on a page do not answer the same link) opens that step and scrolls to it.
   */
  private _onHashChange = (): void => {
    let hash = location.hash.slice(1);
    try {
      hash = decodeURIComponent(hash);
    } catch {
      return; // Not a step's id: malformed escapes such as "%E0%A4%A".
    }
    const prefix = this.id ? `${this.id}-` : '';
    const step = hash.startsWith(prefix) ? hash.slice(prefix.length) : '';
    if (!this._steps.some((s) => s.id === step)) return;
    this.toggleStep(step, true);
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector(`#${step}-button`)?.closest('li')?.scrollIntoView(),
    );
  };

  protected override firstUpdated(): void {
    requestAnimationFrame(() =>
      setTimeout(() => {
        this._settled = true;
        this.requestUpdate();
      }),
    );
  }

  /**
   * Closed panels become hidden="until-found": still hidden, but the browser's find-in-page and
   * text-fragment links reach their text and open them (`beforematch`). Set here because the
   * template checker knows `hidden` only as a boolean. Where unsupported it is plain `hidden`.
   */
  protected override updated(): void {
    for (const panel of this.renderRoot.querySelectorAll('[role="region"][hidden]'))
      panel.setAttribute('hidden', 'until-found');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('content')) this._useContent(this.content);
    if (changed.has('headingLevel')) this._level = this._parsed('heading-level', parseHeadingLevel(this.headingLevel));
    if (changed.has('theme') && !['light', 'dark', 'auto'].includes(this.theme)) {
      this._warnAttribute('theme', 'use light, dark or auto; using light');
      this.theme = 'light';
    }
    const openChanged = changed.has('open') || changed.has('content') || changed.has('single');
    if (openChanged && !this._checking) this._applyOpenAttribute();
  }

  /**
   * Shows `content` once it passes the check, the built-in guide otherwise (with one warning
   * that says what is wrong and where). While a check is pending, the built-in guide stays.
   */
  private _useContent(content: PathwayContent): void {
    this._checking = undefined;
    if (content === en) {
      this._shown = en;
      return;
    }
    const problems = checkContent(content);
    if (Array.isArray(problems)) {
      this._shown = this._accepted(content, problems);
      return;
    }
    this._checking = content;
    void problems.then((found) => {
      if (this._checking !== content) return;
      this._checking = undefined;
      this._shown = this._accepted(content, found);
      this._applyOpenAttribute();
      this.requestUpdate();
    });
  }

  private _accepted(content: PathwayContent, problems: string[]): PathwayContent {
    if (problems.length > 0) {
      warn(`content cannot be used (${problems.slice(0, 3).join('; ')}); showing the built-in guide.`);
      return en;
    }
    for (const link of content.steps.flatMap((step) => step.links ?? [])) {
      if (!safeHref(link.href))
        warnBadValue(
          'href',
          link.href,
          `links must be https:, http:, mailto: or tel:; "${link.text}" is shown as text`,
        );
    }
    return content;
  }

  private _applyOpenAttribute(): void {
    const ids = this._shown.steps.map((step) => step.id);
    const [indexes, problem] = parseOpen(this.open, ids);
    let open = indexes.map((index) => ids[index] ?? '');
    if (problem) {
      // Page scripts often set custom content right after the element is parsed, and `open` may
      // name its steps: with the built-in guide, wait for them before calling a name unknown.
      const warnIfStillBuiltIn = () => {
        if (this.content === en) this._warnAttribute('open', problem);
      };
      if (this.content === en && document.readyState === 'loading')
        document.addEventListener('DOMContentLoaded', warnIfStillBuiltIn, { once: true });
      else this._warnAttribute('open', problem);
    }
    if (this.single && open.length > 1) {
      this._warnAttribute('open', `"single" opens one step at a time; opening only "${open[0] ?? ''}"`);
      open = open.slice(0, 1);
    }
    this._openIds = new Set(open);
  }

  /** Returns the value to use, warning first if the attribute's value could not be used as given. */
  private _parsed<T>(attribute: 'heading-level' | 'open', [value, problem]: Parsed<T>): T {
    if (problem) this._warnAttribute(attribute, problem);
    return value;
  }

  private _warnAttribute(attribute: 'heading-level' | 'open' | 'theme', problem: string): void {
    // The value as given: heading-level's property is a number (NaN for "abc"), so its attribute
    // text is quoted; open and theme hold the text itself (theme's attribute lags, reflected later).
    const given =
      attribute === 'heading-level'
        ? (this.getAttribute(attribute) ?? this.headingLevel)
        : attribute === 'open'
          ? this.open
          : this.theme;
    warnBadValue(this._attributePrefix + attribute, given, problem);
  }

  private get _steps(): PathwayStep[] {
    return this._shown.steps;
  }

  /** Opens a step, by id or number (from 1). Returns false if there is no such step. */
  openStep(step: StepReference): boolean {
    return this.toggleStep(step, true);
  }

  /** Closes a step, by id or number (from 1). Returns false if there is no such step. */
  closeStep(step: StepReference): boolean {
    return this.toggleStep(step, false);
  }

  /**
   * Opens or closes a step, by id or number (from 1); `force` opens (true) or closes (false) it.
   * In `single` mode, opening a step closes the others. Returns false if there is no such step.
   */
  toggleStep(step: StepReference, force?: boolean): boolean {
    const steps = this._steps;
    const index =
      typeof step === 'number' ? (Number.isInteger(step) ? step - 1 : -1) : steps.findIndex((s) => s.id === step);
    const id = steps[index]?.id;
    if (!id) return false;
    const open = force ?? !this._openIds.has(id);
    const next = new Set(this.single && open ? [] : this._openIds);
    if (open) next.add(id);
    else next.delete(id);
    this._changeOpenIds(next);
    return true;
  }

  /** Opens every step (in `single` mode: only the first). */
  openAll(): void {
    if (this.single) this.toggleStep(1, true);
    else this._changeOpenIds(new Set(this._steps.map((step) => step.id)));
  }

  /** Closes every step. */
  closeAll(): void {
    this._changeOpenIds(new Set());
  }

  /** Sets the open steps and fires one `img-pathway-toggle` per step that changed. */
  private _changeOpenIds(next: Set<string>): void {
    const before = this._openIds;
    this._openIds = next;
    this.requestUpdate();
    this._steps.forEach(({ id }, index) => {
      const open = next.has(id);
      if (open !== before.has(id)) this._fire('img-pathway-toggle', { id, index, open });
    });
  }

  private get _allOpen(): boolean {
    return this._steps.every((step) => this._openIds.has(step.id));
  }

  private _onToggleAll(): void {
    const open = !this._allOpen;
    if (open) this.openAll();
    else this.closeAll();
    this._fire('img-pathway-toggle-all', { open });
  }

  /** The browser's find-in-page or a text-fragment link matched text in a closed step: open it. */
  private _onBeforeMatch(event: Event): void {
    this.toggleStep((event.currentTarget as HTMLElement).id.replace(/-panel$/, ''), true);
  }

  /**
   * Clicks anywhere in the shadow root reach the host: a click on a step's summary toggles the
   * step (a larger target for a finger; keyboard users have the button), and a followed link is
   * reported (for analytics) with its step.
   */
  private _onClick = (event: Event): void => {
    const origin = event.composedPath()[0];
    if (!(origin instanceof Element)) return;
    const summary = origin.closest('[part="summary"]');
    if (summary) this.toggleStep(summary.id.replace(/-summary$/, ''));
    const link = origin.closest('a');
    const panel = link?.closest('[role="region"]');
    if (!link || !panel) return;
    const index = [...this.renderRoot.querySelectorAll('[role="region"]')].indexOf(panel);
    const step = this._steps[index];
    if (step) this._fire('img-pathway-link', { href: link.href, id: step.id, index });
  };

  constructor() {
    super();
    this.addEventListener('click', this._onClick);
  }

  private _fire<K extends keyof ImgPathwayEventDetails>(type: K, detail: ImgPathwayEventDetails[K]): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  private _onStepClick(event: Event): void {
    const id = (event.currentTarget as HTMLElement).dataset.step;
    if (id) this.toggleStep(id);
  }

  protected override render(): TemplateResult {
    const content = this._shown;
    const showHeading = this.heading !== '';
    const stepLevel = showHeading ? Math.min(this._level + 1, 6) : this._level;
    const panelIds = this._steps.map((step) => `${step.id}-panel`).join(' ');
    return html`
      <div class="guide" part="guide" lang=${content.lang ?? 'en'}>
        ${
          showHeading
            ? heading(this._level, 'guide-heading', 'guide-heading', this.heading ?? content.heading)
            : nothing
        }
        ${content.intro ? html`<p class="intro" part="intro">${content.intro}</p>` : nothing}
        ${
          this.single
            ? nothing
            : html`<div class="toolbar">
                <button
                  class="toggle-all"
                  part="toggle-all"
                  type="button"
                  aria-expanded=${this._allOpen ? 'true' : 'false'}
                  aria-controls=${panelIds}
                  @click=${this._onToggleAll}
                >
                  ${this._allOpen ? strings.hideAll : strings.showAll}
                </button>
              </div>`
        }
        <ol class="steps" part="steps">
          ${this._steps.map((step, index) => this._renderStep(step, index, stepLevel))}
        </ol>
        ${this._renderFooter(content)}
        <slot name="end"></slot>
      </div>
    `;
  }

  private _renderStep(step: PathwayStep, index: number, level: number): TemplateResult {
    const open = this._openIds.has(step.id);
    const id = step.id;
    // The spoken number is one text node, "Step 1:": hidden pieces around a visible "1" make
    // Chromium read "Step 1 :", and two bindings with a space between them read "Step1:".
    // The summary sits outside the button: a button's name must contain all of its visible
    // text (WCAG 2.5.3), and "Step 1: <title>" should not be followed by a whole sentence.
    // Clicking the summary still toggles the step (see _onClick).
    return html`
      <li class="step" part="step">
        <div class="step-header">
          ${heading(
            level,
            'step-heading',
            'heading',
            html`<button
              id=${`${id}-button`}
              class="step-button"
              part="button"
              type="button"
              data-step=${id}
              aria-expanded=${open ? 'true' : 'false'}
              aria-controls=${`${id}-panel`}
              aria-describedby=${step.summary ? `${id}-summary` : nothing}
              @click=${this._onStepClick}
            >
              <span class="number" part="number"
                ><span aria-hidden="true">${index + 1}</span
                ><span class="visually-hidden">${`${strings.step} ${index + 1}:`}</span></span
              >
              <span class="title" part="title">${step.title}</span>
              <span class="chevron" part="chevron" aria-hidden="true"></span>
            </button>`,
          )}
          ${step.summary ? html`<p class="summary" part="summary" id=${`${id}-summary`}>${step.summary}</p>` : nothing}
        </div>
        <div
          id=${`${id}-panel`}
          class="panel"
          part="panel"
          role="region"
          aria-labelledby=${`${id}-button`}
          ?hidden=${!open}
          @beforematch=${this._onBeforeMatch}
        >
          ${
            open || this._settled
              ? html`${(step.body ?? []).map((block) => this._renderBlock(block))}${this._renderLinks(step.links ?? [], id)}`
              : nothing
          }
        </div>
      </li>
    `;
  }

  private _renderBlock(block: PathwayBlock): TemplateResult {
    if (typeof block === 'string') return html`<p>${block}</p>`;
    return html`${block.intro ? html`<p>${block.intro}</p>` : nothing}
      <ul>
        ${block.items.map((item) => html`<li>${item}</li>`)}
      </ul>`;
  }

  private _renderLinks(links: PathwayLink[], stepId: string): TemplateResult | typeof nothing {
    if (links.length === 0) return nothing;
    return html`
      <p class="links-heading" id=${`${stepId}-links`}>${strings.officialLinks}</p>
      <ul class="links" aria-labelledby=${`${stepId}-links`}>
        ${links.map((link) => {
          const href = safeHref(link.href);
          return html`<li>${href ? html`<a href=${href}>${link.text}</a>` : link.text}</li>`;
        })}
      </ul>
    `;
  }

  private _renderFooter(content: PathwayContent): TemplateResult | typeof nothing {
    const month = content.lastReviewed;
    if (!month && !content.note) return nothing;
    return html`
      <div class="footer" part="footer">
        ${
          month
            ? html`<p class="reviewed">${strings.lastReviewed} <time datetime=${month}>${formatMonth(month, content.lang)}</time></p>`
            : nothing
        }
        ${content.note ? html`<p class="note">${content.note}</p>` : nothing}
      </div>
    `;
  }
}

const months = new Map<string, string>();
const ENGLISH_MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);

/**
 * "2026-11" → "November 2026", in the content's language (the raw value if the language is not
 * valid). English is spelled out from a table: the first Intl call of a page loads locale data,
 * which costs tens of milliseconds on a slow phone. Other languages use Intl, cached.
 */
function formatMonth(yearMonth: string, lang = 'en'): string {
  const [year, month] = yearMonth.split('-');
  if (/^en\b/i.test(lang)) return `${ENGLISH_MONTHS[Number(month) - 1] ?? ''} ${year ?? ''}`;
  const key = `${lang} ${yearMonth}`;
  let formatted = months.get(key);
  if (formatted === undefined) {
    try {
      formatted = new Date(`${yearMonth}-01`).toLocaleDateString(lang, {
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      });
    } catch {
      formatted = yearMonth;
    }
    months.set(key, formatted);
  }
  return formatted;
}
