#!/usr/bin/env node
// `npm test`: provisions the system packages the suites need (Linux), starts a private D-Bus session
// with a throwaway unlocked gnome-keyring, runs every check and suite, and ends with one line:
// "N passed, N failed, N skipped" summed over all of them.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const reports = join(root, 'reports');
const linux = process.platform === 'linux';
const inside = process.argv.includes('--inside-session');

// Debian package → a file that proves it is installed.
const SYSTEM_PACKAGES = {
  chromium: '/usr/bin/chromium',
  'libsecret-1-dev': '/usr/include/libsecret-1/libsecret/secret.h',
  'gnome-keyring': '/usr/bin/gnome-keyring-daemon',
  dbus: '/usr/bin/dbus-run-session',
};

function log(line) {
  console.log(`[npm test] ${line}`);
}

function run(command, args, options = {}) {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  return { ok: result.status === 0, seconds: ((Date.now() - started) / 1000).toFixed(1) };
}

function provision() {
  const missing = Object.entries(SYSTEM_PACKAGES)
    .filter(([, file]) => !existsSync(file))
    .map(([name]) => name);
  if (missing.length === 0) return true;
  const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
  if (process.getuid?.() !== 0) {
    console.error(
      `[npm test] Missing system packages: ${missing.join(', ')}. Install them, then run npm test again:\n\n  sudo sh -c '${command}'\n`,
    );
    return false;
  }
  log(`installing system packages: ${missing.join(', ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!run('sh', ['-c', `${command} >/dev/null`], { env }).ok) {
    console.error(`[npm test] apt-get failed; run it yourself: ${command}`);
    return false;
  }
  return true;
}

function ensureKeytarBuilt() {
  // keytar is optional so `npm ci` works before libsecret exists; build it now that it does.
  if (existsSync(join(root, 'node_modules/keytar/build/Release/keytar.node'))) return;
  log('building keytar against libsecret');
  const env = { ...process.env };
  if (existsSync('/usr/include/node/node.h')) env.npm_config_nodedir = '/usr';
  run('npm', ['rebuild', 'keytar', '--foreground-scripts'], { env });
}

function outside() {
  if (!linux) return inside_();
  if (!provision()) {
    console.log('0 passed, 1 failed, 0 skipped');
    process.exit(1);
  }
  ensureKeytarBuilt();
  const sandbox = mkdtempSync(join(tmpdir(), 'mns-watch-test-'));
  const runtime = join(sandbox, 'run');
  mkdirSync(runtime, { mode: 0o700 });
  // A fresh XDG tree keeps the throwaway keyring, Chromium's profile litter and dconf out of $HOME.
  const env = {
    ...process.env,
    XDG_DATA_HOME: join(sandbox, 'data'),
    XDG_CONFIG_HOME: join(sandbox, 'config'),
    XDG_CACHE_HOME: join(sandbox, 'cache'),
    XDG_RUNTIME_DIR: runtime,
  };
  const script = `printf %s throwaway-test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec node "${join(root, 'tests/run-all.mjs')}" --inside-session`;
  const child = spawn('dbus-run-session', ['--', 'sh', '-c', script], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // dbus prints harmless warnings about fd limits and the a11y bus; everything else passes through.
  const noise = /Failed to set fd limit|org\.a11y\.Bus|dbus-daemon\[\d+\]: \[session/;
  const forward = (stream, sink) => {
    let pending = '';
    stream.on('data', (chunk) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) if (!noise.test(line)) sink.write(`${line}\n`);
    });
    stream.on('end', () => pending && !noise.test(pending) && sink.write(pending));
  };
  forward(child.stdout, process.stdout);
  forward(child.stderr, process.stderr);
  const cleanup = () => rmSync(sandbox, { recursive: true, force: true });
  process.on('SIGINT', () => child.kill('SIGINT'));
  child.on('close', (code) => {
    cleanup();
    process.exit(code ?? 1);
  });
}

function inside_() {
  rmSync(reports, { recursive: true, force: true });
  mkdirSync(reports, { recursive: true });
  const env = { ...process.env, MNS_WATCH_TEST_KEYRING: inside ? '1' : '0', FORCE_COLOR: '0' };
  const checks = [];
  const check = (name, command, args) => {
    log(`${name}…`);
    const result = run(command, args, { env });
    log(`${name}: ${result.ok ? 'ok' : 'FAILED'} (${result.seconds} s)`);
    checks.push({ name, ok: result.ok });
    return result.ok;
  };
  const bin = (name) => join(root, 'node_modules/.bin', name);
  check('typecheck', bin('tsc'), ['-b']);
  check('lint', bin('eslint'), ['.', '--max-warnings=0']);
  check('format', bin('prettier'), ['--check', '.', '--log-level=warn']);
  const built = check('build', bin('electron-vite'), ['build', '--logLevel', 'warn']);
  // Counted per check from reports/electronegativity.json (see tests/test-summary.mjs).
  log('electronegativity…');
  const security = run(process.execPath, [join(root, 'tests/support/electronegativity-gate.mjs')], {
    env,
  });
  log(`electronegativity: exit ${security.ok ? 0 : 1} (${security.seconds} s)`);
  log('vitest…');
  const vitest = run(
    bin('vitest'),
    [
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${join(reports, 'vitest.json')}`,
    ],
    { env },
  );
  log(`vitest: exit ${vitest.ok ? 0 : 1} (${vitest.seconds} s)`);
  if (built) {
    log('playwright…');
    const e2e = run(bin('playwright'), ['test'], { env });
    log(`playwright: exit ${e2e.ok ? 0 : 1} (${e2e.seconds} s)`);
  } else {
    log('playwright: not run, the build failed');
  }
  writeFileSync(join(reports, 'checks.json'), JSON.stringify(checks));
  const summary = run(process.execPath, [join(root, 'tests/test-summary.mjs')], { env });
  process.exit(summary.ok ? 0 : 1);
}

if (inside) inside_();
else outside();
