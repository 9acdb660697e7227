import { html, type TemplateResult } from 'lit';
import type { PathwayContent, PathwayStrings } from '../content/types.js';
import { monthLabel } from '../content/strings.js';
import { specialize } from './specialize.js';

/** The last-reviewed date and the note under the steps; hidden when the content has neither. */
export function footerTemplate({ lastReviewed: month, note }: PathwayContent, t: PathwayStrings): TemplateResult {
  return specialize(
    html`
      <div class="footer" part="footer" ?hidden=${!month && !note}>
        <p class="reviewed" ?hidden=${!month}>{lastReviewed} <time datetime="{month}">{monthLabel}</time></p>
        <p class="note" ?hidden=${!note}>{note}</p>
      </div>
    `,
    0,
    {
      lastReviewed: t.lastReviewed,
      month: month ?? false,
      monthLabel: month ? monthLabel(month, t) : '',
      note: note ?? '',
    },
  );
}
