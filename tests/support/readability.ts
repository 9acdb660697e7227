import type { CompleteContent } from '../../src/content/types.js';

/*
 * Readability measures for the built-in guides (tests/readability.test.ts): sentences, words per
 * sentence, and the Flesch–Kincaid grade of English text,
 *   0.39 × words / sentences + 11.8 × syllables / words − 15.59.
 *
 * How text is counted:
 * - Sentences: each text of the guide (heading, intro, note, a step's title and summary, each
 *   paragraph, each list's lead-in and each list item) ends a sentence; within a text, a sentence
 *   ends at ".", "!" or "?" followed by a space. The periods of "U.S." and "EE. UU." end nothing,
 *   so a sentence that ends in them runs on into the next: that only counts sentences longer.
 * - Words: runs of characters between spaces that hold a letter or a digit ("3 to 7" is three
 *   words). A no-break space joins, so "EE. UU." is one word, as "U.S." is. "J-1" is one word.
 * - Syllables, for English only: the usual vowel-group count (each run of one or two vowels is a
 *   syllable, after a silent final "e", "es" or "ed"), which is close, not exact.
 * - Acronyms (two or more capitals: ECFMG, USMLE, IMGs, CK, NRMP, U.S.) are counted as they are
 *   said, letter by letter: one syllable a letter (W three), so "USMLE" is one word of five
 *   syllables. The two said as words, ERAS and SOAP, are counted as words. A capitalized part
 *   of a word is its own acronym ("ResidencyCAS" is "Residency" and "CAS").
 * - Numbers are counted as said: "7" is "seven" (two syllables), "2023" is "twenty twenty-three"
 *   (five).
 */

/** Acronyms said as a word, not letter by letter. */
const SAID_AS_WORDS = new Set(['ERAS', 'SOAP']);

const ONES = [2, 1, 1, 1, 1, 1, 1, 2, 1, 1]; // zero, one … seven (two), eight, nine
const TEENS = [1, 3, 1, 2, 2, 2, 2, 3, 2, 2]; // ten, eleven (three), twelve, thirteen …
const TENS = [0, 0, 2, 2, 2, 2, 2, 3, 2, 2]; // twenty … seventy (three) …

/** Syllables of a number below 100 said in English. */
function belowHundred(n: number): number {
  if (n < 10) return ONES[n]!;
  if (n < 20) return TEENS[n - 10]!;
  return TENS[Math.floor(n / 10)]! + (n % 10 === 0 ? 0 : ONES[n % 10]!);
}

/** Syllables of a number said in English; four digits are said as a year ("twenty twenty-three"). */
export function numberSyllables(n: number): number {
  if (n < 100) return belowHundred(n);
  if (n < 1000) return ONES[Math.floor(n / 100)]! + 2 + (n % 100 === 0 ? 0 : belowHundred(n % 100));
  const high = Math.floor(n / 100);
  const low = n % 100;
  return belowHundred(high % 100) + (low === 0 ? 2 : low < 10 ? 1 + ONES[low]! : belowHundred(low));
}

/** Syllables of a lower-case English word (the vowel-group count). */
export function wordSyllables(word: string): number {
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length <= 3) return 1;
  w = w.replace(/(?:[^laeiouy]es|[^laeiouydt]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, w.match(/[aeiouy]{1,2}/g)?.length ?? 0);
}

/** Syllables of one word as written in the guide: parts of words, acronyms and numbers included. */
export function syllables(word: string): number {
  // "J-1" → "J", "1"; "ResidencyCAS" → "Residency", "CAS"; "H-1B" → "H", "1", "B"; "IMGs" stays.
  const parts = word
    .replace(/[’']s$/, '')
    .split(/[-–/]/)
    .flatMap(
      (part) =>
        part.replace(/[^\p{L}\p{N}]/gu, '').match(/\p{N}+|\p{Lu}{2,}s?(?!\p{Ll})|\p{Lu}?\p{Ll}+|\p{Lu}/gu) ?? [],
    );
  let total = 0;
  for (const part of parts) {
    if (/^\p{N}+$/u.test(part)) total += numberSyllables(Number(part));
    else if (/^\p{Lu}+s?$/u.test(part) && part.length > 1 && !SAID_AS_WORDS.has(part.replace(/s$/, '')))
      total += [...part.replace(/s$/, '')].reduce((sum, letter) => sum + (letter === 'W' ? 3 : 1), 0);
    else if (/^\p{Lu}$/u.test(part)) total += part === 'W' ? 3 : 1;
    else total += wordSyllables(part);
  }
  return Math.max(1, total);
}

/** The words of a text (see above). */
export const wordsOf = (text: string): string[] => text.split(/[ \t\n]+/).filter((w) => /[\p{L}\p{N}]/u.test(w));

/** The sentences of one text of the guide (see above). */
export function sentencesOf(text: string): string[] {
  const masked = text.replace(/\bU\.S\./g, 'U·S·').replace(/\bEE\.\u00a0UU\./g, 'EE·\u00a0UU·');
  return masked
    .split(/(?<=[.!?][”"’)]?)\s+/)
    .map((sentence) => sentence.replace(/·/g, '.').trim())
    .filter((sentence) => wordsOf(sentence).length > 0);
}

/** The texts of one step a reader sees: title, summary, paragraphs, list lead-ins and items. */
export function stepTexts(step: CompleteContent['steps'][number]): string[] {
  return [
    step.title,
    step.summary,
    ...step.body.flatMap((block) =>
      typeof block === 'string' ? [block] : [...(block.intro ? [block.intro] : []), ...block.items],
    ),
  ];
}

export interface Measure {
  sentences: number;
  words: number;
  syllables: number;
  longest: string;
  maxWords: number;
  grade: number;
}

/** Sentences, words, syllables, the longest sentence and the Flesch–Kincaid grade of texts. */
export function measure(texts: string[]): Measure {
  const sentences = texts.flatMap(sentencesOf);
  const words = sentences.flatMap(wordsOf);
  const syllableCount = words.reduce((sum, word) => sum + syllables(word), 0);
  const longest = sentences.reduce((a, b) => (wordsOf(b).length > wordsOf(a).length ? b : a), '');
  return {
    sentences: sentences.length,
    words: words.length,
    syllables: syllableCount,
    longest,
    maxWords: wordsOf(longest).length,
    grade: 0.39 * (words.length / sentences.length) + 11.8 * (syllableCount / words.length) - 15.59,
  };
}

/** The parts of a guide that are measured: the heading, intro and note, then each step. */
export function guideParts(content: CompleteContent): [string, string[]][] {
  return [
    ['heading, intro, note', [content.heading, content.intro, content.note]],
    ...content.steps.map((step, i): [string, string[]] => [`step ${i + 1} (${step.id})`, stepTexts(step)]),
  ];
}
