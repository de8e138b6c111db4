// Packaging smoke test: `electron-builder --dir --linux` with the real electron-builder.yml and a stub
// Electron (pack-support.ts), offline, then a look inside what would ship. Needs the built app in out/
// (`npm test` builds before vitest; by hand: `npx electron-vite build`).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, posix, relative } from 'node:path';

import { extractAll, extractFile, listPackage, statFile } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  ELF_MACHINE,
  findRealElectronDist,
  packLinuxDir,
  ROOT,
  writeStubElectronDist,
  type ElectronDist,
  type PackResult,
} from './pack-support';

interface PackageJson {
  name?: string;
  version?: string;
  main?: string;
  desktopName?: string;
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  build?: unknown;
}
interface LockEntry {
  version?: string;
  dev?: boolean;
}

const projectPackage = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as PackageJson;
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, LockEntry>;
};
const keytarBinary = join(ROOT, 'node_modules/keytar/build/Release/keytar.node');
const keytarBuilt = existsSync(keytarBinary);
if (!keytarBuilt) {
  console.warn(
    '[packaging] keytar is not built (optional dependency; it needs libsecret-1-dev): the keytar.node checks are skipped. `npm test` builds it.',
  );
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((entry) => statSync(join(dir, entry)).isFile())
    .map((entry) => entry.split('\\').join('/'));
}

let work: string;
let dist: ElectronDist;
let pack: PackResult;
let asarPath: string;
let entries: string[];
let files: Set<string>;

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'out/main/index.js'))) {
    throw new Error('out/ is missing: build the app first (npx electron-vite build).');
  }
  work = mkdtempSync(join(tmpdir(), 'mns-watch-pack-'));
  const real = findRealElectronDist();
  dist = real ? { dir: real, kind: 'real' } : writeStubElectronDist(join(work, 'electron-dist'));
  pack = await packLinuxDir(dist.dir, join(work, 'dist'));
  asarPath = join(pack.appOutDir, 'resources/app.asar');
  // listPackage gives "/out/main/index.js"-style paths (with "\" on Windows); keep them relative.
  entries = listPackage(asarPath, { isPack: false }).map((entry) =>
    entry.split('\\').join('/').replace(/^\//, ''),
  );
  files = new Set(entries.filter((entry) => !('files' in statFile(asarPath, entry, false))));
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('electron-builder --dir (linux, offline, local Electron)', () => {
  it('packs the built main, preload and renderer and package.json into app.asar', () => {
    for (const file of [
      'out/main/index.js',
      'out/preload/index.js',
      'out/renderer/index.html',
      'package.json',
    ]) {
      expect(files.has(file), `${file} in app.asar`).toBe(true);
    }
    // Everything electron-vite built ships, except source maps.
    const built = filesUnder(join(ROOT, 'out'))
      .filter((file) => !file.endsWith('.map'))
      .map((file) => `out/${file}`);
    expect(built.filter((file) => !files.has(file))).toEqual([]);
    expect(pack.appOutDir.endsWith('unpacked')).toBe(true);
    expect(existsSync(join(pack.appOutDir, 'mns-watch')), 'linux executable name').toBe(true);
  });

  it('leaves out tests, sources, source maps and build tooling', () => {
    const forbidden = entries.filter(
      (entry) =>
        /^(tests|main|preload|renderer|assets|bench|reports|dist|\.ci)(\/|$)/.test(entry) ||
        /\.(ts|tsx|mts|cts|map)$/.test(entry) ||
        /(^|\/)(package-lock\.json|electron-builder\.yml|tsconfig[^/]*\.json|vitest\.config\.[a-z]+)$/.test(
          entry,
        ) ||
        /(^|\/)node_modules\/(vitest|@vitest|playwright|playwright-core|@playwright|typescript|electron|electron-builder|app-builder-lib|electron-vite|vite|@vitejs|eslint|jsdom|react|react-dom|zustand|@doyensec|@types)(\/|$)/.test(
          entry,
        ),
    );
    expect(forbidden).toEqual([]);
  });

  it('packs only production dependencies, none that the lockfile marks dev-only', () => {
    const packageDirs = new Set(
      entries
        .filter((entry) => /(^|\/)node_modules\/(@[^/]+\/)?[^/@]+\/package\.json$/.test(entry))
        .map((entry) => posix.dirname(entry)),
    );
    expect(packageDirs.size).toBeGreaterThan(0);
    const devOnly: string[] = [];
    const unknown: string[] = [];
    for (const dir of packageDirs) {
      const manifest = JSON.parse(extractFile(asarPath, `${dir}/package.json`).toString()) as {
        name?: string;
        version?: string;
      };
      if (!manifest.name || !manifest.version) continue; // nested "type: module" stubs
      const locked = Object.entries(lock.packages).filter(
        ([path, entry]) =>
          path.endsWith(`node_modules/${manifest.name}`) && entry.version === manifest.version,
      );
      if (locked.length === 0) unknown.push(`${manifest.name}@${manifest.version}`);
      else if (locked.every(([, entry]) => entry.dev === true)) devOnly.push(manifest.name);
    }
    expect({ devOnly, unknown }).toEqual({ devOnly: [], unknown: [] });
  });

  it('ships a package.json without development metadata', () => {
    const shipped = JSON.parse(extractFile(asarPath, 'package.json').toString()) as PackageJson;
    expect(shipped.name).toBe(projectPackage.name);
    expect(shipped.version).toBe(projectPackage.version);
    expect(shipped.main).toBe('out/main/index.js');
    expect(shipped.dependencies).toEqual(projectPackage.dependencies);
    expect(shipped.desktopName).toBe('mns-watch.desktop');
    expect(shipped).not.toHaveProperty('devDependencies');
    expect(shipped).not.toHaveProperty('scripts');
    expect(shipped).not.toHaveProperty('build');
  });

  it('resolves every package the main bundle requires from inside the packaged app', () => {
    // Loads them with plain Node from an extracted copy: catches a `files` exclusion that removes
    // something a runtime dependency needs.
    const mainDir = join(ROOT, 'out/main');
    const required = new Set<string>();
    for (const file of filesUnder(mainDir).filter((name) => name.endsWith('.js'))) {
      for (const match of readFileSync(join(mainDir, file), 'utf8').matchAll(
        /require\("([^".][^"]*)"\)/g,
      )) {
        const name = match[1] ?? '';
        const base = name.startsWith('@')
          ? name.split('/').slice(0, 2).join('/')
          : name.split('/')[0];
        if (
          base &&
          base !== 'electron' &&
          !name.startsWith('node:') &&
          !builtinModules.includes(base)
        ) {
          required.add(name);
        }
      }
    }
    expect(required.size).toBeGreaterThan(0);
    const extracted = join(work, 'extracted');
    extractAll(asarPath, extracted);
    const script = `const r = require('node:module').createRequire(${JSON.stringify(join(extracted, 'out/main/index.js'))});
for (const name of ${JSON.stringify([...required])}) r(name);`;
    const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('keeps every native module out of the archive, in app.asar.unpacked', () => {
    const unpackedDir = `${asarPath}.unpacked`;
    const native = entries.filter((entry) => entry.endsWith('.node'));
    for (const entry of native) {
      expect(statFile(asarPath, entry, false), `${entry} marked unpacked`).toMatchObject({
        unpacked: true,
      });
      expect(existsSync(join(unpackedDir, entry)), `${entry} on disk`).toBe(true);
    }
  });

  it.skipIf(!keytarBuilt)(
    "unpacks keytar's keytar.node, built for the packaged architecture (skipped when keytar is not built)",
    () => {
      const unpackedDir = `${asarPath}.unpacked`;
      // The copy in node_modules, and the one(s) the built main bundle actually require()s.
      const wanted = ['node_modules/keytar/build/Release/keytar.node'];
      const mainDir = join(ROOT, 'out/main');
      for (const file of filesUnder(mainDir).filter((name) => name.endsWith('.js'))) {
        for (const match of readFileSync(join(mainDir, file), 'utf8').matchAll(
          /require\("(\.{1,2}\/[^"]+\.node)"\)/g,
        )) {
          const target = join(dirname(join(mainDir, file)), match[1] ?? '');
          wanted.push(relative(ROOT, target).split('\\').join('/'));
        }
      }
      const archMatch = /^linux-(.+)-unpacked$/.exec(pack.appOutDir.split(/[\\/]/).pop() ?? '');
      const machine = ELF_MACHINE[archMatch?.[1] ?? 'x64'];
      for (const entry of wanted) {
        const onDisk = join(unpackedDir, entry);
        expect(existsSync(onDisk), `${entry} in app.asar.unpacked`).toBe(true);
        // keytar is compiled for the host; only a Linux host can produce a Linux package with it.
        if (process.platform !== 'linux') continue;
        const elf = readFileSync(onDisk);
        expect(elf.subarray(0, 4).toString('latin1'), `${entry} is an ELF object`).toBe('\x7fELF');
        expect(elf.readUInt16LE(18), `${entry} built for the packaged CPU`).toBe(machine);
      }
    },
  );

  it('flips the Electron fuses set in electron-builder.yml', async () => {
    const wire = await getCurrentFuseWire(join(pack.appOutDir, 'mns-watch'));
    const state = (fuse: FuseV1Options) => String.fromCharCode(wire[fuse] ?? 0);
    expect({
      runAsNode: state(FuseV1Options.RunAsNode),
      enableCookieEncryption: state(FuseV1Options.EnableCookieEncryption),
      enableNodeOptionsEnvironmentVariable: state(
        FuseV1Options.EnableNodeOptionsEnvironmentVariable,
      ),
      enableNodeCliInspectArguments: state(FuseV1Options.EnableNodeCliInspectArguments),
      enableEmbeddedAsarIntegrityValidation: state(
        FuseV1Options.EnableEmbeddedAsarIntegrityValidation,
      ),
      onlyLoadAppFromAsar: state(FuseV1Options.OnlyLoadAppFromAsar),
      loadBrowserProcessSpecificV8Snapshot: state(
        FuseV1Options.LoadBrowserProcessSpecificV8Snapshot,
      ),
      grantFileProtocolExtraPrivileges: state(FuseV1Options.GrantFileProtocolExtraPrivileges),
    }).toEqual({
      runAsNode: '0',
      enableCookieEncryption: '1',
      enableNodeOptionsEnvironmentVariable: '0',
      enableNodeCliInspectArguments: '0',
      enableEmbeddedAsarIntegrityValidation: '1',
      onlyLoadAppFromAsar: '1',
      loadBrowserProcessSpecificV8Snapshot: '0',
      grantFileProtocolExtraPrivileges: '0',
    });
    expect(pack.log).toContain('executing @electron/fuses');
  });

  it('copies the runtime assets (tray icons, app.png) to resources/assets, not the build-only ones', () => {
    const buildOnly =
      /^(screenshots\/|entitlements|icons\/(png\/|icon\.(ico|icns)$|[^/]+\.(svg|mjs)$))/;
    const source = filesUnder(join(ROOT, 'assets'));
    const shipped = filesUnder(join(pack.appOutDir, 'resources/assets'));
    expect(shipped).toContain('icons/app.png');
    expect(shipped.filter((file) => buildOnly.test(file))).toEqual([]);
    expect(source.filter((file) => !buildOnly.test(file) && !shipped.includes(file))).toEqual([]);
  });

  it('packs offline from the local Electron folder', () => {
    expect(pack.log).toMatch(/using custom unpacked Electron distribution/);
    expect(pack.log).not.toMatch(/downloading|github\.com/i);
    console.log(
      `[packaging] electron-builder --dir with a ${dist.kind} Electron: ${pack.seconds.toFixed(1)} s, app.asar ${(statSync(asarPath).size / 1e6).toFixed(1)} MB, ${files.size} files`,
    );
  });
});
