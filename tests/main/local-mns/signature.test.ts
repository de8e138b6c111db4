import { describe, expect, it } from 'vitest';

import { createManualClock, createSystemClock, sign, stringToSign } from '../../../main/local-mns';
import { authenticate } from '../../../main/local-mns/signature';
import { localMnsHarness, rawRequest, rejectionOf, sdkFor, xmlText } from './local-mns-kit';

const DATE_2026 = 'Thu, 01 Jan 2026 00:00:00 GMT';

describe('signature worked examples (spec §2.5)', () => {
  it('A: the docs example', () => {
    const headers = { date: 'Thu, 09 Jul 2015 03:01:34 GMT', 'x-mns-version': '2015-06-06' };
    expect(sign('TestAccessSecret', stringToSign('GET', headers, '/MyQueue'))).toBe(
      'uwx3yeWoILzgmvesW0BQSgfM7b8=',
    );
  });

  it('B: the Node SDK unit-test vector', () => {
    const headers = {
      'content-md5': '574683b3684e3cff610afa155cc2506d',
      'content-type': 'text/xml',
      date: 'Tue, 11 Apr 2017 10:09:19 GMT',
      'x-mns-version': '2015-06-06',
    };
    expect(sign('ACCESS_KEY_SECRET', stringToSign('PUT', headers, '/'))).toBe(
      'A9zehggaYHHujmuRMxGIDrhWwx8=',
    );
  });

  it('C: SendMessage as the Node SDK sends it, accepted end to end by authenticate()', () => {
    const headers = {
      'content-md5': 'ZjlhOTBmZjdiMTk2M2ZlNzk0NzIyMDQ4NWM0M2M1M2Q=',
      'content-type': 'text/xml',
      date: DATE_2026,
      'x-mns-date': DATE_2026,
      'x-mns-version': '2015-06-06',
      authorization: 'MNS testAccessKeyId:Mj22fiX1lbWCWgSwW+9nwaFImd0=',
    };
    const policy = {
      mode: 'enforce' as const,
      credentials: [{ accessKeyId: 'testAccessKeyId', accessKeySecret: 'testSecret' }],
      clock: createManualClock(Date.parse(DATE_2026) + 60_000),
      maxClockSkewSeconds: 900,
    };
    expect(authenticate(policy, 'POST', headers, '/queues/demo-queue/messages')).toBeUndefined();
    const tampered = { ...headers, 'content-type': 'application/xml' };
    expect(authenticate(policy, 'POST', tampered, '/queues/demo-queue/messages')?.code).toBe(
      'SignatureDoesNotMatch',
    );
    const late = { ...policy, clock: createManualClock(Date.parse(DATE_2026) + 901_000) };
    expect(authenticate(late, 'POST', headers, '/queues/demo-queue/messages')?.code).toBe(
      'TimeExpired',
    );
  });

  it('D and E: the raw query string and sorted x-mns-* headers are signed verbatim', () => {
    const base = { date: DATE_2026, 'x-mns-date': DATE_2026, 'x-mns-version': '2015-06-06' };
    const poll = stringToSign(
      'GET',
      base,
      '/queues/demo-queue/messages?numOfMessages=16&waitseconds=30',
    );
    expect(sign('testSecret', poll)).toBe('gO47lVWw8k1bjHjt5t+DRczi/m0=');
    const list = { ...base, 'x-mns-ret-number': '10', 'x-mns-prefix': 'pre', 'x-mns-marker': 'm' };
    expect(sign('testSecret', stringToSign('GET', list, '/queues'))).toBe(
      'BuGiDk215fzWQQcxJ3rqujVVD9c=',
    );
  });
});

describe('authentication against the SDK and raw requests', () => {
  const harness = localMnsHarness();

  it('rejects a wrong secret with SignatureDoesNotMatch (403)', async () => {
    const { mns } = await harness.start({ queues: ['q'] });
    const error = await rejectionOf(
      sdkFor(mns, { accessKeySecret: 'wrong' }).getQueueAttributes('q'),
    );
    expect(error.name).toBe('MNSSignatureDoesNotMatchError');
    expect(error.message).toMatch(/failed with 403\./);
    expect(mns.audit.entries().at(-1)).toMatchObject({
      status: 403,
      errorCode: 'SignatureDoesNotMatch',
    });
  });

  it('rejects an unknown AccessKey id with InvalidAccessKeyId (403)', async () => {
    const { mns } = await harness.start();
    const error = await rejectionOf(sdkFor(mns, { accessKeyId: 'NoSuchKey' }).listQueue());
    expect(error.name).toBe('MNSInvalidAccessKeyIdError');
    expect(error.message).toMatch(/failed with 403\./);
  });

  it('answers a skewed server clock with TimeExpired (408) and its own time in Date', async () => {
    const { mns, sdk } = await harness.start({
      clock: createSystemClock(20 * 60_000),
      queues: ['q'],
    });
    const error = await rejectionOf(sdk.receiveMessage('q'));
    expect(error.name).toBe('MNSTimeExpiredError');
    expect(error.message).toMatch(/failed with 408\./);
    const raw = await rawRequest(mns, { method: 'GET', path: '/queues/q' });
    expect(raw.status).toBe(408);
    const serverDate = Date.parse(String(raw.headers.date));
    expect(Math.abs(serverDate - (Date.now() + 20 * 60_000))).toBeLessThan(5_000);
  });

  it('honours maxClockSkewSeconds, including Infinity', async () => {
    const strict = await harness.start({
      clock: createSystemClock(120_000),
      maxClockSkewSeconds: 60,
    });
    expect((await rejectionOf(strict.sdk.listQueue())).name).toBe('MNSTimeExpiredError');
    const lax = await harness.start({
      clock: createSystemClock(86_400_000),
      maxClockSkewSeconds: Infinity,
    });
    expect((await lax.sdk.createQueue('q')).code).toBe(201);
  });

  it.each([
    ['no Authorization', 400, 'MissingAuthorizationHeader', { sign: false }],
    [
      'a V4-style Authorization',
      400,
      'InvalidAuthorizationHeader',
      { headers: { authorization: 'MNS4-HMAC-SHA256 Credential=x' }, sign: false },
    ],
    ['no x-mns-version', 400, 'MissingVersionHeader', { noVersion: true }],
    [
      'another x-mns-version',
      400,
      'InvalidVersionHeader',
      { headers: { 'x-mns-version': '2014-01-01' } },
    ],
    ['no Date', 400, 'MissingDateHeader', { date: null }],
    ['an unreadable Date', 400, 'InvalidDateHeader', { date: 'yesterday-ish' }],
  ] as const)('answers %s with %i %s', async (_label, status, code, overrides) => {
    const { mns } = await harness.start();
    const raw = await rawRequest(mns, { method: 'GET', path: '/queues', ...overrides });
    expect(raw.status).toBe(status);
    expect(xmlText(raw.body, 'Code')).toBe(code);
  });

  it('accepts x-mns-date in place of Date, and any Content-MD5', async () => {
    const { mns } = await harness.start();
    const viaMnsDate = await rawRequest(mns, {
      method: 'GET',
      path: '/queues',
      dateInMnsHeader: true,
    });
    expect(viaMnsDate.status).toBe(200);
    const oddDigest = await rawRequest(mns, {
      method: 'PUT',
      path: '/queues/digest',
      headers: { 'content-md5': 'not-a-digest', 'content-type': 'text/xml' },
      body: '',
    });
    expect(oddDigest.status).toBe(201);
  });

  it("accepts every configured credential and unsigned requests in 'off' mode", async () => {
    const { mns } = await harness.start({
      credentials: [
        { accessKeyId: 'first', accessKeySecret: 'one' },
        { accessKeyId: 'second', accessKeySecret: 'two' },
      ],
    });
    expect(
      (await sdkFor(mns, { accessKeyId: 'second', accessKeySecret: 'two' }).listQueue()).code,
    ).toBe(200);
    const open = await harness.start({ signature: 'off' });
    expect(
      (await rawRequest(open.mns, { method: 'GET', path: '/queues', sign: false, date: null }))
        .status,
    ).toBe(200);
  });

  it('requires the matching security-token when a credential has one', async () => {
    const { mns } = await harness.start({
      credentials: [{ accessKeyId: 'sts', accessKeySecret: 'secret', securityToken: 'token-1' }],
    });
    const good = sdkFor(mns, { securityToken: 'token-1' });
    expect((await good.createQueue('q')).code).toBe(201);
    for (const securityToken of [undefined, 'token-2']) {
      const error = await rejectionOf(
        sdkFor(mns, securityToken === undefined ? {} : { securityToken }).listQueue(),
      );
      expect(error.name).toBe('MNSInvalidSecurityTokenError');
      expect(error.message).toMatch(/failed with 403\./);
    }
    const plain = await harness.start();
    expect((await sdkFor(plain.mns, { securityToken: 'ignored' }).listQueue()).code).toBe(200);
  });
});
