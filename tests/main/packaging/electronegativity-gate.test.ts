// The Electronegativity gate itself (tests/support/electronegativity-gate.mjs), run over two small
// fixture apps: a hardened one must pass, a careless one must fail for each thing the gate guards.
// (`npm test` also runs the gate over the real app, as its own step.)
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ROOT } from './pack-support';

interface GateReport {
  error?: string;
  summary: { passed: number; failed: number; skipped: number };
  checks: { id: string; status: string; suppressed?: number; ran?: boolean }[];
  findings: { id: string; severity: string; status: string; file: string; reason?: string }[];
  parseErrors: { file: string; tolerable: boolean }[];
  inlineDisables: { file: string; checks: string[]; ok: boolean }[];
  blindSpots: { file: string; line: number }[];
}
interface GateRun {
  code: number | null;
  lastLine: string;
  report: GateReport;
}

const PACKAGE_JSON = JSON.stringify({
  name: 'fixture',
  version: '1.0.0',
  devDependencies: { electron: '45.4.1' },
});
const CONFIG = JSON.stringify({
  scan: ['main', 'renderer', 'package.json'],
  failOn: ['HIGH', 'MEDIUM'],
  disabled: {
    AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK: {
      run: false,
      reason: 'Needs GitHub, which the test machine cannot reach.',
    },
    PRELOAD_JS_CHECK: { reason: 'The fixture preload is a path only; nothing to review.' },
  },
});
const CSP_PAGE = `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'self'" /><title>x</title></head><body></body></html>\n`;

const HARDENED_MAIN = `import { app, BrowserWindow, session } from 'electron';

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
});
session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));

export const window = new BrowserWindow({
  webPreferences: {
    preload: '/app/preload.js',
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    webSecurity: true,
    disableBlinkFeatures: 'Auxclick',
  },
});
`;
const CARELESS_MAIN = `import * as electron from 'electron';
import { BrowserWindow, shell } from 'electron';

export const unseen = new electron.BrowserWindow({ webPreferences: { sandbox: false } });
export const window = new BrowserWindow({
  webPreferences: { sandbox: true, contextIsolation: false, disableBlinkFeatures: 'Auxclick' },
});
export const open = (url: string) => shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK
`;

function writeFixture(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
}

function runGate(dir: string): Promise<GateRun> {
  const gate = join(ROOT, 'tests/support/electronegativity-gate.mjs');
  const args = [gate, '--root', dir, '--config', join(dir, 'gate.json')];
  args.push('--reports', join(dir, 'reports'));
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => {
      try {
        const report = JSON.parse(
          readFileSync(join(dir, 'reports/electronegativity.json'), 'utf8'),
        ) as GateReport;
        done({ code, lastLine: out.trim().split('\n').pop() ?? '', report });
      } catch (error) {
        fail(new Error(`the gate wrote no report (exit ${code}):\n${out}\n${String(error)}`));
      }
    });
  });
}

let work: string;
let hardened: GateRun;
let careless: GateRun;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'mns-watch-gate-'));
  const common = { 'package.json': PACKAGE_JSON, 'gate.json': CONFIG };
  writeFixture(join(work, 'hardened'), {
    ...common,
    'main/index.ts': HARDENED_MAIN,
    'renderer/index.html': CSP_PAGE,
  });
  writeFixture(join(work, 'careless'), {
    ...common,
    'main/index.ts': CARELESS_MAIN,
    'main/broken.ts': 'export class Broken {\n  accessor value = 1;\n}\n',
    'renderer/index.html': '<!doctype html><html><head><title>x</title></head></html>\n',
  });
  [hardened, careless] = await Promise.all([
    runGate(join(work, 'hardened')),
    runGate(join(work, 'careless')),
  ]);
}, 60_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('electronegativity gate', () => {
  it('passes a hardened app, counting one result per check', () => {
    expect(hardened.report.error).toBeUndefined();
    expect(hardened.code).toBe(0);
    expect(hardened.report.summary).toEqual({ passed: 40, failed: 0, skipped: 2 });
    expect(hardened.lastLine).toBe('40 passed, 0 failed, 2 skipped');
  });

  it('keeps a disabled check’s findings in the report, suppressed with the written reason', () => {
    const preload = hardened.report.findings.filter((f) => f.id === 'PRELOAD_JS_CHECK');
    expect(preload).toEqual([
      expect.objectContaining({ status: 'suppressed', reason: expect.stringMatching(/path only/) }),
    ]);
    expect(hardened.report.checks).toContainEqual(
      expect.objectContaining({ id: 'AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK', ran: false }),
    );
  });

  it('fails on HIGH and MEDIUM findings, not on LOW or informational ones', () => {
    expect(careless.code).toBe(1);
    const blocking = careless.report.findings.filter((f) => f.status === 'blocking');
    expect(blocking.map((f) => f.id).sort()).toEqual([
      'CONTEXT_ISOLATION_JS_CHECK',
      'CSP_GLOBAL_CHECK',
      'LIMIT_NAVIGATION_GLOBAL_CHECK',
      'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
    ]);
    expect(blocking.every((f) => f.severity === 'HIGH' || f.severity === 'MEDIUM')).toBe(true);
    expect(careless.report.findings).toContainEqual(
      expect.objectContaining({ id: 'ELECTRON_VERSION_JSON_CHECK', status: 'reported' }),
    );
  });

  it('fails on an inline eng-disable without a reason, a file it cannot parse, and a window it cannot see', () => {
    expect(careless.report.inlineDisables).toEqual([
      expect.objectContaining({
        file: 'main/index.ts',
        checks: ['OPEN_EXTERNAL_JS_CHECK'],
        ok: false,
      }),
    ]);
    expect(careless.report.parseErrors).toEqual([
      expect.objectContaining({ file: 'main/broken.ts', tolerable: false }),
    ]);
    expect(careless.report.blindSpots).toEqual([
      expect.objectContaining({ file: 'main/index.ts', line: 4 }),
    ]);
    // 4 failing checks + 1 bare eng-disable + 1 parse error + 1 unseen window.
    expect(careless.report.summary.failed).toBe(7);
    expect(careless.lastLine).toBe(
      `${careless.report.summary.passed} passed, 7 failed, ${careless.report.summary.skipped} skipped`,
    );
  });
});
