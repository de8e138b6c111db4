// Prints "N passed, N failed, N skipped" over the checks, the Electronegativity gate, vitest and
// Playwright; a suite that did not report (failed to load, crashed, was not run) counts as failed.
// Exit code 1 when anything failed.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const reports = join(dirname(fileURLToPath(import.meta.url)), '..', 'reports');
const load = (name) => {
  try {
    return JSON.parse(readFileSync(join(reports, name), 'utf8'));
  } catch {
    return null;
  }
};

let passed = 0;
let failed = 0;
let skipped = 0;
const notes = [];

for (const c of load('checks.json') ?? []) {
  if (c.ok) passed += 1;
  else {
    failed += 1;
    notes.push(`check failed: ${c.name}`);
  }
}

// The Electronegativity gate (tests/support/electronegativity-gate.mjs): one count per security check.
const electronegativity = load('electronegativity.json');
if (electronegativity === null) {
  failed += 1;
  notes.push('electronegativity: no report (the gate did not run or crashed)');
} else {
  const s = electronegativity.summary ?? {};
  passed += s.passed ?? 0;
  failed += s.failed ?? 1;
  skipped += s.skipped ?? 0;
  if (electronegativity.error) notes.push(`electronegativity: ${electronegativity.error}`);
  else if ((s.failed ?? 0) > 0) {
    notes.push('electronegativity: blocking findings, see reports/electronegativity.json');
  }
}

const vitest = load('vitest.json');
if (vitest === null) {
  failed += 1;
  notes.push('vitest: no report (it did not run or crashed)');
} else {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  skipped += vitest.numPendingTests + vitest.numTodoTests;
  for (const file of vitest.testResults ?? []) {
    const assertionFailed = (file.assertionResults ?? []).some((a) => a.status === 'failed');
    if (file.status === 'failed' && !assertionFailed) {
      failed += 1;
      notes.push(`vitest: ${file.name} failed to load: ${(file.message ?? '').split('\n')[0]}`);
    }
  }
}

const playwright = load('playwright.json');
if (playwright === null) {
  failed += 1;
  notes.push('playwright: no report (it did not run or crashed)');
} else {
  const s = playwright.stats ?? {};
  passed += (s.expected ?? 0) + (s.flaky ?? 0);
  failed += s.unexpected ?? 0;
  skipped += s.skipped ?? 0;
  if ((s.flaky ?? 0) > 0) notes.push(`playwright: ${s.flaky} flaky test(s) passed on retry`);
  for (const error of playwright.errors ?? []) {
    failed += 1;
    notes.push(`playwright: ${(error.message ?? 'error').split('\n')[0]}`);
  }
}

for (const note of notes) console.log(`note: ${note}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exitCode = failed > 0 ? 1 : 0;
