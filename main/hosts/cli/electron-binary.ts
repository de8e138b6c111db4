import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The installed Electron executable, or undefined when its binary was never downloaded. Reads
 * the package's path.txt itself: requiring `electron` would try to download it.
 */
export function findElectronBinary(root: string): string | undefined {
  const dir = join(root, 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const name = readFileSync(pathFile, 'utf8').trim();
  // An empty path.txt (interrupted install) would otherwise name the dist folder itself.
  if (name === '') return undefined;
  const executable = join(dir, 'dist', name);
  return statSync(executable, { throwIfNoEntry: false })?.isFile() === true
    ? executable
    : undefined;
}
