import { en, enStrings } from '../content/en.js';
import type { Language } from '../content/spanish.js';
import type { PathwayContent, PathwayStrings } from '../content/types.js';
import { BUILT_IN_LANGUAGES, builtInLanguage, primaryLanguage } from '../languages.js';
import { warnBadValue } from '../warn.js';
import { whenPageSettled } from './content-source.js';

/** What the language needs of the guide. */
interface Host extends HTMLElement {
  content: PathwayContent;
  src: string | undefined;
  requestUpdate(): void;
}

/**
 * The guide's language and interface words. The language is the element's `lang`, or its
 * nearest ancestor's; English and Spanish are built in (Spanish loads on first use), others
 * fall back to English, with a warning unless the page gives its own text. The words are those
 * of the content's language, then the content's own, then the `strings` attribute's.
 */
export class GuideLanguage {
  /** The built-in guide in the element's language (English until another one arrives). */
  builtIn: Language = { content: en, strings: enStrings };
  /** The `strings` attribute, checked. */
  overrides: Partial<PathwayStrings> = {};
  /** The element's language as last read (`es` for `es-MX`). */
  private _lang = 'en';

  constructor(private readonly _host: Host) {}

  /** Reads the element's language again (its `lang`, or an ancestor's, may have changed). */
  read(): void {
    const tag = this._host.closest('[lang]')?.getAttribute('lang');
    const lang = primaryLanguage(tag);
    this.builtIn = builtInLanguage(lang, this._loaded);
    if (lang === this._lang) return;
    this._lang = lang;
    if (!BUILT_IN_LANGUAGES.includes(lang))
      whenPageSettled(() => {
        if (this._host.content === en && !this._host.src)
          warnBadValue(
            'lang',
            tag,
            `only ${BUILT_IN_LANGUAGES.join(' and ')} are built in; showing English (give your own text with src and strings)`,
          );
      });
  }

  /** The interface words for the content shown, with its own words. */
  words(shown: PathwayContent, contentStrings: Partial<PathwayStrings>): PathwayStrings {
    const language =
      shown === this.builtIn.content
        ? this.builtIn
        : builtInLanguage(primaryLanguage(shown.lang ?? this._lang), this._loaded);
    return { ...language.strings, ...contentStrings, ...this.overrides };
  }

  private _loaded = (): void => {
    this._host.requestUpdate();
  };
}
