import { expect } from '@open-wc/testing';
import { en } from '../src/content/en.js';
import { es } from '../src/content/es.js';
import type { CompleteContent } from '../src/content/types.js';
import { guideParts, measure, numberSyllables, sentencesOf, syllables, wordsOf } from './support/readability.js';

/*
 * The built-in guides are for readers of English (or Spanish) as a second language: no sentence
 * over MAX_WORDS words in either language, and each part of the English guide at a
 * Flesch–Kincaid grade of MAX_GRADE or lower. How sentences, words, syllables, acronyms and
 * numbers are counted is written in tests/support/readability.ts; in short, acronyms are counted
 * as they are said, letter by letter ("USMLE" is one word of five syllables), except ERAS and
 * SOAP, which are said as words. Every run prints the figures, per part and language.
 */
const MAX_WORDS = 25;
const MAX_GRADE = 9;

/** Every text of a guide a reader sees, link texts included, by part. */
function allTexts(content: CompleteContent): [string, string[]][] {
  return guideParts(content).map(([name, texts], i) => [
    name,
    [...texts, ...(i === 0 ? [] : content.steps[i - 1]!.links.map((link) => link.text))],
  ]);
}

describe('readability of the built-in guides', () => {
  before(() => {
    const rows = [en, es].flatMap((content) =>
      guideParts(content).map(([part, texts]) => {
        const m = measure(texts);
        const grade = content.lang === 'en' ? m.grade.toFixed(1) : '–';
        return `${content.lang} | ${part} | ${m.sentences} sentences | ${m.words} words | longest ${m.maxWords} words | FK grade ${grade}`;
      }),
    );
    console.log(`Readability (FK grade for English only):\n${rows.join('\n')}`);
  });

  for (const content of [en, es]) {
    it(`has no sentence over ${MAX_WORDS} words in ${content.lang}, in any text a reader sees`, () => {
      for (const [part, texts] of allTexts(content)) {
        for (const sentence of texts.flatMap(sentencesOf)) {
          expect(wordsOf(sentence).length, `${content.lang}, ${part}: ${sentence}`).to.be.at.most(MAX_WORDS);
        }
      }
    });
  }

  it(`keeps the heading, intro and note, and each English step, at Flesch–Kincaid grade ${MAX_GRADE} or lower`, () => {
    for (const [part, texts] of guideParts(en)) {
      expect(measure(texts).grade, part).to.be.at.most(MAX_GRADE);
    }
  });

  it('counts acronyms letter by letter, words by vowel groups and numbers as said', () => {
    expect(syllables('USMLE')).to.equal(5);
    expect(syllables('IMGs')).to.equal(3);
    expect(syllables('U.S.')).to.equal(2);
    expect(syllables('ERAS')).to.equal(2);
    expect(syllables('ResidencyCAS')).to.equal(7);
    expect(syllables('H-1B')).to.equal(3);
    expect(syllables('state’s')).to.equal(1);
    expect(syllables('medicine')).to.equal(3);
    expect(syllables('certification')).to.equal(5);
    expect(numberSyllables(7)).to.equal(2);
    expect(numberSyllables(2023)).to.equal(5);
    expect(wordsOf('Residency lasts 3 to 7 years in EE.\u00a0UU.')).to.have.length(8);
  });

  it('ends sentences at . ! ? but not inside U.S. or EE. UU.', () => {
    expect(sentencesOf('Work in the U.S. Department of State. Then stop! Why?')).to.deep.equal([
      'Work in the U.S. Department of State.',
      'Then stop!',
      'Why?',
    ]);
    expect(sentencesOf('Vaya a EE.\u00a0UU. con su visa. Luego, trabaje.')).to.have.length(2);
  });
});
