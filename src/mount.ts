import { ImgPathway } from './img-pathway.js';
import { warn } from './warn.js';

/**
 * The one-tag embed for editors whose CMS strips unknown tags but keeps script tags:
 * `<script src=".../img-pathway.js" data-mount data-open="2"></script>` renders the guide right
 * where the script stands. Each `data-<attribute>` of the script becomes `<attribute>` of the
 * guide (any attribute the element observes, plus `id` and `class`); other `data-*` names warn.
 * Without `data-mount` the script only defines the element.
 *
 * Must be called while the script runs: `document.currentScript` is only set then.
 */
export function mountFromScript(script: Element | null): void {
  if (!(script instanceof HTMLScriptElement) || !script.hasAttribute('data-mount')) return;
  const guide = document.createElement('img-pathway');
  const known = [...ImgPathway.observedAttributes, 'id', 'class'];
  guide._attributePrefix = 'data-';
  for (const { name, value } of script.attributes) {
    const attribute = name.slice(5);
    if (!name.startsWith('data-') || attribute === 'mount') continue;
    if (known.includes(attribute)) guide.setAttribute(attribute, value);
    else warn(`${name} is not an option; use data-${known.join(', data-')}.`);
  }
  // In <head> there is no place to show a guide: say so rather than guess a place.
  if (script.closest('head')) warn('a data-mount script must be in <body>, where the guide should appear.');
  else script.after(guide);
}
