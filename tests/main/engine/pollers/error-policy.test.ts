import { describe, expect, it } from 'vitest';

import { MnsError } from '../../../../main/engine/mns/mns-error';
import type { MnsErrorKind } from '../../../../main/engine/mns/mns-error';
import {
  ERROR_POLICY,
  THROTTLE_FLOOR_MS,
  classifyPollFailure,
  unreachableNotice,
} from '../../../../main/engine/pollers';
import type { ErrorAction } from '../../../../main/engine/pollers';

const EXPECTED: Record<MnsErrorKind, ErrorAction> = {
  empty: { action: 'empty' },
  auth: { action: 'halt', state: 'auth-error' },
  'clock-skew': { action: 'halt', state: 'clock-error' },
  throttled: { action: 'retry', floorMs: THROTTLE_FLOOR_MS },
  transient: { action: 'retry', floorMs: 0 },
  unreachable: { action: 'retry', floorMs: 0 },
  'queue-missing': { action: 'halt', state: 'queue-missing' },
  'stale-receipt': { action: 'retry', floorMs: 0 },
  'malformed-response': { action: 'retry', floorMs: 0 },
  'invalid-request': { action: 'retry', floorMs: 0 },
  cancelled: { action: 'retry', floorMs: 0 },
  unexpected: { action: 'retry', floorMs: 0 },
};

function errorOf(kind: MnsErrorKind): MnsError {
  return new MnsError(`plain words for ${kind}`, {
    kind,
    operation: 'receive',
    code: undefined,
    httpStatus: undefined,
    requestId: undefined,
    indeterminate: false,
    retryable: false,
    detail: '',
  });
}

describe('error → action (table 2.3)', () => {
  it.each(Object.entries(EXPECTED) as [MnsErrorKind, ErrorAction][])('%s → %j', (kind, action) => {
    expect(ERROR_POLICY[kind]).toEqual(action);
    expect(classifyPollFailure(errorOf(kind))).toEqual({
      kind,
      message: `plain words for ${kind}`,
      action,
    });
  });

  it('covers every kind, and never says "retry now"', () => {
    expect(Object.keys(ERROR_POLICY).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const action of Object.values(ERROR_POLICY)) {
      expect(['empty', 'retry', 'halt']).toContain(action.action);
    }
  });

  it('reports anything that is not an MnsError as unexpected, and backs off', () => {
    expect(classifyPollFailure(new RangeError('bad'))).toEqual({
      kind: 'unexpected',
      message: 'Unexpected error while polling: bad',
      action: { action: 'retry', floorMs: 0 },
    });
    expect(classifyPollFailure('a string').message).toBe(
      'Unexpected error while polling: a string',
    );
  });

  it('words the 5-minute unreachable notice around the original message', () => {
    const notice = unreachableNotice('cn-x.example refused the connection.');
    expect(notice).toMatch(/^Region unreachable for over 5 minutes: check the endpoint/);
    expect(notice).toMatch(/refused the connection\.$/);
  });
});
