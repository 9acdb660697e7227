import { ImgPathway } from './img-pathway.js';
import { warn } from './warn.js';

/**
 * Registers `<img-pathway>` once. A page may load the script twice (a CMS block pasted twice,
 * a theme and a plugin each adding it): the first definition stays and later copies do
 * nothing. A copy of another version says which version is active, so the page owner can
 * remove the stale one.
 */
export function defineImgPathway(): void {
  const existing: (CustomElementConstructor & { version?: string }) | undefined = customElements.get('img-pathway');
  if (!existing) {
    customElements.define('img-pathway', ImgPathway);
    return;
  }
  if (existing !== ImgPathway && existing.version !== ImgPathway.version) {
    warn(
      `version ${existing.version ?? '(unknown)'} is active; this copy (${ImgPathway.version}) is not used. Load only one copy.`,
    );
  }
}

defineImgPathway();

declare global {
  interface HTMLElementTagNameMap {
    'img-pathway': ImgPathway;
  }
}
