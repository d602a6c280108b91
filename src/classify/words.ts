/**
 * Splitting identifiers into lower-case words, the classifier's first step: `billingEmail`,
 * `billing_email`, `billing-email`, `BILLING_EMAIL`, `billingemail` all become `billing email`.
 */
import { SEGMENT_VOCABULARY, SHORT_SEGMENT_WORDS } from './lexicon.js';

/**
 * One camel-case piece: an acronym before a capitalised word (`IP` in `IPAddress`), a capitalised
 * or lower-case word, an acronym, or a run of digits.
 */
const CAMEL_PIECE = /\p{Lu}+(?=\p{Lu}[\p{Ll}\p{Lo}])|\p{Lu}?[\p{Ll}\p{Lo}\p{Lm}]+|\p{Lu}+|\p{N}+/gu;

/** Longest token the segmenter tries to split; longer ones are hashes or encodings, not names. */
const MAX_SEGMENTED_LENGTH = 40;

const segmentCache = new Map<string, readonly string[]>();

/**
 * The words of an identifier, lower-cased, without diacritics (`straße` -> `strasse`):
 * camelCase, PascalCase, snake_case, kebab-case, dotted paths, digits (`address2` -> address 2),
 * acronyms (`userIP` -> user ip, `IPAddress` -> ip address), and run-together lower-case words
 * the lexicon knows (`firstname` -> first name, `dateofbirth` -> date of birth); a word the lexicon
 * knows whole stays whole (`geburtsdatum`, `username`).
 */
export function splitWords(name: string): string[] {
  const words: string[] = [];
  // `IPv4`, `OAuth` and `URLs` are one word each, not `I Pv 4`, `O Auth` and `UR Ls`.
  const prepared = name
    .replace(/IPv(?=\d)/g, 'Ipv')
    .replace(/OAuth/g, 'Oauth').replace(/(\p{Lu}{2,})s(?!\p{Ll})/gu, (_, acronym: string) => `${acronym}S`);
  for (const piece of prepared.match(CAMEL_PIECE) ?? []) {
    const word = normalizeWord(piece);
    if (word === '') continue;
    if (/^\p{N}+$/u.test(word)) {
      words.push(word);
      continue;
    }
    words.push(...segment(word));
  }
  return words;
}

/** Lower case, without diacritics; `ß` becomes `ss` as German spells it without the letter. */
export function normalizeWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss');
}

/** The singular of an English-style plural, for dictionary look-ups: `allergies` -> `allergy`. */
export function singularOf(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses') || word.endsWith('xes') || word.endsWith('ches') || word.endsWith('shes')) return word.slice(0, -2);
  if (word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return word;
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

/**
 * Splits a run-together word into dictionary words when it can be covered completely, with the
 * fewest pieces (ties: the longer pieces). Words the dictionary knows, or whose singular it
 * knows, are kept whole, and so is anything that cannot be covered: an unknown word is better
 * left alone than cut into accidental pieces.
 */
function segment(word: string): readonly string[] {
  if (SEGMENT_VOCABULARY.has(word) || SEGMENT_VOCABULARY.has(singularOf(word))) return [word];
  if (word.length < 4 || word.length > MAX_SEGMENTED_LENGTH) return [word];
  const cached = segmentCache.get(word);
  if (cached) return cached;

  // best[i]: the best split of word[0, i), compared by piece count, then by the sum of squared
  // piece lengths (favouring `zip code` over `zi p code`-like splits).
  const best: Array<{ pieces: string[]; score: number } | undefined> = [{ pieces: [], score: 0 }];
  for (let end = 1; end <= word.length; end++) {
    for (let start = 0; start < end; start++) {
      const previous = best[start];
      if (!previous) continue;
      const piece = word.slice(start, end);
      if (!isSegmentPiece(piece)) continue;
      const candidate = { pieces: [...previous.pieces, piece], score: previous.score + piece.length * piece.length };
      const current = best[end];
      if (!current || candidate.pieces.length < current.pieces.length || (candidate.pieces.length === current.pieces.length && candidate.score > current.score)) {
        best[end] = candidate;
      }
    }
  }
  const result = best[word.length];
  // A split made only of two-letter words (`node` -> no de) is a coincidence, not a compound.
  const pieces = result && result.pieces.length > 1 && result.pieces.some((piece) => piece.length > 2) ? result.pieces : [word];
  segmentCache.set(word, pieces);
  return pieces;
}

function isSegmentPiece(piece: string): boolean {
  if (piece.length <= 2) return SHORT_SEGMENT_WORDS.has(piece);
  return SEGMENT_VOCABULARY.has(piece) || SEGMENT_VOCABULARY.has(singularOf(piece));
}
