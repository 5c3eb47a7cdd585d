import type { Tier } from '../score/analysis';
import { formatCount, formatMoney, localeOf } from '../text/format';
import { EN, type Translate } from '../text/i18n';
import type { ChartPoint } from './planner';

/**
 * Geometry of the planner's chart: expected goal value against expected cost
 * for every eligible creator, on log–log axes (prices run from $5 to $30,000
 * and reach from hundreds to millions: linear axes would crush the nano
 * creators into a corner). Zero values sit on the axis floor and say so.
 */

export interface ChartBox {
  width: number;
  height: number;
  /** Space for tick labels: left, bottom; top and right get a small margin. */
  left: number;
  bottom: number;
}

interface PlacedPoint extends ChartPoint {
  x: number;
  y: number;
  /** The value or cost was 0 and is drawn on the axis floor. */
  atFloor: boolean;
  /** "@handle: $55, 1,234 engagements". */
  label: string;
}

interface Tick {
  at: number;
  label: string;
}

export interface ChartLayout {
  points: PlacedPoint[];
  xTicks: Tick[];
  yTicks: Tick[];
  tiers: Tier[];
  plot: { x: number; y: number; width: number; height: number };
}

const MARGIN = 8;

function decades(values: readonly number[]): { lo: number; hi: number } {
  const positive = values.filter((v) => v > 0 && Number.isFinite(v));
  if (positive.length === 0) return { lo: 0, hi: 1 };
  const lo = Math.floor(Math.log10(Math.min(...positive)));
  const hi = Math.ceil(Math.log10(Math.max(...positive)));
  return { lo, hi: hi > lo ? hi : lo + 1 };
}

/** `goalLabel` is the goal as it reads inside a sentence ("engagements"); `t` words the points' labels. */
export function layoutChart(
  points: readonly ChartPoint[],
  box: ChartBox,
  currency: string,
  goalLabel: string,
  t: Translate = EN,
): ChartLayout {
  const locale = localeOf(t);
  const plot = {
    x: box.left,
    y: MARGIN,
    width: Math.max(1, box.width - box.left - MARGIN),
    height: Math.max(1, box.height - box.bottom - MARGIN),
  };
  const xs = decades(points.map((p) => p.cost));
  const ys = decades(points.map((p) => p.value));
  const scale = (v: number, d: { lo: number; hi: number }) => (v > 0 ? (Math.log10(v) - d.lo) / (d.hi - d.lo) : 0);
  const clamp = (t: number) => Math.min(1, Math.max(0, t));
  const placed = points.map((p): PlacedPoint => ({
    ...p,
    x: plot.x + clamp(scale(p.cost, xs)) * plot.width,
    y: plot.y + plot.height - clamp(scale(p.value, ys)) * plot.height,
    atFloor: p.cost <= 0 || p.value <= 0,
    label: t(p.chosen ? 'plan.pointChosen' : 'plan.point', [
      p.handle,
      formatMoney(p.cost, currency, locale),
      formatCount(p.value, locale),
      goalLabel.toLowerCase(),
    ]),
  }));
  const ticks = (d: { lo: number; hi: number }, fmt: (n: number) => string, toPx: (t: number) => number): Tick[] =>
    Array.from({ length: d.hi - d.lo + 1 }, (_, i) => ({ at: toPx(i / (d.hi - d.lo)), label: fmt(10 ** (d.lo + i)) }));
  return {
    // Chosen points last, so they are drawn on top.
    points: [...placed].sort((a, b) => Number(a.chosen) - Number(b.chosen)),
    xTicks: ticks(
      xs,
      (n) => formatMoney(n, currency, locale, n < 1 ? 2 : 0),
      (f) => plot.x + f * plot.width,
    ),
    yTicks: ticks(
      ys,
      (n) => formatCount(n, locale),
      (f) => plot.y + plot.height - f * plot.height,
    ),
    tiers: [...new Set(points.map((p) => p.tier))],
    plot,
  };
}
