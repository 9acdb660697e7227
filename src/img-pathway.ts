import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { DEFAULT_HEADING_LEVEL, parseHeadingLevel, parseStrings, parseTheme } from './attributes.js';
import { en, enStrings } from './content/en.js';
import type { PathwayContent, PathwayStrings } from './content/types.js';
import { Checklist } from './features/checklist.js';
import { GuideClicks } from './features/clicks.js';
import { ContentSource } from './features/content-source.js';
import { CopyLink } from './features/copy-link.js';
import { DeepLinks } from './features/deep-links.js';
import { FindInPage } from './features/find-in-page.js';
import type { GuideView } from './features/guide-view.js';
import { KeepFocus } from './features/keep-focus.js';
import { GuideLanguage } from './features/language.js';
import { OpenSteps, type StepReference } from './features/open-steps.js';
import { OwnText } from './features/own-text.js';
import { PanelFilling } from './features/panel-filling.js';
import { PanelMotion } from './features/panel-motion.js';
import { RememberOpen } from './features/remember.js';
import { checked } from './attribute-warning.js';
import { footerTemplate } from './templates/footer.js';
import { headerTemplate, stepLevel } from './templates/header.js';
import { stepTemplate } from './templates/step.js';
import { toolbarTemplate } from './templates/toolbar.js';
import { StepBodies } from './step-body.js';
import { styles } from './img-pathway.styles.js';
import { VERSION } from './version.js';

export type { StepReference };

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
 * @fires {CustomEvent<ImgPathwayToggleAllDetail>} img-pathway-toggle-all - The "Show all steps" / "Hide all steps"
 *   button was used. `detail: { open }`. Bubbles and is composed.
 * @fires {CustomEvent<ImgPathwayChecklistDetail>} img-pathway-checklist - A step was marked done or not done (with
 *   `checklist`; "Reset progress" fires one per step it clears). `detail: { id, done, count }`; `count` is how many
 *   steps are now done. Bubbles and is composed.
 * @fires {CustomEvent<ImgPathwayLinkDetail>} img-pathway-link - A link in a step was followed (clicked or opened with
 *   the keyboard). `detail: { href, id, index }`: the link and its step. Bubbles and is composed.
 * @slot intro - Your own text under the guide's introduction (give it `slot="intro"`).
 * @slot ecfmg-certification - Your own text in step 1, after the built-in text, in your page's markup and styles
 *   (`<div slot="ecfmg-certification">`). Each step's slot is named after its id; with custom content, its ids.
 * @slot residency - Your own text in step 2 (`<div slot="residency">`), e.g. your programs and their dates.
 * @slot state-licensure - Your own text in step 3 (`<div slot="state-licensure">`).
 * @slot immigration - Your own text in step 4 (`<div slot="immigration">`), e.g. your visa policy.
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
 * @csspart copy-link - The "Copy link to this step" button in an open step.
 * @csspart done - A step's "Mark this step as done" checkbox and its label (with `checklist`).
 * @csspart progress - The "2 of 4 steps done" line (with `checklist`).
 * @csspart reset - The "Reset progress" button (with `checklist`).
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

  // Declared here rather than with decorators, whose helpers cost about 450 B gzip in the one-tag bundle.
  static override properties = {
    heading: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    open: {},
    single: { type: Boolean, reflect: true },
    theme: { reflect: true },
    src: {},
    strings: {},
    checklist: { type: Boolean },
    remember: { type: Boolean },
    content: { attribute: false },
  };

  /** `lang` is watched too: the built-in guide follows the element's language. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** The guide's heading. Unset: the built-in heading. Empty (`heading=""`): no visible heading. @attr heading */
  declare heading: string | undefined;

  /**
   * Level of the guide's heading, 2 to 6. Each step's heading is one level deeper (at most 6);
   * with no visible heading, steps use this level.
   * @attr heading-level
   */
  headingLevel = 2; // DEFAULT_HEADING_LEVEL, written out for the generated docs

  /**
   * Steps open at first: `none`, `all`, or step numbers or ids such as `1,3` or `residency`.
   * Setting it again re-applies it. @attr open
   */
  open = 'none';

  /** Opening a step closes the others; the show-all button is not shown. @attr single */
  single = false;

  /** Colors: `light` (default), `dark`, or `auto` (follows the reader's light or dark setting). @attr theme */
  theme = 'light';

  /**
   * URL of a JSON file with the guide's text (see the package's JSON Schema). The built-in guide shows until the
   * file arrives, and stays, with a warning, if it cannot be used. The last `src` set wins. @attr src
   */
  declare src: string | undefined;

  /**
   * Interface words over the built-in ones, as JSON: `{"showAll": "Tout afficher", "step": "Étape"}`.
   * The keys are those of `PathwayStrings` (see the README). @attr strings
   */
  declare strings: string | Partial<PathwayStrings> | undefined;

  /**
   * Adds a "Mark this step as done" checkbox to each step, a progress line and a reset button.
   * Progress is kept in `localStorage`, per guide (`id`) and content version. @attr checklist
   */
  checklist = false;

  /**
   * Keeps which steps are open across reloads in the same tab (`sessionStorage`). A URL hash
   * naming a step wins over the remembered steps. @attr remember
   */
  remember = false;

  /** The guide's text; the built-in English guide by default, or if content fails the check (with a warning). */
  content: PathwayContent = en;

  /** Each step's body as last drawn (see stepBody). */
  private _bodies = new StepBodies();
  /** The interface words in use (see GuideLanguage). */
  private _t: PathwayStrings = enStrings;
  private _level = DEFAULT_HEADING_LEVEL;

  /** What the features read of the guide on screen, each answer from the feature that owns it. */
  private _view: GuideView = {
    builtIn: () => this._language.builtIn.content,
    shown: () => this._source.shown,
    stepIds: () => this._source.shown.steps.map((step) => step.id),
    openIds: () => this._open.ids,
    words: () => this._t,
  };

  // One feature each (src/features/), owning its state, listeners and storage; the element wires them.
  private _language = new GuideLanguage(this);
  private _source = new ContentSource(this, this._view, () => {
    this._applyOpenAttribute();
    void this.updateComplete.then(this._deepLinks.follow);
  });
  private _deepLinks = new DeepLinks(this, this._view);
  private _checklist = new Checklist(this, this._view);
  private _remember = new RememberOpen(this, this._view);
  private _copyLink = new CopyLink(this, this._view);
  private _open = new OpenSteps(this, this._view, (ids) => {
    this._copyLink.clear();
    this._remember.save(ids);
  });
  private _filling = new PanelFilling(this, this._view, this.performUpdate.bind(this));

  /** @internal `data-` when made by a `<script data-mount>`: warnings name the attribute the page wrote. */
  _attributePrefix = '';

  constructor() {
    super();
    new GuideClicks(this, this._view, this._open.toggleAll);
    new PanelMotion(this, this._view);
    new OwnText(this, this._view);
    new FindInPage(this);
    new KeepFocus(this);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this._language.read();
    this._source.showBuiltIn();
    if (changed.has('src')) this._source.load(this.src);
    if (changed.has('content')) {
      this._source.use(this.content);
      // A link to a step of content that arrives later (src, inline JSON, a script).
      if (this.hasUpdated) void this.updateComplete.then(this._deepLinks.follow);
    }
    if (changed.has('strings')) this._language.overrides = checked(this, 'strings', parseStrings(this.strings));
    if (changed.has('headingLevel')) this._level = checked(this, 'heading-level', parseHeadingLevel(this.headingLevel));
    if (changed.has('theme')) this.theme = checked(this, 'theme', parseTheme(this.theme));
    const openChanged = changed.has('open') || changed.has('content') || changed.has('single');
    if (openChanged && !this._source.checking) this._applyOpenAttribute();
    this._t = this._language.words(this._source.shown, this._source.strings);
  }

  private _applyOpenAttribute(): void {
    // Steps remembered from earlier in this tab, once per content; a step named in the URL wins.
    this._open.reset(this._remember.restore(this._open.named(), () => this._deepLinks.step() !== ''));
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
    return this._open.toggle(step, force);
  }

  /** Opens every step (in `single` mode: only the first). */
  openAll(): void {
    this._open.openAll();
  }

  /** Closes every step. */
  closeAll(): void {
    this._open.closeAll();
  }

  protected override render(): TemplateResult {
    const content = this._source.shown;
    return html`
      <div class="guide" part="guide" lang=${ifDefined(content.lang)}>
        ${headerTemplate(this.heading, this._level, content)}
        ${toolbarTemplate({
          checklist: this.checklist,
          done: this._checklist.count(),
          onReset: this._checklist.onReset,
          single: this.single,
          allOpen: this._open.allOpen,
          stepIds: this._view.stepIds(),
          words: this._t,
        })}
        <ol class="steps" part="steps">
          ${content.steps.map((step, index) =>
            stepTemplate({
              step,
              index,
              total: content.steps.length,
              level: stepLevel(this.heading, this._level),
              open: this._open.ids.has(step.id),
              done: this._checklist.has(step.id),
              checklist: this.checklist,
              settled: this._filling.settled,
              words: this._t,
              body: () => this._bodies.get(step, index, this._t.officialLinks, this.renderRoot),
              copyMessage: this._copyLink.message(step.id),
              onCopyLink: this._copyLink.onClick,
              onDoneChange: this._checklist.onChange,
            }),
          )}
        </ol>
        ${footerTemplate(content, this._t)}
        <slot name="end"></slot>
      </div>
    `;
  }
}
