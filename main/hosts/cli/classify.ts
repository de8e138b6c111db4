// `npm run -s classify -- FILE...`: one JSON line per file with what MNS Watch makes of it.
// A payload inspector for developers; reads raw bodies in any encoding or whole MNS message XML.
import { readFileSync } from 'node:fs';

import { classifyDecoded } from '../../engine/events/classify-event';
import { decodeBody } from '../../engine/events/decode-body';
import { isDefaultNotifiable } from '../../engine/notifications';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run -s classify -- FILE...');
  process.exit(2);
}

let unreadable = 0;
for (const file of files) {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    unreadable += 1;
    console.error(
      `classify: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`,
    );
    continue;
  }
  const event = classifyDecoded(decodeBody(bytes));
  console.log(
    JSON.stringify({
      file,
      source: event.source,
      eventType: event.eventType,
      kind: event.kind,
      outcome: event.outcome,
      keyId: event.keyId ?? null,
      notify: isDefaultNotifiable(event),
      title: event.title,
    }),
  );
}
process.exitCode = unreadable > 0 ? 1 : 0;
