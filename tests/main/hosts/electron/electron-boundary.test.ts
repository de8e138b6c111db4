import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

import { describe, expect, it } from 'vitest';

import { REPO_ROOT } from './support/shell-kit';

// Thin glue: Electron is loaded in one place (the entry point) and typed in a few adapter and shell
// files; everything else in main/ runs in plain Node.
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

const files = sources(join(REPO_ROOT, 'main')).map((path) => ({
  path: relative(REPO_ROOT, path).split('\\').join('/'),
  text: readFileSync(path, 'utf8'),
}));

describe('Electron stays at the edge', () => {
  it('is loaded only by main/index.ts', () => {
    const loading = files.filter(
      ({ text }) =>
        /^import (?!type\b)[^;]*from 'electron'/m.test(text) ||
        /require\(['"]electron['"]\)/.test(text),
    );
    expect(loading.map((f) => f.path)).toEqual(['main/index.ts']);
  });

  it('is typed only in the shell and adapter files of hosts/electron', () => {
    const typing = files
      .filter(({ text }) => /^import type [^;]*from 'electron'/m.test(text))
      .map((f) => f.path);
    expect(typing.length).toBeGreaterThan(0);
    for (const path of typing) {
      expect(path).toMatch(/^main\/hosts\/electron\/[a-z-]*(-adapter|shell[a-z-]*)\.ts$/);
    }
  });
});
