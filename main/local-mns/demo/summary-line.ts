/** One short log line: `vod  TranscodeComplete  launch-teaser.mp4 → 4 renditions`. */
export function summaryLine(
  source: 'vod' | 'mps' | 'odd',
  what: string,
  label: string,
  detail?: string,
): string {
  const head = `${source.padEnd(4)} ${what}  ${label}`;
  return detail ? `${head} → ${detail}` : head;
}
