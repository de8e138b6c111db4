#!/usr/bin/env node
// Electronegativity gate (`npm run security`, and a step of `npm test`): scans the app's sources with
// @doyensec/electronegativity and fails on any HIGH or MEDIUM finding whose check is not disabled, with a
// written reason, in electronegativity-checks.json.
//
// - Scans a staged copy of main/, preload/, renderer/ and package.json (not the repo root: tests and
//   fakes would trip checks, and their `will-navigate` handlers would satisfy global checks the app
//   itself must satisfy). Electronegativity parses TS/TSX itself, so findings point at source lines.
// - Electronegativity always exits 0, and its CSV writer is unreliable (header and rows are two unordered
//   async writes, no "review required" flag), so the gate calls its documented programmatic API and
//   writes its own reports: reports/electronegativity.json (every check and finding, with suppression
//   reasons; tests/test-summary.mjs reads its counts) and reports/electronegativity.sarif (SARIF 2.1.0).
// - A source file it cannot parse would silently yield no findings, so a parse error fails the gate.
// - Counts, one per check: passed (ran, nothing blocking), failed (a blocking finding; also one per
//   unparsable file, per inline eng-disable without a reason and per BrowserWindow construction the
//   tool cannot see), skipped (disabled in the config).
// Last line: "N passed, N failed, N skipped". Exit 1 when anything failed.
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
// --root, --config and --reports default to this repository; the gate's own tests point them at fixtures.
const option = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 && process.argv[index + 1] ? resolve(process.argv[index + 1]) : fallback;
};
const root = option('root', join(here, '..', '..'));
const configFile = option('config', join(here, 'electronegativity-checks.json'));
const reports = option('reports', join(root, 'reports'));
const reportFile = join(reports, 'electronegativity.json');
const sarifFile = join(reports, 'electronegativity.sarif');
const require = createRequire(import.meta.url);
const MIN_REASON = 20;
const WIKI = 'https://github.com/doyensec/electronegativity/wiki/';

function writeReport(report) {
  mkdirSync(reports, { recursive: true });
  writeFileSync(reportFile, `${JSON.stringify(report, null, 2)}\n`);
}

function fatal(message) {
  console.error(`electronegativity gate: ${message}`);
  writeReport({ error: message, summary: { passed: 0, failed: 1, skipped: 0 } });
  console.log('0 passed, 1 failed, 0 skipped');
  process.exit(1);
}

rmSync(reportFile, { force: true });
rmSync(sarifFile, { force: true });

// --- configuration -----------------------------------------------------------------------------------
const config = JSON.parse(readFileSync(configFile, 'utf8'));
const failOn = new Set(config.failOn ?? ['HIGH', 'MEDIUM']);
const disabled = config.disabled ?? {};

const toolVersion = require('@doyensec/electronegativity/package.json').version;
const run = require('@doyensec/electronegativity');
const checksDir = '@doyensec/electronegativity/dist/finder/checks';
// Check id (what findings and the config use) → class name (what the tool's exclusion list takes). The
// constructors need the tool's i18n globals, so read the id from the source instead of instantiating.
const classById = new Map();
for (const Check of [
  ...require(`${checksDir}/AtomicChecks`).CHECKS,
  ...require(`${checksDir}/GlobalChecks`).GLOBAL_CHECKS,
]) {
  const id = /this\.id\s*=\s*["']([A-Z_]+)["']/.exec(Check.toString())?.[1];
  if (!id)
    fatal(`cannot read the id of check ${Check.name}; was @doyensec/electronegativity updated?`);
  classById.set(id, Check.name);
}
for (const [id, entry] of Object.entries(disabled)) {
  if (!classById.has(id))
    fatal(`electronegativity-checks.json disables ${id}, which is not a check`);
  if (typeof entry?.reason !== 'string' || entry.reason.trim().length < MIN_REASON) {
    fatal(`disabled check ${id} needs a written reason (at least ${MIN_REASON} characters)`);
  }
}

const projectPackage = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const electronVersion = (projectPackage.devDependencies?.electron ?? '').replace(/^[\^~=v]+/, '');
if (!/^\d+\.\d+\.\d+$/.test(electronVersion)) {
  fatal('cannot read an exact Electron version from package.json');
}

// --- scan --------------------------------------------------------------------------------------------
const stage = mkdtempSync(join(tmpdir(), 'mns-watch-electronegativity-'));
const toolOutput = [];
const started = Date.now();
let result;
try {
  for (const entry of config.scan)
    cpSync(join(root, entry), join(stage, entry), { recursive: true });
  // The tool prints a few lines itself (e.g. when its translation download fails): keep them, prefixed.
  const log = console.log;
  console.log = (...args) => toolOutput.push(args.join(' '));
  try {
    result = await run({
      input: stage,
      isRelative: true,
      // The README names it electronVersion, the runner reads electronVersionOverride.
      electronVersion,
      electronVersionOverride: electronVersion,
      excludeFromScan: Object.entries(disabled)
        .filter(([, entry]) => entry.run === false)
        .map(([id]) => classById.get(id).toLowerCase()),
    });
  } finally {
    console.log = log;
  }
} catch (error) {
  fatal(`electronegativity failed: ${error?.stack ?? error}`);
} finally {
  rmSync(stage, { recursive: true, force: true });
}
const seconds = (Date.now() - started) / 1000;
for (const line of toolOutput) console.log(`[electronegativity] ${line.trim()}`);

// Two things the tool does not report but the gate must: inline `eng-disable` comments hide findings
// before the gate sees them, so each needs a reason after the check ids (the tool reads ids up to the
// first character that is not a letter, digit, _ or blank); and the BrowserWindow checks (sandbox,
// contextIsolation, nodeIntegration, webSecurity, preload, Auxclick, …) only recognise
// `new BrowserWindow(…)` / `new BrowserView(…)` with a bare identifier, so `new electron.BrowserWindow(…)`
// would pass every one of them unseen.
const inlineDisables = [];
const blindSpots = [];
for (const dir of config.scan) {
  const files = statSync(join(root, dir)).isFile()
    ? [dir]
    : readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
        .filter((file) => /\.(m?[jt]sx?|html?)$/.test(file))
        .map((file) => join(dir, file).split('\\').join('/'));
  for (const file of files) {
    readFileSync(join(root, file), 'utf8')
      .split('\n')
      .forEach((text, index) => {
        const unseen = /new\s+[\w$.]+\.(BrowserWindow|BrowserView)\s*\(/.exec(text);
        if (unseen) blindSpots.push({ file, line: index + 1, construct: unseen[0] });
        const match = /eng-disable[ \t]+([\w \t]+)(.*)$/.exec(text);
        if (!match) return;
        // Leading CHECK_IDS (or class names) are the directive; the rest is the reason. Put the reason
        // after a ':' so the tool does not read its words as more check names.
        const words = (match[1] ?? '').trim().split(/[ \t]+/);
        const count = words.findIndex((word) => !/^([A-Z0-9_]+|\w+Check)$/.test(word));
        const checks = count === -1 ? words : words.slice(0, count);
        const reason = `${count === -1 ? '' : words.slice(count).join(' ')} ${match[2] ?? ''}`
          .replace(/\*\/|-->/g, '')
          .replace(/^[\s:—–-]+/, '')
          .trim();
        inlineDisables.push({
          file,
          line: index + 1,
          checks,
          reason,
          ok: checks.length > 0 && reason.length >= MIN_REASON,
        });
      });
  }
}

// --- verdict -----------------------------------------------------------------------------------------
const findings = result.issues.map((issue) => {
  const suppression = disabled[issue.id];
  const severity = issue.severity.name;
  const status = suppression ? 'suppressed' : failOn.has(severity) ? 'blocking' : 'reported';
  return {
    id: issue.id,
    severity,
    confidence: issue.confidence.name,
    reviewRequired: Boolean(issue.manualReview),
    file: issue.file,
    line: issue.location?.line ?? 0,
    column: issue.location?.column ?? 0,
    sample: issue.sample ?? null,
    description: issue.description,
    url: `${WIKI}${issue.id}`,
    status,
    ...(suppression ? { reason: suppression.reason } : {}),
  };
});

const checks = [...classById.keys()].sort().map((id) => {
  if (disabled[id]) {
    const suppressed = findings.filter((f) => f.id === id).length;
    return {
      id,
      status: 'skipped',
      ran: disabled[id].run !== false,
      suppressed,
      reason: disabled[id].reason,
    };
  }
  const blocking = findings.filter((f) => f.id === id && f.status === 'blocking').length;
  return { id, status: blocking > 0 ? 'failed' : 'passed', blocking };
});
const parseErrors = result.errors.map((error) => ({
  file: error.file.startsWith(stage) ? error.file.slice(stage.length + 1) : error.file,
  message: error.message,
  tolerable: Boolean(error.tolerable),
}));

const summary = {
  passed: checks.filter((c) => c.status === 'passed').length,
  failed:
    checks.filter((c) => c.status === 'failed').length +
    parseErrors.filter((e) => !e.tolerable).length +
    inlineDisables.filter((d) => !d.ok).length +
    blindSpots.length,
  skipped: checks.filter((c) => c.status === 'skipped').length,
};

writeReport({
  tool: `@doyensec/electronegativity ${toolVersion}`,
  electronVersion,
  scanned: config.scan,
  failOn: [...failOn],
  seconds,
  summary,
  checks,
  findings,
  parseErrors,
  inlineDisables,
  blindSpots,
});

const level = (f) => (f.status === 'blocking' ? 'error' : f.reviewRequired ? 'note' : 'warning');
const sarif = {
  $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
  version: '2.1.0',
  runs: [
    {
      tool: {
        driver: {
          name: 'Electronegativity',
          version: toolVersion,
          informationUri: 'https://github.com/doyensec/electronegativity',
          rules: [...new Set(findings.map((f) => f.id))].map((id) => ({
            id,
            helpUri: `${WIKI}${id}`,
            shortDescription: { text: id },
            fullDescription: { text: findings.find((f) => f.id === id)?.description ?? id },
          })),
        },
      },
      results: findings.map((f) => ({
        ruleId: f.id,
        level: level(f),
        message: { text: `${f.severity} (${f.confidence}): ${f.description}` },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: f.file },
              region: { startLine: Math.max(1, f.line), startColumn: f.column + 1 },
            },
          },
        ],
        ...(f.status === 'suppressed'
          ? { suppressions: [{ kind: 'external', justification: f.reason }] }
          : {}),
      })),
    },
  ],
};
writeFileSync(sarifFile, `${JSON.stringify(sarif, null, 2)}\n`);

// --- console -----------------------------------------------------------------------------------------
console.log(
  `electronegativity ${toolVersion} (Electron ${electronVersion}) over ${config.scan.join(', ')}: ${checks.length} checks in ${seconds.toFixed(1)} s`,
);
for (const f of findings) {
  const where = `${f.file}:${f.line}:${f.column}`;
  const tag = f.status === 'blocking' ? 'FAIL' : f.status === 'suppressed' ? 'off ' : 'info';
  console.log(
    `  ${tag} ${f.id} ${f.severity}/${f.confidence}${f.reviewRequired ? ' (review)' : ''} ${where}`,
  );
  if (f.status === 'blocking') console.log(`       ${f.description} ${f.url}`);
}
for (const e of parseErrors) {
  console.log(`  ${e.tolerable ? 'warn' : 'FAIL'} could not parse ${e.file}: ${e.message}`);
}
for (const d of inlineDisables.filter((entry) => !entry.ok)) {
  console.log(
    `  FAIL ${d.file}:${d.line}: eng-disable ${d.checks.join(' ')} has no written reason`,
  );
}
for (const b of blindSpots) {
  console.log(
    `  FAIL ${b.file}:${b.line}: \`${b.construct}…\` hides the window's options from the BrowserWindow checks; construct it as \`new BrowserWindow(…)\` (e.g. \`const { BrowserWindow } = electron\`)`,
  );
}
for (const c of checks.filter((entry) => entry.status === 'skipped')) {
  console.log(
    `  skip ${c.id}${c.ran ? ` (${c.suppressed} finding(s) suppressed)` : ' (not run)'}: ${c.reason.split(/(?<=\.) /)[0]}`,
  );
}
console.log(`reports: ${reportFile}, ${sarifFile}`);
console.log(`${summary.passed} passed, ${summary.failed} failed, ${summary.skipped} skipped`);
process.exitCode = summary.failed > 0 ? 1 : 0;
