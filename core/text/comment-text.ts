/**
 * Recognising low-effort comments: emoji-only ("🔥🔥", "😍👏") and stock
 * phrases ("nice", "great post", "me encanta"). Engagement pods trade exactly
 * these; one alone means nothing, a page full of them is a signal.
 */

// Longer texts are never stock phrases; skipping them keeps a 1 MB hostile
// comment at O(1) and keeps the regexes on short strings.
const MAX_GENERIC_LENGTH = 120;

// Letters repeated for emphasis ("niiiice", "soooo goood") are collapsed to
// one, in both the phrase list and the comment, so the two always match.
const collapseRuns = (s: string) => s.replace(/(.)\1+/gu, '$1');

const PHRASES = [
  // English
  'nice',
  'nice post',
  'nice pic',
  'nice shot',
  'nice one',
  'great',
  'great post',
  'great pic',
  'great shot',
  'great content',
  'great job',
  'love this',
  'love it',
  'love this post',
  'love your content',
  'amazing',
  'amazing post',
  'awesome',
  'beautiful',
  'gorgeous',
  'stunning',
  'wow',
  'cool',
  'so cool',
  'so good',
  'perfect',
  'incredible',
  'keep it up',
  'keep going',
  'well done',
  'fire',
  'lit',
  'goals',
  'yes',
  'omg',
  'lovely',
  'cute',
  'so cute',
  'beautiful pic',
  'nice content',
  'good job',
  'good content',
  // Spanish / Portuguese / Italian
  'me encanta',
  'muy bien',
  'genial',
  'hermoso',
  'hermosa',
  'que bonito',
  'qué bonito',
  'increíble',
  'precioso',
  'lindo',
  'linda',
  'maravilhoso',
  'perfeito',
  'amei',
  'top',
  'muito bom',
  'bellissimo',
  'bellissima',
  'stupendo',
  'complimenti',
  'bello',
  'bella',
  // French / German / Dutch
  'magnifique',
  'trop beau',
  "j'adore",
  'génial',
  'bravo',
  'superbe',
  'toll',
  'schön',
  'wunderschön',
  'mega',
  'klasse',
  'super',
  'sehr schön',
  'prachtig',
  'mooi',
  // Turkish / Indonesian / Russian / Arabic / Hindi (romanised)
  'harika',
  'çok güzel',
  'süper',
  'keren',
  'mantap',
  'bagus',
  'класс',
  'супер',
  'круто',
  'красиво',
  'رائع',
  'جميل',
  'ماشاء الله',
  'bahut badhiya',
  'mast',
];

// Cheap tests that keep pod scoring linear and fast: ASCII text holds no
// emoji and takes the regex-free path, and no stock phrase has five words.
const ASCII = /^[\x00-\x7F]*$/;
const FIVE_WORDS = /\S\s+\S+\s+\S+\s+\S+\s+\S/;

/** Unicode path: letters, marks, digits and apostrophes survive; the rest is a space. */
export function normalizeUnicode(text: string): string {
  return collapseRuns(
    text
      .toLowerCase()
      // Drops emoji, punctuation, symbols, control characters, lone surrogates.
      .replace(/[^\p{L}\p{M}\p{N}' ]+/gu, ' ')
      .replace(/\s+/gu, ' ')
      .trim(),
  );
}

/**
 * The same result for ASCII text in one pass without regexes: most comments
 * are ASCII, and this is the hot loop of pod scoring.
 */
export function normalizeAscii(text: string): string {
  let out = '';
  let previous = 32; // a leading space is dropped like any repeat
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) code += 32;
    const kept = (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 39;
    const next = kept ? code : 32;
    if (next === previous) continue;
    out += String.fromCharCode(next);
    previous = next;
  }
  return previous === 32 ? out.slice(0, -1) : out;
}

function normalize(text: string): string {
  return ASCII.test(text) ? normalizeAscii(text) : normalizeUnicode(text);
}

const GENERIC = new Set(PHRASES.map(normalize));

const EMOJI_ONLY =
  /^(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}|[\uFE0E\uFE0F\u200D\u20E3]|[\s\p{P}])+$/u;
const HAS_PICTOGRAPH = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;

/** Emoji (and optional spaces or punctuation) and nothing else. */
export function isEmojiOnly(text: string): boolean {
  return text.length <= MAX_GENERIC_LENGTH && HAS_PICTOGRAPH.test(text) && EMOJI_ONLY.test(text);
}

/** A stock phrase or emoji-only comment. */
export function isGenericComment(text: string): boolean {
  if (typeof text !== 'string' || text.length === 0 || text.length > MAX_GENERIC_LENGTH) return false;
  if (!ASCII.test(text) && isEmojiOnly(text)) return true;
  if (FIVE_WORDS.test(text)) return false;
  return GENERIC.has(normalize(text));
}

/** Author names compared case- and space-insensitively; "@name" and "name" are one author. */
export function normalizeAuthor(author: string): string {
  if (typeof author !== 'string') return '';
  // No regex: this runs once per comment.
  const trimmed = (author.length > 200 ? author.slice(0, 200) : author).trim();
  return (trimmed.charCodeAt(0) === 64 ? trimmed.slice(1) : trimmed).toLowerCase();
}
