import type { ApiCount } from '../common/api';

/**
 * Which TikTok counts are exact. Shared by the embedded-JSON reader (json.ts)
 * and the API parser (api.ts): the same numbers arrive both ways.
 */

/**
 * §5.6: TikTok's `stats` are rounded, and some `statsV2` values are that same
 * rounded number ("427700", "866000"). Every rounded value seen was ≥ 1,000 and
 * a multiple of 100 (427700, 16000, 22600, 1800000, 14200000); the exact
 * rounding rule is unknown (§4.11), so this is the conservative reading.
 */
function looksRounded(n: number): boolean {
  return n >= 1000 && n % 100 === 0;
}

/**
 * Prefer statsV2 (§2.1). Its value is exact unless it looks rounded and either
 * equals `stats` or there is no `stats` to compare with (a round statsV2 alone
 * may be rounded too: ~1 exact count in 100 is a multiple of 100, so marking
 * those approximate costs little). A `stats`-only value (§5.7: a userInfo
 * without statsV2) is approximate when it looks rounded; a number such as
 * 45,012 or 312 cannot be the result of rounding, so it is taken as exact.
 */
export function pickCount(v2: number | null, v1: number | null): ApiCount | null {
  if (v2 !== null) return { value: v2, exact: !(looksRounded(v2) && (v1 === null || v1 === v2)) };
  if (v1 !== null) return { value: v1, exact: !looksRounded(v1) };
  return null;
}
