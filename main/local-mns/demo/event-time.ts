/** VOD's usual EventTime form, `yyyy-MM-ddTHH:mm:ssZ` (no milliseconds). */
export function formatEventTime(epochMs: number): string {
  return `${new Date(epochMs).toISOString().slice(0, 19)}Z`;
}

/** The AI events' documented form, `yyyy-MM-ddTHH:mm:ss:SSSZ`, with a colon before the milliseconds. */
export function formatAiEventTime(epochMs: number): string {
  const iso = new Date(epochMs).toISOString();
  return `${iso.slice(0, 19)}:${iso.slice(20, 23)}Z`;
}
