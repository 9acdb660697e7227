import { loadChunk } from './chunks.js';
import type { ContentProblems } from './validate.js';

/** The bundle's content check: the checker lives in dist/img-pathway.validate.js (see check.ts). */
export const checkContent = async (content: unknown): Promise<ContentProblems> => {
  const validate = await loadChunk<(content: unknown) => ContentProblems>('validate');
  return validate ? validate(content) : ['the content checker (img-pathway.validate.js) could not be loaded'];
};

/**
 * Custom content is on its way: the checker starts loading now, beside it, rather than after it
 * has arrived (one round trip instead of two before a `src` file shows).
 */
export const prepareCheck = (): void => void loadChunk('validate');
