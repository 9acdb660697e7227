import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { PathwayContent, PathwayStrings } from '../content/types.js';
import { monthLabel } from '../content/strings.js';

/** The last-reviewed date and the note under the steps; hidden when the content has neither. */
export function footerTemplate({ lastReviewed: month, note }: PathwayContent, t: PathwayStrings): TemplateResult {
  return html`
    <div class="footer" part="footer" ?hidden=${!month && !note}>
      <p class="reviewed" ?hidden=${!month}>
        ${t.lastReviewed} <time datetime=${ifDefined(month)}>${month ? monthLabel(month, t) : ''}</time>
      </p>
      <p class="note" ?hidden=${!note}>${note}</p>
    </div>
  `;
}
