import { loadChunk } from './chunks.js';
import type { ContentProblems } from './validate.js';

/** The bundle's content check: the checker lives in dist/img-pathway.validate.js (see check.ts). */
export const checkContent = async (content: unknown): Promise<ContentProblems> => {
  const validate = await loadChunk<(content: unknown) => ContentProblems>('validate');
  return validate ? validate(content) : ['the content checker (img-pathway.validate.js) could not be loaded'];
};
