/**
 * Instagram's shortcode (the `/p/<code>/` id the grid links and the snapshot
 * use) is the media pk written in base 64 with the alphabet `A-Za-z0-9-_`
 * (SITE-DATA §1.7 "Shortcode ↔ pk"). Comment requests name the media only by
 * pk, so this ties a page of comments to the post it belongs to.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const BASE = 64n;
/** Media pks are 64-bit today; 25 digits leaves room without letting a hostile value run long. */
const PK = /^\d{1,25}$/u;
const CODE = /^[A-Za-z0-9_-]{1,64}$/u;
/**
 * Private posts' shortcodes carry 28 extra characters after the pk's own
 * (SITE-DATA §1.7, yt-dlp drops them); the public part is at most 11–12.
 */
const PRIVATE_SUFFIX = 28;

/** The shortcode of a media pk ("3" → "D"); null for anything but a positive decimal pk. */
export function pkToShortcode(pk: string): string | null {
  if (!PK.test(pk)) return null;
  let n = BigInt(pk);
  if (n === 0n) return null;
  let code = '';
  while (n > 0n) {
    code = ALPHABET.charAt(Number(n % BASE)) + code;
    n /= BASE;
  }
  return code;
}

/** The media pk of a shortcode ("D" → "3"); null for anything that is not a shortcode. */
export function shortcodeToPk(code: string): string | null {
  if (!CODE.test(code)) return null;
  const own = code.length > PRIVATE_SUFFIX ? code.slice(0, -PRIVATE_SUFFIX) : code;
  let n = 0n;
  for (const char of own) n = n * BASE + BigInt(ALPHABET.indexOf(char));
  if (n === 0n) return null;
  const pk = n.toString();
  return PK.test(pk) ? pk : null;
}
