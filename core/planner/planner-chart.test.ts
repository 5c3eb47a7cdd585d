import { describe, expect, it } from 'vitest';
import { layoutChart } from './planner-chart';
import type { ChartPoint } from './planner';

const points: ChartPoint[] = [
  { key: 'a', handle: 'a', tier: 'nano', cost: 10, value: 100, chosen: true },
  { key: 'b', handle: 'b', tier: 'micro', cost: 1_000, value: 10_000, chosen: false },
  { key: 'c', handle: 'c', tier: 'micro', cost: 100, value: 0, chosen: false },
];
const box = { width: 300, height: 200, left: 40, bottom: 20 };

describe('layoutChart', () => {
  const layout = layoutChart(points, box, 'USD', 'Engagements');
  it('places points on log axes inside the plot', () => {
    const a = layout.points.find((p) => p.key === 'a')!;
    const b = layout.points.find((p) => p.key === 'b')!;
    expect(a.x).toBe(layout.plot.x);
    expect(b.x).toBe(layout.plot.x + layout.plot.width);
    expect(a.y).toBe(layout.plot.y + layout.plot.height);
    expect(b.y).toBe(layout.plot.y);
    const c = layout.points.find((p) => p.key === 'c')!;
    expect(c.x).toBeCloseTo(layout.plot.x + layout.plot.width / 2, 9);
    expect(c.atFloor).toBe(true);
  });
  it('draws chosen points last, labels them, and gives decade ticks', () => {
    expect(layout.points.at(-1)?.key).toBe('a');
    expect(layout.points.at(-1)?.label).toBe('@a: $10.00, 100 engagements (in the plan)');
    expect(layout.xTicks.map((t) => t.label)).toEqual(['$10', '$100', '$1,000']);
    expect(layout.yTicks.map((t) => t.label)).toEqual(['100', '1K', '10K']);
    expect(layout.tiers).toEqual(['nano', 'micro']);
  });
  it('copes with no points', () => {
    expect(layoutChart([], box, 'USD', 'Reach').points).toEqual([]);
  });
});
