import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { findElectronBinary } from '../../../../main/hosts/cli/electron-binary';

let roots: string[] = [];
afterEach(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
  roots = [];
});

/** A project root with node_modules/electron holding the given files. */
function project(files: Record<string, string> = {}): { root: string; electron: string } {
  const root = mkdtempSync(join(tmpdir(), 'mnsw-electron-'));
  roots.push(root);
  const electron = join(root, 'node_modules', 'electron');
  mkdirSync(join(electron, 'dist'), { recursive: true });
  // What the real package does on require: it must never be loaded by the lookup.
  writeFileSync(join(electron, 'index.js'), 'throw new Error("electron was required");');
  writeFileSync(join(electron, 'package.json'), '{"name":"electron","main":"index.js"}');
  for (const [path, text] of Object.entries(files)) {
    const full = join(electron, path);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, text);
  }
  return { root, electron };
}

describe('findElectronBinary', () => {
  it('finds the binary named by path.txt', () => {
    const { root, electron } = project({ 'path.txt': 'electron\n', 'dist/electron': '#!/bin/sh' });
    chmodSync(join(electron, 'dist', 'electron'), 0o755);
    expect(findElectronBinary(root)).toBe(join(electron, 'dist', 'electron'));
  });

  it('follows a nested path such as the macOS app bundle', () => {
    const inner = 'Electron.app/Contents/MacOS/Electron';
    const { root, electron } = project({ 'path.txt': inner, [`dist/${inner}`]: 'bin' });
    expect(findElectronBinary(root)).toBe(join(electron, 'dist', inner));
  });

  it('is undefined when the binary was never downloaded', () => {
    expect(findElectronBinary(project().root)).toBeUndefined();
    expect(findElectronBinary(project({ 'path.txt': 'electron' }).root)).toBeUndefined();
  });

  it('is undefined when path.txt names nothing', () => {
    expect(findElectronBinary(project({ 'path.txt': '' }).root)).toBeUndefined();
    expect(findElectronBinary(project({ 'path.txt': '  \n' }).root)).toBeUndefined();
    const folder = project({ 'path.txt': 'Electron.app', 'dist/Electron.app/Info.plist': '' });
    expect(findElectronBinary(folder.root)).toBeUndefined();
  });

  it('is undefined without node_modules/electron at all', () => {
    const root = mkdtempSync(join(tmpdir(), 'mnsw-electron-'));
    roots.push(root);
    expect(findElectronBinary(root)).toBeUndefined();
  });
});
