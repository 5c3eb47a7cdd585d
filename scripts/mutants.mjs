#!/usr/bin/env node
/**
 * Mutation check: proof that the tests bite. Each mutant is a deliberate bug,
 * applied as a text patch to one source file; the tests that should notice it
 * are run, and must fail. Prints a table: mutant → killed (by which test) or
 * survived. Exits non-zero if any mutant survives, if a patch no longer
 * matches its source (a stale mutant must not pass quietly), or if the tests
 * fail without any mutant (the baseline: a failure there proves nothing).
 *
 *   npm run test:mutants              # every mutant
 *   npm run test:mutants -- ig-swap   # only those whose id contains "ig-swap"
 *
 * It works on a copy of the working tree (node_modules linked, not copied),
 * so a mutant never touches the files others are editing, testing or
 * committing; each patched file is restored in a `finally` (and on Ctrl-C),
 * and the copy is deleted at the end. End-to-end mutants are built into the
 * copy's own CS_OUT_DIR.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = '.output-mutants';

/** Test commands (vitest arguments), run once without a mutant as the baseline. */
const SUITES = {
  adapters: {
    build: false,
    args: ['--project', 'dom', 'adapters/instagram/index.test.ts', 'adapters/reading.test.ts'],
  },
  core: {
    build: false,
    args: ['--project', 'core', 'core/score/post-metrics.test.ts', 'core/score/engagement.test.ts'],
  },
  hostile: { build: true, args: ['--project', 'e2e', 'tests/e2e/hostile.e2e.ts', '-t', 'instagram/janedoe.html'] },
  lifecycle: { build: true, args: ['--project', 'e2e', 'tests/e2e/lifecycle.e2e.ts', '-t', 'MV3 worker stopped'] },
};

/**
 * Each patch: [file, exact text, replacement]. The text must occur exactly
 * once in the file, or the mutant is reported stale and the script fails.
 */
const MUTANTS = [
  {
    id: 'ig-likes-10x-after-first',
    bug: 'Instagram: every post after the first reads 10× its likes',
    suite: 'adapters',
    patches: [
      [
        'adapters/instagram/profile.ts',
        `  const fromJson = json.media.flatMap((m) => {
    const id = mediaId(m);
    return id ? [mediaToPost(m, id)] : [];
  });`,
        `  const fromJson = json.media.flatMap((m, i) => {
    const id = mediaId(m);
    const post = id ? mediaToPost(m, id) : null;
    return post ? [i > 0 && post.likes !== null ? { ...post, likes: post.likes * 10 } : post] : [];
  });`,
      ],
    ],
  },
  {
    id: 'core-pinned-filter-dropped',
    bug: 'core selectPosts no longer leaves pinned posts out',
    suite: 'core',
    patches: [
      [
        'core/score/post-metrics.ts',
        'if (excludePinned && post.pinned) {',
        'if (false && excludePinned && post.pinned) {',
      ],
    ],
  },
  {
    id: 'ig-pinned-detection-dropped',
    bug: 'Instagram adapter never marks a post pinned (neither from the JSON nor from the grid)',
    suite: 'adapters',
    patches: [
      ['adapters/instagram/json.ts', '    pinned: isPinned(obj),', '    pinned: false && isPinned(obj),'],
      [
        'adapters/instagram/dom.ts',
        '      pinned: link.querySelector(grid.pinned) !== null,',
        '      pinned: false && link.querySelector(grid.pinned) !== null,',
      ],
    ],
  },
  {
    id: 'ig-swap-likes-comments',
    bug: 'Instagram adapter swaps likes and comments',
    suite: 'adapters',
    patches: [
      [
        'adapters/instagram/json.ts',
        `    likes: hidden ? null : firstCount(obj, mediaKeys.likes),
    comments: obj.comments_disabled === true ? null : firstCount(obj, mediaKeys.comments),`,
        `    likes: hidden ? null : firstCount(obj, mediaKeys.comments),
    comments: obj.comments_disabled === true ? null : firstCount(obj, mediaKeys.likes),`,
      ],
    ],
  },
  {
    id: 'ig-other-creators-followers',
    bug: "Instagram adapter takes the first user with counts in the JSON, whoever it is (another creator's followers)",
    suite: 'adapters',
    patches: [
      ['adapters/instagram/json.ts', '  best.user = matching.find(', '  best.user = users[0] ?? matching.find('],
    ],
  },
  {
    id: 'bio-innerhtml',
    bug: 'the view that renders the bio (What was read, popup and side panel) renders it with innerHTML',
    suite: 'hostile',
    patches: [
      [
        'components/analysis/WhatWasRead.tsx',
        `<dd className="cs-read__value">{row.value ?? <span className="cs-missing">{i18n.t('common.notOnPage')}</span>}</dd>`,
        `{row.field === 'bio' && row.value !== null ? <dd className="cs-read__value" dangerouslySetInnerHTML={{ __html: row.value }} /> : <dd className="cs-read__value">{row.value ?? <span className="cs-missing">{i18n.t('common.notOnPage')}</span>}</dd>}`,
      ],
    ],
  },
  {
    id: 'overlay-name-innerhtml',
    bug: 'the overlay renders the display name with innerHTML (it has no bio to render)',
    suite: 'hostile',
    patches: [
      [
        'components/overlay/Overlay.tsx',
        `          {PLATFORM_LABELS[model.platform]} {who}
        </span>`,
        `          {PLATFORM_LABELS[model.platform]} {who}
        </span>
        <span className="cs-overlay__name" dangerouslySetInnerHTML={{ __html: model.analysis?.displayName ?? '' }} />`,
      ],
    ],
  },
  {
    id: 'resave-resets-savedAt',
    bug: 'saving a creator again overwrites when it was first saved',
    suite: 'lifecycle',
    patches: [
      [
        'lib/shortlist.ts',
        '? { ...previous.data, snapshot: creator.snapshot, updatedAt: now }',
        '? { ...previous.data, snapshot: creator.snapshot, savedAt: now, updatedAt: now }',
      ],
    ],
  },
  {
    id: 'no-retry-after-worker-stop',
    bug: 'the content script does not send a request again when the worker was stopped under it',
    suite: 'lifecycle',
    patches: [['lib/content/messaging.ts', 'const RETRIES = 4;', 'const RETRIES = 0;']],
  },
];

// ---------------------------------------------------------------------------

const filters = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const chosen = filters.length === 0 ? MUTANTS : MUTANTS.filter((m) => filters.some((f) => m.id.includes(f)));
if (chosen.length === 0) {
  console.error(`no mutant matches ${filters.join(', ')}; ids: ${MUTANTS.map((m) => m.id).join(', ')}`);
  process.exit(2);
}

const sandbox = mkdtempSync(join(tmpdir(), 'creator-scout-mutants-'));
/** Each run's output; kept when something is not killed, removed otherwise. */
const logs = mkdtempSync(join(tmpdir(), 'creator-scout-mutant-logs-'));
/** Files patched right now, with their text before the patch (restored in finally or on a signal). */
const patched = new Map();
let child = null;

function restoreAll() {
  for (const [file, text] of patched) writeFileSync(file, text);
  patched.clear();
}
function cleanUp() {
  restoreAll();
  rmSync(sandbox, { recursive: true, force: true });
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (child?.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
    }
    cleanUp();
    console.error(`\n${signal}: mutants restored, ${sandbox} removed`);
    process.exit(130);
  });
}

/** Runs a command in the sandbox, its output to a log file; resolves with the exit code. */
function run(cmd, args, env, log) {
  return new Promise((resolveRun) => {
    // Its own process group, so that a signal ends vitest and its Chromium too.
    child = spawn(cmd, args, {
      cwd: sandbox,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const out = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => out.push(d));
    child.on('close', (code) => {
      child = null;
      writeFileSync(log, Buffer.concat(out));
      resolveRun(code ?? 1);
    });
  });
}

/** The failed tests in a vitest JSON report: "file > test" and the first line of its message. */
function failedTests(reportFile) {
  if (!existsSync(reportFile)) return [];
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  const failed = [];
  for (const file of report.testResults ?? []) {
    for (const t of file.assertionResults ?? []) {
      if (t.status !== 'failed') continue;
      let message =
        String(t.failureMessages?.[0] ?? '')
          .split('\n')
          .find((l) => l.trim()) ?? '';
      // How vitest's JSON report words a test that ran out of time.
      if (/STACK_TRACE_ERROR/.test(message))
        message = `test timed out or aborted after ${Math.round((t.duration ?? 0) / 1000)} s`;
      failed.push({
        test: `${relative(sandbox, file.name)} > ${t.fullName}`,
        message: message.replace(/\u001b\[[0-9;]*m/g, '').slice(0, 160),
      });
    }
    if ((file.assertionResults ?? []).length === 0 && file.status === 'failed') {
      failed.push({
        test: relative(sandbox, file.name),
        message: String(file.message ?? 'file failed')
          .split('\n')[0]
          .slice(0, 160),
      });
    }
  }
  return failed;
}

let runs = 0;
/** Builds if the suite needs it, runs it; returns { built, code, failed, log }. */
async function runSuite(name) {
  const suite = SUITES[name];
  const n = ++runs;
  const log = join(logs, `run-${n}-${name}.log`);
  const env = { CS_OUT_DIR: OUT_DIR };
  if (suite.build) {
    const code = await run('npx', ['wxt', 'build'], env, log.replace('.log', '.build.log'));
    if (code !== 0) return { built: false, code, failed: [], log: log.replace('.log', '.build.log') };
  }
  const report = join(logs, `run-${n}-${name}.json`);
  const code = await run(
    'npx',
    ['vitest', 'run', ...suite.args, '--reporter=json', `--outputFile=${report}`],
    env,
    log,
  );
  return { built: true, code, failed: failedTests(report), log };
}

function applyPatches(mutant) {
  for (const [file, find, replace] of mutant.patches) {
    const path = join(sandbox, file);
    const text = readFileSync(path, 'utf8');
    const count = text.split(find).length - 1;
    if (count !== 1)
      throw new Error(
        `${file}: the text to mutate occurs ${count} times (expected once): the mutant is stale, update it`,
      );
    if (!patched.has(path)) patched.set(path, text);
    writeFileSync(
      path,
      text.replace(find, () => replace),
    );
  }
}

const started = Date.now();
const rows = [];
let broken = false;
try {
  cpSync(ROOT, sandbox, {
    recursive: true,
    filter: (src) => {
      const rel = relative(ROOT, src);
      const top = rel.split(/[\\/]/)[0];
      return !(
        top === 'node_modules' ||
        top === '.git' ||
        top.startsWith('.output') ||
        rel === join('bench', 'results')
      );
    },
  });
  symlinkSync(join(ROOT, 'node_modules'), join(sandbox, 'node_modules'), 'dir');
  console.info(`mutants: ${chosen.length} in a copy of the working tree at ${sandbox}`);

  const baselines = new Map();
  for (const suite of new Set(chosen.map((m) => m.suite))) {
    const t0 = Date.now();
    const result = await runSuite(suite);
    const ok = result.built && result.code === 0;
    baselines.set(suite, ok);
    console.info(
      `baseline ${suite}: ${ok ? 'passes' : `FAILS (${result.built ? result.failed.map((f) => f.test).join('; ') || `exit ${result.code}` : 'build failed'}; see ${result.log})`} [${((Date.now() - t0) / 1000).toFixed(0)} s]`,
    );
    if (!ok) broken = true;
  }

  for (const mutant of chosen) {
    const t0 = Date.now();
    let row;
    try {
      if (!baselines.get(mutant.suite)) {
        row = { status: 'INCONCLUSIVE', by: `the ${mutant.suite} tests fail without the mutant` };
      } else {
        applyPatches(mutant);
        const result = await runSuite(mutant.suite);
        if (!result.built)
          row = { status: 'BUILD FAILED', by: `the mutant does not build (${result.log}): fix the mutant` };
        else if (result.code === 0)
          row = { status: 'SURVIVED', by: `every test in "${SUITES[mutant.suite].args.join(' ')}" passed` };
        else if (result.failed.length === 0)
          row = { status: 'UNCLEAR', by: `vitest exit ${result.code} without a failed test (${result.log})` };
        else
          row = {
            status: 'killed',
            by: result.failed
              .map((f) => `${f.test} — ${f.message}`)
              .slice(0, 3)
              .join('\n      '),
          };
      }
    } catch (error) {
      row = { status: 'STALE', by: String(error instanceof Error ? error.message : error) };
    } finally {
      restoreAll();
    }
    if (row.status !== 'killed') broken = true;
    rows.push({ mutant, ...row, seconds: (Date.now() - t0) / 1000 });
    console.info(`${row.status.padEnd(12)} ${mutant.id} [${((Date.now() - t0) / 1000).toFixed(0)} s]`);
  }
} finally {
  cleanUp();
}

console.info('\nmutant | bug | result | by');
console.info('--- | --- | --- | ---');
for (const r of rows) console.info(`${r.mutant.id} | ${r.mutant.bug} | ${r.status} | ${r.by.replace(/\n\s*/g, '; ')}`);
const killed = rows.filter((r) => r.status === 'killed').length;
if (broken) console.info(`logs of every run: ${logs}`);
else rmSync(logs, { recursive: true, force: true });
console.info(
  `\n${killed} of ${rows.length} mutants killed in ${((Date.now() - started) / 1000).toFixed(0)} s${broken ? ' — NOT all killed, or a baseline failed: see above' : ''}`,
);
process.exit(broken ? 1 : 0);
