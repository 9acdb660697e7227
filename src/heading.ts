import { html, type TemplateResult } from 'lit';

/**
 * A heading of a level chosen at run time. Lit cannot bind a tag name; one small template per
 * level costs fewer bytes than `lit/static-html.js`.
 */
export function heading(level: number, className: string, part: string, content: unknown): TemplateResult {
  switch (level) {
    case 3:
      return html`<h3 class=${className} part=${part}>${content}</h3>`;
    case 4:
      return html`<h4 class=${className} part=${part}>${content}</h4>`;
    case 5:
      return html`<h5 class=${className} part=${part}>${content}</h5>`;
    case 6:
      return html`<h6 class=${className} part=${part}>${content}</h6>`;
    default:
      return html`<h2 class=${className} part=${part}>${content}</h2>`;
  }
}
