import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR } from '../lib/chromium';
import type { Figure } from '../lib/report';
import { summarize } from '../lib/stats';

/**
 * 4. Size of every built entrypoint: the JS it loads (its own file plus the
 * chunks its page preloads), minified as built and gzipped (level 9), against
 * bench/size-budget.json. The content scripts must carry no popup, side panel
 * or settings code: marker strings only those views contain must be absent.
 */

const SECTION = '4 size (min+gzip)';
const BUDGET_FILE = resolve('bench/size-budget.json');

interface SizeBudget {
  /** Gzipped kB per entrypoint name (content-scripts/instagram, popup…). */
  entrypoints: Record<string, number>;
  /** Text that only the popup, side panel or settings render. */
  notInContentScripts: string[];
}

export function readBudget(): SizeBudget {
  return JSON.parse(readFileSync(BUDGET_FILE, 'utf8')) as SizeBudget;
}

/** Entrypoint name → JS files it loads, relative to the extension folder. */
function entrypointFiles(dir = EXTENSION_DIR): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    background?: { service_worker?: string };
    content_scripts?: { js?: string[] }[];
  };
  if (manifest.background?.service_worker) out.set('background', [manifest.background.service_worker]);
  for (const cs of manifest.content_scripts ?? [])
    for (const js of cs.js ?? []) out.set(js.replace(/\.js$/u, ''), [js]);
  for (const html of readdirSync(dir).filter((f) => f.endsWith('.html'))) {
    const text = readFileSync(join(dir, html), 'utf8');
    const files = [...text.matchAll(/(?:src|href)="\/?([^"]+\.js)"/gu)].map((m) => m[1] ?? '');
    out.set(html.replace(/\.html$/u, ''), files);
  }
  return out;
}

function gzipBytes(dir: string, files: readonly string[]): { raw: number; gzip: number; text: string } {
  let raw = 0;
  let gzip = 0;
  let text = '';
  for (const f of files) {
    const buf = readFileSync(join(dir, f));
    raw += buf.length;
    gzip += gzipSync(buf, { level: 9 }).length;
    text += buf.toString('utf8');
  }
  return { raw, gzip, text };
}

export function bundleSize(dir = EXTENSION_DIR): Figure[] {
  const budget = readBudget();
  const figures: Figure[] = [];
  for (const [name, files] of entrypointFiles(dir)) {
    const { raw, gzip, text } = gzipBytes(dir, files);
    const limit = budget.entrypoints[name];
    let note = `${(raw / 1024).toFixed(0)} kB minified`;
    if (name.startsWith('content-scripts/')) {
      const foreign = budget.notInContentScripts.filter((marker) => text.includes(marker));
      // Markers (bench/size-budget.json): view texts, React DOM's error URL,
      // classic zod's JSON-schema code. The page gets Preact and zod/mini only.
      note += foreign.length
        ? `; CONTAINS ${foreign.map((m) => JSON.stringify(m)).join(', ')}`
        : '; no popup/side-panel/settings code, no React DOM, no classic zod';
      if (foreign.length)
        figures.push({
          section: SECTION,
          name: `${name}: foreign view code`,
          unit: 'markers',
          summary: summarize([foreign.length]),
          budget: { limit: 0, comparison: '<=' },
        });
    }
    figures.push({
      section: SECTION,
      name,
      unit: 'kB',
      summary: summarize([gzip / 1024]),
      budget: limit === undefined ? null : { limit, comparison: '<=' },
      note,
    });
  }
  return figures;
}
