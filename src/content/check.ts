import { validateContent, type ContentProblems } from './validate.js';

/**
 * Checks custom content before the element shows it. Synchronous in the npm modules. The one-tag
 * bundle replaces this module with check.bundle.ts, which loads the checker from a second file
 * the first time custom content is set, so pages showing the built-in guide never download it.
 */
export const checkContent = (content: unknown): ContentProblems | Promise<ContentProblems> => validateContent(content);

/** Custom content is on its way (say from `src`): nothing to get ready here (see check.bundle.ts). */
export const prepareCheck = (): void => undefined;
