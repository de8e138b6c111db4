// Media numbers as people read them. Units stay in Latin letters in every language (MB, kbps),
// as the VOD console itself shows them.

/** "512 B", "5.7 MB", "1.2 GB" (binary multiples, one decimal above bytes). */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return String(bytes);
  if (bytes < 1024) return `${Math.round(bytes)} B`;
  const units = ['KB', 'MB', 'GB', 'TB'] as const;
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(1)} ${units[unit] ?? 'TB'}`;
}

/** "498 kbps" or "1.48 Mbps". */
export function formatBitrate(kbps: number): string {
  if (!Number.isFinite(kbps)) return String(kbps);
  if (kbps < 1000) return `${trimZeros(kbps.toFixed(1))} kbps`;
  return `${trimZeros((kbps / 1000).toFixed(2))} Mbps`;
}

/** "0:20", "1:35.6", "1:02:03" from seconds. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return String(seconds);
  const whole = Math.floor(seconds);
  const tenths = Math.round((seconds - whole) * 10);
  const carry = tenths === 10 ? 1 : 0;
  const total = whole + carry;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const fraction = tenths > 0 && tenths < 10 ? `.${tenths}` : '';
  const ss = `${String(s).padStart(2, '0')}${fraction}`;
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** "640×360"; a missing side shows as "?". */
export function formatResolution(width: number | undefined, height: number | undefined): string {
  if (width === undefined && height === undefined) return '';
  return `${width ?? '?'}×${height ?? '?'}`;
}

/** The UTF-8 length of a string, which is what MNS counts against its 64 KB limit. */
export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** A JSON value on one line, cut to `max` characters with an ellipsis. */
export function compactJson(value: unknown, max = 200): string {
  const text = value === undefined ? '' : (JSON.stringify(value) ?? String(value));
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** True for http(s) URLs, the only ones MNS Watch lets the user open. */
export function isWebUrl(text: string): boolean {
  if (!/^https?:\/\//i.test(text)) return false;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

function trimZeros(fixed: string): string {
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}
