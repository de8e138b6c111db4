// Export of journal entries as JSON lines (everything, for tools) or CSV (the columns a person
// opens in a spreadsheet). CSV cells that a spreadsheet would run as a formula are defused.
import type { JournalEntry } from '../../engine/journal';
import { displayTime } from '../../engine/journal/row-columns';

/** An export file's name, type and content. */
export interface ExportText {
  fileName: string;
  mimeType: string;
  text: string;
}

const CSV_COLUMNS = [
  'time',
  'outcome',
  'source',
  'kind',
  'eventType',
  'title',
  'subtitle',
  'keyField',
  'keyId',
  'jobId',
  'accountId',
  'regionId',
  'queue',
  'messageId',
  'state',
  'dequeueCount',
  'enqueueTime',
] as const;

/** Renders full entries (newest first as given) in the chosen format. */
export function exportEntries(
  entries: readonly JournalEntry[],
  format: 'jsonl' | 'csv',
  now: number,
): ExportText {
  const stamp = new Date(now).toISOString().replace(/[:.]/g, '-').slice(0, 19);
  if (format === 'jsonl') {
    return {
      fileName: `mns-watch-${stamp}.jsonl`,
      mimeType: 'application/x-ndjson',
      text: entries.map((entry) => `${JSON.stringify(jsonRecord(entry))}\n`).join(''),
    };
  }
  const lines = [CSV_COLUMNS.join(',')];
  for (const entry of entries) {
    const record = csvRecord(entry);
    lines.push(CSV_COLUMNS.map((column) => csvCell(record[column])).join(','));
  }
  return {
    fileName: `mns-watch-${stamp}.csv`,
    mimeType: 'text/csv',
    text: `${lines.join('\r\n')}\r\n`,
  };
}

function iso(ms: number | undefined): string {
  return ms === undefined || !Number.isFinite(ms) ? '' : new Date(ms).toISOString();
}

function jsonRecord(entry: JournalEntry) {
  const { event, envelope, origin, decoded } = entry.message;
  return {
    id: entry.id,
    accountId: origin.accountId,
    regionId: origin.regionId,
    queue: origin.queue,
    messageId: envelope.messageId,
    enqueueTime: iso(envelope.enqueueTime),
    firstDequeueTime: iso(envelope.firstDequeueTime),
    dequeueCount: envelope.dequeueCount,
    priority: envelope.priority,
    bodyMd5: envelope.bodyMd5,
    source: event.source,
    eventType: event.eventType,
    kind: event.kind,
    outcome: event.outcome,
    title: event.title,
    subtitle: event.subtitle,
    eventTime: iso(event.eventTime),
    state: entry.state,
    payload: decoded.payload ?? null,
    body: decoded.raw,
  };
}

function csvRecord(entry: JournalEntry): Record<(typeof CSV_COLUMNS)[number], string> {
  const { event, envelope, origin } = entry.message;
  return {
    time: iso(displayTime(entry)),
    outcome: event.outcome,
    source: event.source,
    kind: event.kind,
    eventType: event.eventType,
    title: event.title,
    subtitle: event.subtitle,
    keyField: event.keyField ?? '',
    keyId: event.keyId ?? '',
    jobId: event.jobId ?? '',
    accountId: origin.accountId,
    regionId: origin.regionId,
    queue: origin.queue,
    messageId: envelope.messageId,
    state: entry.state,
    dequeueCount: String(envelope.dequeueCount),
    enqueueTime: iso(envelope.enqueueTime),
  };
}

/** One CSV cell: quoted when needed, and never a formula (=, +, -, @, tab, CR lead). */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
