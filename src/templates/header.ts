import { html, nothing, type TemplateResult } from 'lit';
import type { PathwayContent } from '../content/types.js';
import { specialize } from './specialize.js';

/**
 * The guide's heading (the `heading` attribute over the content's; none for `heading=""`), at
 * `level`, its introduction, and the page's own text under it (`slot="intro"`).
 */
export function headerTemplate(heading: string | undefined, level: number, content: PathwayContent): TemplateResult {
  const intro = content.intro ?? '';
  return specialize(
    html`
      ${
        heading === ''
          ? nothing
          : specialize(html`<h2 class="guide-heading" part="guide-heading">{heading}</h2>`, level, {
              heading: heading ?? content.heading,
            })
      }
      <p class="intro" part="intro" ?hidden=${!intro}>{intro}</p>
      <slot name="intro"></slot>
    `,
    0,
    { intro },
  );
}

/** Each step's heading level: one below the guide's heading (at most 6), or its level with none. */
export const stepLevel = (heading: string | undefined, level: number): number =>
  heading === '' ? level : Math.min(level + 1, 6);
