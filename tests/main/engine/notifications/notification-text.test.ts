import { describe, expect, it } from 'vitest';

import {
  FALLBACK_TITLE,
  MAX_BODY_LENGTH,
  MAX_TITLE_LENGTH,
  notificationTextFor,
} from '../../../../main/engine/notifications';
import { item, makeEvent, transcodeComplete } from './event-factory';

describe('notificationTextFor', () => {
  it('uses the event title and subtitle, with the ref to open on click', () => {
    expect(notificationTextFor(item('evt-7', transcodeComplete('success', 7)))).toEqual({
      title: 'Transcode complete',
      body: 'clip-07.mp4',
      eventRefs: ['evt-7'],
      tag: '1234567890/cn-shanghai/vod-events|vod|TranscodeComplete|video-07|success',
      urgency: 'normal',
    });
  });

  it('marks failures and partial failures critical', () => {
    expect(notificationTextFor(item('a', transcodeComplete('failure'))).urgency).toBe('critical');
    expect(notificationTextFor(item('b', transcodeComplete('partial'))).urgency).toBe('critical');
  });

  it('has no tag when the event has no key id', () => {
    expect(notificationTextFor(item('a', makeEvent({ keyId: undefined }))).tag).toBeUndefined();
  });

  it('never reads the summary or raw body', () => {
    const event = makeEvent({
      summary: { facts: [{ label: 'secret', value: 'https://signed.example/?token=abc' }] },
    });
    expect(JSON.stringify(notificationTextFor(item('a', event)))).not.toContain('token');
  });

  it('turns control characters and line breaks into single spaces', () => {
    const event = makeEvent({
      title: 'Transcode\u0000 complete\r\n\u001b[31mred\u007f\u0085',
      subtitle: '\tclip\u2028one.mp4  ',
    });
    const text = notificationTextFor(item('a', event));
    expect(text.title).toBe('Transcode complete [31mred');
    expect(text.body).toBe('clip one.mp4');
  });

  it('removes bidi overrides and zero-width characters that would disguise a name', () => {
    const event = makeEvent({
      subtitle: 'invoice\u202egpj.exe',
      title: 'Trans\u200bcode\ufeff done',
    });
    const text = notificationTextFor(item('a', event));
    expect(text.body).toBe('invoicegpj.exe');
    expect(text.title).toBe('Transcode done');
  });

  it('shortens a long title to 80 and a long body to 200 characters with an ellipsis', () => {
    const event = makeEvent({ title: 'T'.repeat(500), subtitle: 'word '.repeat(10_000) });
    const text = notificationTextFor(item('a', event));
    expect(text.title).toHaveLength(MAX_TITLE_LENGTH);
    expect(text.title).toBe(`${'T'.repeat(79)}…`);
    expect(text.body.length).toBeLessThanOrEqual(MAX_BODY_LENGTH);
    expect(text.body.endsWith('word…')).toBe(true);
  });

  it('does not cut an emoji in half or leave a broken surrogate', () => {
    const title = `${'a'.repeat(78)}🎬🎬`;
    const text = notificationTextFor(item('a', makeEvent({ title, subtitle: 'x\ud800y' })));
    expect(text.title).toBe(`${'a'.repeat(78)}…`);
    expect(text.body).toBe('x\ufffdy');
  });

  it('falls back to a generic title when nothing readable is left', () => {
    const text = notificationTextFor(item('a', makeEvent({ title: '\u0000\u0001 \u202e' })));
    expect(text.title).toBe(FALLBACK_TITLE);
  });
});
