import { describe, expect, it } from 'vitest';

import { QUEUE_MODE_TEXT } from '../../../../main/engine/settings/queue-mode-text';

describe('queue mode explanations', () => {
  it('tell a user what each mode does to the queue and to other consumers', () => {
    expect(QUEUE_MODE_TEXT.watch.summary).toContain('never changed');
    expect(QUEUE_MODE_TEXT.watch.consequence).toMatch(/another service/);
    expect(QUEUE_MODE_TEXT.consume.consequence).toMatch(/no other consumer .* can receive it/);
    expect(QUEUE_MODE_TEXT.consume.consequence).toMatch(/visibility timeout/);
  });
});
