/**
 * The shape of the guide's content. Content is plain data, never HTML: every string is
 * rendered as text, and links are rendered only for allowed URL schemes.
 */

/** A link to an official organization or page. */
export interface PathwayLink {
  /** Link text that names the organization or page (never "click here"). */
  text: string;
  /** An absolute `https:` URL (or `http:`, `mailto:`, `tel:`). */
  href: string;
}

/** A block of a step's body: a paragraph of text, or a bulleted list with an optional lead-in. */
export type PathwayBlock = string | { intro?: string; items: string[] };

/** One numbered step of the guide. */
export interface PathwayStep {
  /** Stable id, used in the DOM, in events and (later) in URL hashes. Letters, digits and `-`. */
  id: string;
  /** Short title, read after the step's number: "1 of 4: <title>". */
  title: string;
  /** One line shown under the title, also while the step is collapsed. */
  summary?: string;
  /** Paragraphs and lists shown when the step is open. */
  body?: PathwayBlock[];
  /** Official links, listed under the body (the built-in guide has at least one per step). */
  links?: PathwayLink[];
}

/** The whole guide. */
export interface PathwayContent {
  /** Identifies the content (used to key saved state). */
  id?: string;
  /** Content version, e.g. `2026-11`. */
  version?: string;
  /** BCP 47 language tag of the text. */
  lang?: string;
  /** The guide's heading. */
  heading: string;
  /** One sentence under the heading. */
  intro?: string;
  /** Month of the last review of the facts, as `YYYY-MM`. */
  lastReviewed?: string;
  /** Reminder that rules change and that this is not legal or immigration advice. */
  note?: string;
  /** The steps, in order. */
  steps: PathwayStep[];
  /** Interface text to use instead of the built-in words, e.g. for a language not built in. */
  strings?: Partial<PathwayStrings>;
}

/** Content with every optional field filled in, as the built-in guides are. */
export type CompleteContent = Required<Omit<PathwayContent, 'steps' | 'strings'>> & {
  steps: Required<PathwayStep>[];
};

/** Interface text: the words of the controls and of the screen-reader-only labels. */
export interface PathwayStrings {
  /** Label of the show-all button while some steps are closed. */
  showAll: string;
  /** Label of the show-all button while every step is open. */
  hideAll: string;
  /**
   * A step's number as spoken before its title: `{number}` and `{total}` are filled in, so
   * "{number} of {total}" gives "1 of 4: …". Without `{number}`, a word said before the number:
   * "Étape" gives "Étape 1: …".
   */
  step: string;
  /** Label before the review date. */
  lastReviewed: string;
  /** Heading of a step's list of links. */
  officialLinks: string;
  /** Month names, January to December, for the review date. */
  months: string[];
  /** The review date: `{month}` and `{year}` are filled in ("November 2026"). */
  monthYear: string;
  /** Label of the button in an open step that copies a link to the step. */
  copyLink: string;
  /** Announced when the link was copied. */
  linkCopied: string;
  /** Announced when copying failed; the link is then put in the address bar. */
  copyFailed: string;
  /** Label of a step's checkbox (with the `checklist` attribute). */
  markDone: string;
  /** Progress, announced politely: `{done}` and `{total}` are filled in. */
  progress: string;
  /** Label of the button that clears the checklist. */
  reset: string;
}
