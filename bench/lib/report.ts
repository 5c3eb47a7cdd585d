import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, resolve } from 'node:path';
import { QUICK } from './config';
import type { Summary } from './stats';

/**
 * One row of the table: a figure (median and spread of its runs), its budget
 * and whether it is within it. `limit` is the budget's bound in `unit`;
 * `comparison` says which side passes.
 */
export interface Figure {
  section: string;
  name: string;
  unit: string;
  summary: Summary;
  budget: { limit: number; comparison: '<=' | '>=' } | null;
  /** Which statistic the budget applies to: the median (default) or, for "never over", the worst run. */
  judge?: 'median' | 'max';
  note?: string;
}

export function within(figure: Figure): boolean | null {
  if (!figure.budget || !Number.isFinite(figure.summary.median)) return null;
  const v = figure.judge === 'max' ? figure.summary.max : figure.summary.median;
  return figure.budget.comparison === '<=' ? v <= figure.budget.limit : v >= figure.budget.limit;
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  chromium: string;
  quick: boolean;
}

export function describeMachine(chromiumPath: string): Machine {
  let chromium = 'unknown';
  try {
    chromium = execFileSync(chromiumPath, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    chromium = `not runnable at ${chromiumPath}`;
  }
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryGb: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    chromium,
    quick: QUICK,
  };
}

const fmt = (n: number): string =>
  !Number.isFinite(n) ? '—' : Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(2);

export function formatTable(machine: Machine, figures: readonly Figure[]): string {
  const header = ['section', 'figure', 'median', 'p25–p75', 'min–max', 'n', 'budget', 'ok'];
  const rows = figures.map((f) => {
    const ok = within(f);
    const s = f.summary;
    return [
      f.section,
      f.name + (f.note ? ` (${f.note})` : ''),
      `${fmt(s.median)} ${f.unit}`,
      `${fmt(s.p25)}–${fmt(s.p75)}`,
      `${fmt(s.min)}–${fmt(s.max)}`,
      String(s.n),
      f.budget ? `${f.judge === 'max' ? 'max ' : ''}${f.budget.comparison} ${fmt(f.budget.limit)} ${f.unit}` : 'info',
      ok === null ? '' : ok ? 'yes' : 'MISS',
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB; ${machine.chromium}; Node ${machine.node}${machine.quick ? ' — QUICK MODE: checks the harness works, figures are not measurements' : ''}`,
    '',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
  ].join('\n');
}

export const RESULTS_FILE = resolve('bench/results', process.env.BENCH_QUICK === '1' ? 'quick.json' : 'latest.json');

export function writeResults(machine: Machine, figures: readonly Figure[], file = RESULTS_FILE): void {
  mkdirSync(dirname(file), { recursive: true });
  const out = {
    when: new Date().toISOString(),
    machine,
    figures: figures.map((f) => ({ ...f, withinBudget: within(f) })),
  };
  writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
}
