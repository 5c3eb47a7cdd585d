/**
 * Reads a count as Instagram and TikTok print it, in any of their locales:
 * "12.5K", "12,3 mil seguidores", "1,2 Mio.", "1.2万", "1 234" (U+202F), "1.234".
 *
 * An abbreviation is not the number: "12.3K" could be anything from 12,250 to
 * 12,349, so we return that interval and `exact: false` rather than pretend.
 * Never throws; anything we cannot read with certainty is `null`.
 */

export type ParsedCount = { value: number; exact: boolean; low: number; high: number };

/** Longer than any count a site prints, with its label. */
const MAX_INPUT = 64;
/** Same ceiling as the snapshot schema: larger is a misread, not a creator. */
const MAX_VALUE = 1e13;

/**
 * Suffix (lower-cased, trailing dots removed) → multiplier.
 * "b" is handled apart: English billion, but Turkish "bin" (thousand).
 */
const SUFFIXES: ReadonlyMap<string, number> = new Map([
  // thousand: en/fr "k", es/pt "mil", de "Tsd.", ru "тыс.", pl "tys.", id "rb" (ribu)
  ['k', 1e3],
  ['mil', 1e3],
  ['tsd', 1e3],
  ['тыс', 1e3],
  ['tys', 1e3],
  ['rb', 1e3],
  // million: en/es/fr "M", de "Mio.", pt "mi", es "mill.", it/pl "mln", tr "Mn",
  // ru "млн", id "jt" (juta)
  ['m', 1e6],
  ['mio', 1e6],
  ['mi', 1e6],
  ['mill', 1e6],
  ['mln', 1e6],
  ['mn', 1e6],
  ['млн', 1e6],
  ['jt', 1e6],
  // billion: de "Mrd.", fr "Md", it "Mld", pt "bi", tr "Mr", ru "млрд", en "bn"
  ['mrd', 1e9],
  ['md', 1e9],
  ['mld', 1e9],
  ['bi', 1e9],
  ['mr', 1e9],
  ['млрд', 1e9],
  ['bn', 1e9],
]);

/** CJK multipliers attach to the number and to the following word ("1.2万粉丝"). */
const CJK_SUFFIXES: ReadonlyMap<string, number> = new Map([
  ['千', 1e3],
  ['천', 1e3],
  ['万', 1e4],
  ['萬', 1e4],
  ['만', 1e4],
  ['億', 1e8],
  ['亿', 1e8],
  ['억', 1e8],
]);

/** A label word after the count: "followers", "Follower:innen", "abonnés", "粉丝". */
const LABEL_WORD = /^[\p{L}\p{M}][\p{L}\p{M}\p{Pd}:.'’·]*$/u;
const NUMBER_START = /^(\d+(?:[.,' ]\d+)*)(.*)$/su;

type Digits = { digits: number; decimals: number; separator: string | null };

export function parseCount(text: string): ParsedCount | null {
  try {
    return parse(text);
  } catch {
    return null;
  }
}

function parse(text: string): ParsedCount | null {
  if (typeof text !== 'string') return null;
  // NBSP, narrow NBSP, thin and figure spaces all group digits in some locale.
  const s = text
    .replace(/[\u00A0\u202F\u2009\u2007\s]+/gu, ' ')
    .trim()
    .toLowerCase();
  if (s.length === 0 || s.length > MAX_INPUT) return null;

  const match = NUMBER_START.exec(s);
  if (!match) return null;
  const numberText = match[1] ?? '';
  const afterNumber = match[2] ?? '';
  const spaced = afterNumber.startsWith(' ');
  let rest = afterNumber.trimStart();

  let multiplier: number | null = null;
  const cjk = CJK_SUFFIXES.get(rest.charAt(0));
  if (cjk !== undefined) {
    multiplier = cjk;
    rest = rest.slice(1);
  } else if (rest.length > 0) {
    const word = /^\S+/u.exec(rest)?.[0] ?? '';
    const key = word.replace(/\.+$/u, '');
    const lastSeparator = /[.,](?=\d+$)/u.exec(numberText)?.[0];
    if (key === 'b') {
      // "1.2B" is English; "1,2 B" and "12 B" are Turkish "bin".
      multiplier = spaced || lastSeparator === ',' ? 1e3 : 1e9;
    } else {
      multiplier = SUFFIXES.get(key) ?? null;
    }
    if (multiplier !== null) {
      rest = rest.slice(word.length);
      if (rest.length > 0 && !rest.startsWith(' ')) return null;
    } else if (!spaced) {
      return null; // "12abc": letters glued to a number are not a label
    }
  }
  if (!isLabel(rest)) return null;

  const parsed = readDigits(numberText, multiplier !== null);
  if (!parsed) return null;
  return multiplier === null ? exactCount(parsed) : abbreviated(parsed, multiplier);
}

function isLabel(rest: string): boolean {
  const words = rest.trim();
  return words.length === 0 || words.split(' ').every((w) => LABEL_WORD.test(w));
}

/**
 * Splits "1.234,5" into digits and decimals. Without a suffix, "." or "," before
 * exactly three final digits groups thousands ("1.234" in de/es/pt); otherwise
 * the last "." or "," is a decimal point.
 */
function readDigits(numberText: string, hasSuffix: boolean): Digits | null {
  const groups = numberText.split(/[.,' ]/u);
  const separators = numberText.match(/[.,' ]/gu) ?? [];
  if (separators.length === 0) return { digits: Number(numberText), decimals: 0, separator: null };

  const last = separators[separators.length - 1] ?? '';
  const lastGroup = groups[groups.length - 1] ?? '';
  const lastIsDecimal = (last === '.' || last === ',') && (hasSuffix || lastGroup.length !== 3);

  const intGroups = lastIsDecimal ? groups.slice(0, -1) : groups;
  const groupSeparators = lastIsDecimal ? separators.slice(0, -1) : separators;
  if (!validGrouping(intGroups, groupSeparators)) return null;
  if (lastIsDecimal && groupSeparators.includes(last)) return null; // "1.234.5"

  const decimals = lastIsDecimal ? lastGroup.length : 0;
  const digits = Number(intGroups.join('') + (lastIsDecimal ? lastGroup : ''));
  return { digits, decimals, separator: lastIsDecimal ? last : null };
}

/** One kind of separator; groups of three after the first (Indian 2-digit groups allowed in the middle). */
function validGrouping(groups: string[], separators: string[]): boolean {
  if (separators.length === 0) return true;
  const kind = separators[0];
  if (!separators.every((s) => s === kind)) return false;
  const [first = '', ...others] = groups;
  if (first.length < 1 || first.length > 3) return false;
  return others.every((g, i) => g.length === 3 || (i < others.length - 1 && g.length === 2 && kind === ','));
}

function exactCount({ digits, decimals }: Digits): ParsedCount | null {
  const scale = 10 ** decimals;
  // A count is whole: "1.5" with no suffix is not a count we can read.
  if (digits % scale !== 0) return null;
  const value = digits / scale;
  if (!Number.isSafeInteger(value) || value > MAX_VALUE) return null;
  return { value, exact: true, low: value, high: value };
}

/** "12.3K" was rounded from [12.25K, 12.35K): the interval is in whole units. */
function abbreviated({ digits, decimals }: Digits, multiplier: number): ParsedCount | null {
  const scale = 10 ** decimals;
  const value = Math.round((digits * multiplier) / scale);
  if (!Number.isSafeInteger(value) || value > MAX_VALUE) return null;
  const low = Math.max(0, Math.ceil(((2 * digits - 1) * multiplier) / (2 * scale)));
  const high = Math.ceil(((2 * digits + 1) * multiplier) / (2 * scale)) - 1;
  return { value, exact: false, low, high: Math.max(high, value) };
}
