import type { Range } from '../score/analysis';

/**
 * Building Ranges that always satisfy analysisSchema: finite, ≥ 0 and
 * low ≤ expected ≤ high. Products and quotients of ordered non-negative
 * ranges stay ordered (IEEE rounding is monotonic), but settings may arrive
 * unvalidated, so every range is put in order here rather than trusted.
 */

/** null unless all three are finite and ≥ 0; then ordered, expected clamped between. */
export function toRange(low: number, expected: number, high: number): Range | null {
  const values = [low, expected, high];
  if (!values.every((v) => Number.isFinite(v) && v >= 0)) return null;
  const lo = Math.min(low, high);
  const hi = Math.max(low, high);
  return { low: Math.min(lo, expected), expected, high: Math.max(hi, expected) };
}

/** Element-wise product: low × low, expected × expected, high × high. */
export function multiplyRanges(a: Range, b: Range | number): Range | null {
  const m = typeof b === 'number' ? { low: b, expected: b, high: b } : b;
  return toRange(a.low * m.low, a.expected * m.expected, a.high * m.high);
}

/**
 * a ÷ b for a cost over a quantity: the cheapest case divides the lowest
 * cost by the highest quantity. null when any divisor is 0.
 */
export function divideRanges(a: Range, b: Range): Range | null {
  if (!(b.low > 0 && b.expected > 0 && b.high > 0)) return null;
  return toRange(a.low / b.high, a.expected / b.expected, a.high / b.low);
}
