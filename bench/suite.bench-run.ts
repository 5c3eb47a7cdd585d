import { afterAll, describe, expect, it } from 'vitest';
import { QUICK } from './lib/config';
import { CHROMIUM } from './lib/chromium';
import { describeMachine, formatTable, RESULTS_FILE, within, writeResults, type Figure } from './lib/report';
import { bundleSize, readBudget } from './sections/bundle-size';
import { longScroll } from './sections/long-scroll';
import { pageOverhead } from './sections/page-overhead';
import { scoring } from './sections/scoring';
import { shortlistAtScale } from './sections/shortlist';
import { spaHops } from './sections/spa-hops';
import { apiObserver } from './sections/api-observer';
import { liveSpa } from './sections/live-spa';

/**
 * `npm run bench`: every section in order, one table at the end, the same
 * figures as JSON in bench/results/latest.json. Timing budgets are reported,
 * not asserted (timings on shared machines are noisy); what is asserted is that
 * every figure was actually measured, and the deterministic budgets: every
 * entrypoint's gzipped size and the markers of view code that must not reach
 * the content scripts. A breach of those fails `npm test` (via bench:quick). `npm run bench:quick` runs the same code
 * with tiny counts (CI) and writes bench/results/quick.json instead.
 */

const figures: Figure[] = [];

function record(section: Figure[]): void {
  figures.push(...section);
  for (const f of section) expect(f.summary.n, `${f.section}: ${f.name} was measured`).toBeGreaterThan(0);
}

describe.sequential(`benchmark${QUICK ? ' (quick: checks it works)' : ''}`, () => {
  it('4. entrypoint sizes against bench/size-budget.json (asserted: sizes are deterministic)', () => {
    const section = bundleSize();
    record(section);
    const measured = new Set(section.map((f) => f.name));
    expect(
      Object.keys(readBudget().entrypoints).filter((name) => !measured.has(name)),
      'budgeted entrypoints missing from the build',
    ).toEqual([]);
    const breaches = section
      .filter((f) => within(f) === false)
      .map(
        (f) =>
          `${f.name}: ${f.summary.median.toFixed(1)} ${f.unit} > ${f.budget?.limit} ${f.unit}${f.note ? ` (${f.note})` : ''}`,
      );
    expect(breaches, 'size budget or content-script marker breached').toEqual([]);
  });
  it('5. scoring core in Node', () => record(scoring()));
  it('1. page overhead: none / floor / ours', async () => record(await pageOverhead()));
  it('2. long scroll to 1,000 posts', async () => record(await longScroll()));
  it('3. SPA hops', async () => record(await spaHops()));
  it('6. shortlist at scale', async () => record(await shortlistAtScale()));
  it('7. API observer', async () => record(await apiObserver()));
  it('8. live SPA hops', async () => record(await liveSpa()));
});

afterAll(() => {
  const machine = describeMachine(CHROMIUM);
  const order = (f: Figure) => f.section;
  const sorted = [...figures].sort((a, b) => order(a).localeCompare(order(b)));
  writeResults(machine, sorted);
  console.log(`\n${formatTable(machine, sorted)}\n\nWritten to ${RESULTS_FILE}`);
});
