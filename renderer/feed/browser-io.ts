// The browser's ways to hand data to the user: a download for exports, the clipboard for copies.
import type { ExportFile } from '../../preload/contract';

/** Saves an export through a Blob and a temporary `<a download>`. */
export function downloadFile(file: ExportFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled, or some browsers cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Puts text on the clipboard. */
export async function copyToClipboard(text: string): Promise<void> {
  if (navigator.clipboard === undefined) {
    throw new Error('The clipboard is not available in this window.');
  }
  await navigator.clipboard.writeText(text);
}
