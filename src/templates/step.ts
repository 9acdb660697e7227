import { html, nothing, render, type TemplateResult } from 'lit';
import type { PathwayStep, PathwayStrings } from '../content/types.js';
import { stepLabel } from '../content/strings.js';
import { specialize } from './specialize.js';

/**
 * Closed panels are hidden="until-found": still hidden, but the browser's find-in-page and
 * text-fragment links reach their text and open them (`beforematch`). Bound as the `hidden`
 * property, which takes this string where supported and reads it as `true` (plain `hidden`)
 * elsewhere; TypeScript's DOM types still say boolean. Bound in the template, not set after each
 * update, so it is written once per change rather than on every closed panel every time.
 */
const UNTIL_FOUND = 'until-found' as unknown as boolean;

/** What one step's markup is drawn from: the step, its state in the guide, and its handlers. */
export interface StepView {
  step: PathwayStep;
  /** Its place, from 0, and how many steps the guide has. */
  index: number;
  total: number;
  /** Its heading's level, 2 to 6. */
  level: number;
  open: boolean;
  /** Marked done (with `checklist`). */
  done: boolean;
  /** Whether to draw the "Mark this step as done" checkbox. */
  checklist: boolean;
  /** The browser has been idle since the first render: closed panels are filled in too. */
  settled: boolean;
  words: PathwayStrings;
  /** The step's body (see stepBody), asked for only when the panel is filled in. */
  body: () => DocumentFragment;
  /** What to announce beside its "Copy link" button ('' most of the time). */
  copyMessage: string;
  onCopyLink: (event: Event) => void;
  onDoneChange: (event: Event) => void;
}

/**
 * An open step's "Copy link" button and what it announces. Its id is bound, not written in, so
 * one template serves every step (see prepareCopyLink).
 */
const copyLinkTemplate = (id: string, words: string, message: string, onCopy?: (event: Event) => void) =>
  html`<p class="copy">
    <button class="copy-link" part="copy-link" type="button" data-step=${id} @click=${onCopy}>${words}</button
    ><span role="status">${message}</span>
  </p>`;

/**
 * Lit prepares a template (parses its HTML) the first time it draws it. The "Copy link" template
 * is drawn first by a click, so it is prepared when the browser is idle instead: the click that
 * first opens a step has that much less to do before the browser can paint.
 */
export function prepareCopyLink(): void {
  render(copyLinkTemplate('', '', ''), document.createDocumentFragment());
}

/**
 * One step: its heading with the button that opens and closes it, its summary, its checkbox,
 * and its panel. Clicks on the button and the summary reach the element's one click listener.
 */
export function stepTemplate(view: StepView): TemplateResult {
  const { step, index, open, done, words: t } = view;
  const id = step.id;
  // The spoken number is one text node, "1 of 4:": hidden pieces around a visible "1" make
  // Chromium read "1 of 4 :", and two bindings with a space between them lose the space. It
  // says "1 of 4", not "Step 1": the guide's steps must not sound like the USMLE's Step 1 to 3.
  // The summary sits outside the button: a button's name must contain all of its visible
  // text (WCAG 2.5.3), and "1 of 4: <title>" should not be followed by a whole sentence.
  // Clicking the summary still toggles the step (see the element's click listener).
  return specialize(
    html`
      <li class=${done ? 'step done' : 'step'} part="step">
        <div class="step-header">
          <h3 class="step-heading" part="heading">
            <button
              id="{id}-button"
              class="step-button"
              part="button"
              type="button"
              aria-expanded=${open ? 'true' : 'false'}
              aria-controls="{id}-panel"
              aria-describedby="{describedBy}"
            >
              <span class="number" part="number"
                ><span aria-hidden="true">${done ? '✓' : index + 1}</span
                ><span class="visually-hidden">{label}:</span></span
              >
              <span class="title" part="title" id="{id}-title">{title}</span>
              <span class="chevron" part="chevron" aria-hidden="true"></span>
            </button>
          </h3>
          <p class="summary" part="summary" id="{id}-summary" ?hidden=${!step.summary}>{summary}</p>
          ${
            view.checklist
              ? specialize(
                  html`<label class="done-label" part="done"
                    ><input
                      type="checkbox"
                      data-step="{id}"
                      .checked=${done}
                      aria-describedby="{id}-title"
                      @change=${view.onDoneChange}
                    />${t.markDone}</label
                  >`,
                  0,
                  { id },
                )
              : nothing
          }
        </div>
        <div
          id="{id}-panel"
          class="panel"
          part="panel"
          role="region"
          aria-labelledby="{id}-button"
          .hidden=${open ? false : UNTIL_FOUND}
        >
          ${open || view.settled ? [view.body(), specialize(html`<slot name="{id}"></slot>`, 0, { id })] : nothing}
          ${open ? copyLinkTemplate(id, t.copyLink, view.copyMessage, view.onCopyLink) : nothing}
        </div>
      </li>
    `,
    view.level,
    {
      id,
      title: step.title,
      summary: step.summary ?? '',
      describedBy: step.summary ? `${id}-summary` : false,
      label: stepLabel(t.step, index + 1, view.total),
    },
  );
}
