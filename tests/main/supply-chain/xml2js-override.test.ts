import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

// xml2js < 0.5 lets a response set __proto__ on parsed objects (CVE-2023-0842); @alicloud/mns 1.2.0
// asks for ^0.4.17, so package.json overrides it. This keeps the override from silently disappearing.
interface LockEntry {
  version?: string;
}
const lock = JSON.parse(readFileSync(join(__dirname, '../../../package-lock.json'), 'utf8')) as {
  packages: Record<string, LockEntry>;
};

describe('dependency tree', () => {
  it('resolves every xml2js, including the SDK’s, to a patched version', () => {
    const copies = Object.entries(lock.packages).filter(([path]) =>
      path.endsWith('node_modules/xml2js'),
    );
    expect(copies.map(([path]) => path)).toContain('node_modules/xml2js');
    for (const [path, entry] of copies) {
      const [major = 0, minor = 0] = (entry.version ?? '0.0.0').split('.').map(Number);
      expect({ path, patched: major > 0 || minor >= 6 }).toEqual({ path, patched: true });
    }
  });

  it('pins the official MNS SDK version the client layer was verified against', () => {
    expect(lock.packages['node_modules/@alicloud/mns']?.version).toBe('1.2.0');
  });
});
