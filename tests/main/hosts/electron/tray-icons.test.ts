import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import {
  assetsDirectory,
  LINUX_TRAY_SIZES,
  trayIconFile,
  WINDOWS_TRAY_SIZES,
} from '../../../../main/hosts/electron/tray-icons';
import { TRAY_ICON_STATES } from '../../../../main/hosts/electron/tray-state';
import { decodePng, icoSizes } from './support/image-files';
import { REPO_ROOT } from './support/shell-kit';

// Regenerate with: bash tests/support/make-tray-icons.sh
const assets = join(REPO_ROOT, 'assets');

describe('tray icon files', () => {
  it('picks the platform format for each state', () => {
    expect(trayIconFile('/a', 'new', 'darwin')).toBe('/a/tray/macos/tray-newTemplate.png');
    expect(trayIconFile('/a', 'error', 'win32')).toBe('/a/tray/windows/tray-error.ico');
    expect(trayIconFile('/a', 'idle', 'linux')).toBe('/a/tray/linux/tray-idle-22.png');
    expect(trayIconFile('/a', 'idle', 'linux', 1.5)).toBe('/a/tray/linux/tray-idle-48.png');
    expect(trayIconFile('/a', 'idle', 'linux', 2)).toBe('/a/tray/linux/tray-idle-48.png');
    expect(trayIconFile('/a', 'paused', 'linux', 4)).toBe('/a/tray/linux/tray-paused-64.png');
  });

  it('finds assets beside the asar when packaged, in the project otherwise', () => {
    expect(assetsDirectory({ isPackaged: true, resourcesPath: '/r', appPath: '/r/app.asar' })).toBe(
      '/r/assets',
    );
    expect(assetsDirectory({ isPackaged: false, resourcesPath: '/e', appPath: '/src' })).toBe(
      '/src/assets',
    );
  });

  it.each(TRAY_ICON_STATES)(
    'ships macOS template images for %s: black and alpha only, 1x and @2x',
    (state) => {
      const file = trayIconFile(assets, state, 'darwin');
      for (const [path, size] of [
        [file, 16],
        [file.replace(/\.png$/, '@2x.png'), 32],
      ] as const) {
        const image = decodePng(readFileSync(path));
        expect([image.width, image.height]).toEqual([size, size]);
        let opaque = 0;
        for (let i = 0; i < image.pixels.length; i += 4) {
          // A colour in a template image would render as a black blob: only alpha may vary.
          expect([image.pixels[i], image.pixels[i + 1], image.pixels[i + 2]]).toEqual([0, 0, 0]);
          if ((image.pixels[i + 3] ?? 0) > 0) opaque += 1;
        }
        expect(opaque).toBeGreaterThan(size * 2);
      }
    },
  );

  it.each(TRAY_ICON_STATES)(
    'ships a Windows ICO with every DPI size and Linux PNGs for %s',
    (state) => {
      const ico = readFileSync(trayIconFile(assets, state, 'win32'));
      expect(icoSizes(ico)).toEqual([...WINDOWS_TRAY_SIZES]);
      for (const size of LINUX_TRAY_SIZES) {
        const path = join(assets, 'tray', 'linux', `tray-${state}-${size}.png`);
        expect(existsSync(path)).toBe(true);
        const image = decodePng(readFileSync(path));
        expect([image.width, image.height]).toEqual([size, size]);
      }
    },
  );

  it('draws each state differently', () => {
    const looks = TRAY_ICON_STATES.map((state) =>
      readFileSync(trayIconFile(assets, state, 'linux', 2)).toString('base64'),
    );
    expect(new Set(looks).size).toBe(TRAY_ICON_STATES.length);
  });
});
