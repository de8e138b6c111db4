#!/usr/bin/env node
// Renders the packaging icons from app.svg; run by hand after changing the drawing, commit the output.
//   node assets/icons/make-icons.mjs        (needs ImageMagick 6+: apt-get install imagemagick)
// Writes png/NxN.png (Linux icon set, 16–512), icon.ico (Windows: 16–256 in one file) and icon.icns
// (macOS: 16–1024, PNG entries, assembled here because ImageMagick 6 cannot write ICNS). app.png, the
// 256 px icon the app itself uses, is kept as it is. Nothing here runs in CI: the outputs are committed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
// ICNS entry type → pixel size (the @2x types carry the doubled size of their point size).
const ICNS_ENTRIES = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512],
];

function convert(args) {
  const result = spawnSync('convert', args, { encoding: 'utf8' });
  if (result.status !== 0)
    throw new Error(`convert ${args.join(' ')}: ${result.stderr || result.error}`);
}

const version = spawnSync('convert', ['-version'], { encoding: 'utf8' });
if (!/ImageMagick/.test(version.stdout ?? '')) {
  console.error('make-icons: ImageMagick is required (apt-get install imagemagick).');
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'mns-watch-icons-'));
try {
  // Supersample once at 4096 px, then scale down with a filter that does not ring.
  const master = join(work, 'master.png');
  convert(['-background', 'none', '-density', '1536', join(here, 'app.svg'), master]);
  const render = (size, file) =>
    convert([
      master,
      '-filter',
      'Triangle',
      '-resize',
      `${size}x${size}`,
      '-depth',
      '8',
      '-strip',
      '-define',
      'png:exclude-chunks=date,time',
      `PNG32:${file}`,
    ]);
  const sized = new Map();
  for (const size of new Set([...LINUX_SIZES, ...ICO_SIZES, ...ICNS_ENTRIES.map(([, s]) => s)])) {
    const file = join(work, `${size}.png`);
    render(size, file);
    sized.set(size, file);
  }

  mkdirSync(join(here, 'png'), { recursive: true });
  for (const size of LINUX_SIZES) {
    writeFileSync(join(here, 'png', `${size}x${size}.png`), readFileSync(sized.get(size)));
  }

  convert([...ICO_SIZES.map((size) => sized.get(size)), join(here, 'icon.ico')]);

  const entries = ICNS_ENTRIES.map(([type, size]) => {
    const png = readFileSync(sized.get(size));
    const header = Buffer.alloc(8);
    header.write(type, 0, 'ascii');
    header.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([header, png]);
  });
  const body = Buffer.concat(entries);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(body.length + 8, 4);
  writeFileSync(join(here, 'icon.icns'), Buffer.concat([head, body]));
  console.log('make-icons: wrote png/*.png, icon.ico and icon.icns');
} finally {
  rmSync(work, { recursive: true, force: true });
}
