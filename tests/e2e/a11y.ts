import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';

/** axe-core, injected into a page; the violations that matter (serious or critical). */
const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

export interface AxeReport {
  /** Serious or critical violations. */
  serious: Violation[];
  /** Rules that ran and passed: proves the context was not empty. */
  passed: number;
}

export async function audit(page: Page | Frame, include?: string): Promise<AxeReport> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (selector) => {
    type Rule = { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] };
    const axe = (
      globalThis as unknown as {
        axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Rule[]; passes: Rule[] }> };
      }
    ).axe;
    const context = selector ? { include: [[selector]] } : document;
    const r = await axe.run(context, { resultTypes: ['violations', 'passes'] });
    const serious = r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((n) => JSON.stringify(n.target)),
      }));
    return { serious, passed: r.passes.length };
  }, include ?? null);
}
