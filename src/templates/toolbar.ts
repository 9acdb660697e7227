import { html, nothing, type TemplateResult } from 'lit';
import type { PathwayStrings } from '../content/types.js';
import { specialize } from './specialize.js';

/** What the row above the steps is drawn from. */
export interface ToolbarView {
  /** With `checklist`: how many steps are done, and the reset button's handler. */
  checklist: boolean;
  done: number;
  onReset: (event: Event) => void;
  /** In `single` mode there is no show-all button. */
  single: boolean;
  allOpen: boolean;
  /** The steps' ids; the show-all button controls their panels. */
  stepIds: string[];
  words: PathwayStrings;
}

/**
 * The row above the steps: the checklist's progress line (announced when it changes) and its
 * reset button, and the "Show all steps" / "Hide all steps" button. Nothing when it has neither.
 */
export function toolbarTemplate(view: ToolbarView): TemplateResult | typeof nothing {
  const { words: t, allOpen } = view;
  if (view.single && !view.checklist) return nothing;
  const progress = t.progress.replace('{done}', String(view.done)).replace('{total}', String(view.stepIds.length));
  return html`<div class="toolbar">
    ${
      view.checklist
        ? html`<p class="progress" part="progress" role="status">${progress}</p>
            <button class="reset" part="reset" type="button" @click=${view.onReset}>${t.reset}</button>`
        : nothing
    }
    ${
      view.single
        ? nothing
        : specialize(
            html`<button
              class="toggle-all"
              part="toggle-all"
              type="button"
              aria-expanded=${allOpen ? 'true' : 'false'}
              aria-controls="{panels}"
            >
              ${allOpen ? t.hideAll : t.showAll}
            </button>`,
            0,
            { panels: view.stepIds.map((id) => `${id}-panel`).join(' ') },
          )
    }
  </div>`;
}
