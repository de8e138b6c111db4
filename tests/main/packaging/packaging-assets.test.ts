// The files electron-builder.yml points at for installers that cannot be built here (dmg, NSIS,
// AppImage/deb): the icons are well-formed at every size each platform asks for, and the macOS
// entitlements stay minimal. Regenerate the icons with `node assets/icons/make-icons.mjs`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { ROOT } from './pack-support';

const config = readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8');
const icons = join(ROOT, 'assets/icons');

function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).toString('latin1')).toBe('\x89PNG\r\n\x1a\n');
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('packaging assets', () => {
  it('points electron-builder.yml at files that exist', () => {
    const paths = [
      ...config.matchAll(/^\s*(?:icon|entitlements|entitlementsInherit): (\S+)/gm),
    ].map((match) => match[1] ?? '');
    expect(paths.sort()).toEqual([
      'assets/entitlements.mac.plist',
      'assets/entitlements.mac.plist',
      'assets/icons/icon.icns',
      'assets/icons/icon.ico',
      'assets/icons/png',
    ]);
    for (const path of paths) expect(existsSync(join(ROOT, path)), path).toBe(true);
  });

  it('has a Linux icon set whose file names match their pixel sizes, 16 to 512', () => {
    const names = readdirSync(join(icons, 'png')).sort((a, b) => parseInt(a) - parseInt(b));
    expect(names).toEqual([16, 24, 32, 48, 64, 128, 256, 512].map((size) => `${size}x${size}.png`));
    for (const name of names) {
      const size = parseInt(name);
      expect(pngSize(readFileSync(join(icons, 'png', name))), name).toEqual({
        width: size,
        height: size,
      });
    }
    expect(pngSize(readFileSync(join(icons, 'app.png')))).toEqual({ width: 256, height: 256 });
  });

  it('has a Windows icon.ico with every size from 16 to 256 in one file', () => {
    const ico = readFileSync(join(icons, 'icon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]); // reserved, type = icon
    const count = ico.readUInt16LE(4);
    const sizes: number[] = [];
    for (let i = 0; i < count; i += 1) {
      const entry = 6 + i * 16;
      const width = ico[entry] || 256; // 0 means 256
      const height = ico[entry + 1] || 256;
      const bytes = ico.readUInt32LE(entry + 8);
      const offset = ico.readUInt32LE(entry + 12);
      expect(width).toBe(height);
      expect(offset + bytes).toBeLessThanOrEqual(ico.length);
      if (width === 256) expect(pngSize(ico.subarray(offset, offset + bytes)).width).toBe(256);
      sizes.push(width);
    }
    expect(sizes.sort((a, b) => a - b)).toEqual([16, 24, 32, 48, 64, 128, 256]);
  });

  it('has a macOS icon.icns with PNG entries from 16 to 1024 (Retina included)', () => {
    const icns = readFileSync(join(icons, 'icon.icns'));
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const found: Record<string, number> = {};
    for (let at = 8; at < icns.length;) {
      const type = icns.subarray(at, at + 4).toString('latin1');
      const length = icns.readUInt32BE(at + 4);
      expect(length).toBeGreaterThan(8);
      found[type] = pngSize(icns.subarray(at + 8, at + length)).width;
      at += length;
    }
    expect(found).toEqual({
      icp4: 16,
      icp5: 32,
      icp6: 64,
      ic07: 128,
      ic08: 256,
      ic09: 512,
      ic10: 1024,
      ic11: 32,
      ic12: 64,
      ic13: 256,
      ic14: 512,
    });
  });

  it('keeps the macOS entitlements to allow-jit, ready for the hardened runtime', () => {
    const plist = readFileSync(join(ROOT, 'assets/entitlements.mac.plist'), 'utf8');
    const withoutComments = plist.replace(/<!--[\s\S]*?-->/g, '');
    const keys = [...withoutComments.matchAll(/<key>([^<]+)<\/key>\s*<(true|false)\/>/g)].map(
      (match) => `${match[1]}=${match[2]}`,
    );
    expect(keys).toEqual(['com.apple.security.cs.allow-jit=true']);
    // An XML comment may not contain "--"; a broken plist only shows up when signing on a Mac.
    for (const comment of plist.match(/<!--([\s\S]*?)-->/g) ?? []) {
      expect(comment.slice(4, -3)).not.toContain('--');
    }
    expect(config).toMatch(/^\s+hardenedRuntime: true$/m);
    expect(config).toMatch(/^\s+notarize: false$/m);
  });
});
