/*
 * Entry of dist/img-pathway.validate.js: hands the content checker to the script element that
 * loaded it (see chunks.ts).
 */
import { validateContent } from './validate.js';

document.currentScript?.dispatchEvent(new CustomEvent('img-pathway-chunk', { detail: validateContent }));
