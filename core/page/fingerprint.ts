/**
 * Short, deterministic stamps for cached data: "were these figures computed
 * from this snapshot, under these settings?". A stamp is a cache key, not a
 * security measure: 53 bits, so two different inputs colliding is a
 * one-in-10^15 event per comparison.
 */

/**
 * JSON with every object's keys in sorted order, so equal values give equal
 * text whatever order their keys were written in. `undefined` properties are
 * left out, as JSON.stringify does.
 */
export function stableJson(value: unknown): string {
  return (
    JSON.stringify(value, (_key, v: unknown) => {
      if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
      // No prototype: a "__proto__" key stays a key (on {} it would set the prototype and vanish).
      const sorted: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
      for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
      return sorted;
    }) ?? 'undefined'
  );
}

/** cyrb53 (public domain, bryc): a fast 53-bit string hash, as 14 hex digits. */
export function hashText(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const value = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return value.toString(16).padStart(14, '0');
}

/** The stamp of any JSON-like value: equal values, equal stamps. */
export function stampOf(value: unknown): string {
  return hashText(stableJson(value));
}
