/*
 * Entry of dist/img-pathway.validate.js: hands the content checker to the script element that
 * loaded it (see chunks.ts).
 */
import { validateContent } from './validate.js';

const script = document.currentScript as (HTMLScriptElement & { imgPathwayChunk?: unknown }) | null;
if (script) script.imgPathwayChunk = validateContent;
