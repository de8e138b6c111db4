// JSON.parse errors made safe and useful. V8 quotes the text it was parsing in some messages
// ('Unexpected token …, "<the file>" is not valid JSON'), and that text may be a credentials file,
// so only V8's own phrase is kept, and a position becomes a line and column a person can find.

/** Why `text` is not JSON, where, in words; never quotes more than a single character of it. */
export function describeJsonError(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/Unexpected end of JSON input/.test(message)) {
    return 'it ends in the middle of the JSON (it may have been cut off while being written)';
  }
  const positioned = /^(.*?) in JSON at position (\d+)|^(.*?JSON) at position (\d+)/.exec(message);
  if (positioned !== null) {
    const phrase = positioned[1] ?? positioned[3] ?? 'Invalid JSON';
    const position = Number(positioned[2] ?? positioned[4]);
    return `it is not valid JSON: ${phrase} at ${lineAndColumn(text, position)}`;
  }
  const token = /^Unexpected token '(.)'/u.exec(message);
  if (token !== null) return `it is not valid JSON: unexpected character '${token[1]}'`;
  return 'it is not valid JSON';
}

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}
