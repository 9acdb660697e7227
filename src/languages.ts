import { en, enStrings } from './content/en.js';
import { loadSpanish, type Language } from './content/spanish.js';

/** Languages with a built-in guide and interface words. */
export const BUILT_IN_LANGUAGES = ['en', 'es'];

const english: Language = { content: en, strings: enStrings };
let spanish: Language | undefined;
let spanishLoad: Promise<void> | undefined;
let spanishFailed = false;

/** "es-MX" → "es"; no language → "en". */
export const primaryLanguage = (tag: string | null | undefined): string =>
  (tag ?? '').toLowerCase().replace(/-.*/, '') || 'en';

/**
 * The built-in guide and words for a primary language: Spanish for `es`, English otherwise.
 * Spanish loads on first use; until then this gives English, and `loaded` is called when
 * Spanish is there. If it cannot load (one warning), English stays.
 */
export function builtInLanguage(lang: string, loaded: () => void): Language {
  if (lang !== 'es' || spanishFailed) return english;
  if (!spanish) {
    spanishLoad ??= loadSpanish().then((language) => {
      spanish = language;
      spanishFailed = !language;
    });
    void spanishLoad.then(loaded);
  }
  return spanish ?? english;
}
