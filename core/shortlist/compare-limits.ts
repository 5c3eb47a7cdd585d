/**
 * How many creators Compare takes. Apart from compare.ts so the shortlist's
 * tick boxes do not pull Compare's table code into the side panel's first chunk.
 */
export const COMPARE_MIN = 2;
export const COMPARE_MAX = 6;
