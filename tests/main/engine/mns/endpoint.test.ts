import { describe, expect, it } from 'vitest';

import { EndpointError, resolveEndpoint } from '../../../../main/engine/mns/endpoint';
import { MNS_REGIONS, isValidRegionId, suggestRegion } from '../../../../main/engine/mns/regions';

function rejection(run: () => unknown): EndpointError {
  try {
    run();
  } catch (error) {
    if (error instanceof EndpointError) return error;
    throw error;
  }
  throw new Error('expected an EndpointError');
}

describe('resolveEndpoint', () => {
  it('builds an HTTPS public endpoint from account id and region', () => {
    const endpoint = resolveEndpoint({
      kind: 'region',
      accountId: ' 1234567890123456 ',
      regionId: 'cn-shanghai',
    });
    expect(endpoint).toMatchObject({
      url: 'https://1234567890123456.mns.cn-shanghai.aliyuncs.com',
      accountId: '1234567890123456',
      regionId: 'cn-shanghai',
      secure: true,
      custom: false,
      notes: [],
    });
  });

  it('uses plain HTTP for internal endpoints and says why', () => {
    const endpoint = resolveEndpoint({
      kind: 'region',
      accountId: '1234567890123456',
      regionId: 'cn-beijing',
      network: 'internal-vpc',
    });
    expect(endpoint.url).toBe('http://1234567890123456.mns.cn-beijing-internal-vpc.aliyuncs.com');
    expect(endpoint.secure).toBe(false);
    expect(endpoint.notes.join(' ')).toMatch(/inside Alibaba Cloud/);
  });

  it('reads account and region from a console URL and upgrades http to https', () => {
    const endpoint = resolveEndpoint({
      kind: 'url',
      url: 'http://1234567890123456.mns.ap-southeast-1.aliyuncs.com/',
    });
    expect(endpoint).toMatchObject({
      url: 'https://1234567890123456.mns.ap-southeast-1.aliyuncs.com',
      accountId: '1234567890123456',
      regionId: 'ap-southeast-1',
      secure: true,
    });
    expect(endpoint.notes).toEqual(['Using HTTPS instead of the http:// URL that was pasted.']);
  });

  it('takes the queue name from a pasted queue URL', () => {
    const endpoint = resolveEndpoint({
      kind: 'url',
      url: 'https://1234567890123456.mns.cn-hangzhou.aliyuncs.com/queues/vod-events',
    });
    expect(endpoint.queueName).toBe('vod-events');
    expect(endpoint.url).toBe('https://1234567890123456.mns.cn-hangzhou.aliyuncs.com');
  });

  it('recognises internal endpoint URLs and keeps them on HTTP', () => {
    const endpoint = resolveEndpoint({
      kind: 'url',
      url: 'http://1234567890123456.mns.cn-hangzhou-internal.aliyuncs.com',
    });
    expect(endpoint.url).toBe('http://1234567890123456.mns.cn-hangzhou-internal.aliyuncs.com');
    expect(endpoint.regionId).toBe('cn-hangzhou');
  });

  it('accepts a custom endpoint (the local server) with a separate account id', () => {
    const endpoint = resolveEndpoint({
      kind: 'url',
      url: 'http://127.0.0.1:9911',
      accountId: '1234567890123456',
    });
    expect(endpoint).toMatchObject({
      url: 'http://127.0.0.1:9911',
      custom: true,
      regionId: undefined,
      secure: false,
      notes: [],
    });
  });

  it('warns about plain HTTP to a custom host that is not this machine', () => {
    const endpoint = resolveEndpoint({
      kind: 'url',
      url: 'http://mns-proxy.example.com:8080',
      accountId: '1234567890123456',
    });
    expect(endpoint.notes).toEqual([
      'Requests to mns-proxy.example.com:8080 are not encrypted (plain HTTP).',
    ]);
  });

  it('explains each kind of bad input and names the field to fix', () => {
    expect(
      rejection(() =>
        resolveEndpoint({ kind: 'region', accountId: '1234567890123456', regionId: 'cn-hangzou' }),
      ),
    ).toMatchObject({
      field: 'regionId',
      message: 'Unknown MNS region "cn-hangzou". Did you mean cn-hangzhou?',
    });
    expect(
      rejection(() =>
        resolveEndpoint({ kind: 'region', accountId: 'my-account', regionId: 'cn-hangzhou' }),
      ),
    ).toMatchObject({
      field: 'accountId',
      message: expect.stringContaining('numeric UID'),
    });
    expect(rejection(() => resolveEndpoint({ kind: 'url', url: 'not a url' })).field).toBe('url');
    expect(
      rejection(() => resolveEndpoint({ kind: 'url', url: 'ftp://1.mns.cn-hangzhou.aliyuncs.com' }))
        .message,
    ).toMatch(/https:\/\//);
    expect(
      rejection(() => resolveEndpoint({ kind: 'url', url: 'https://oss-cn-hangzhou.aliyuncs.com' }))
        .message,
    ).toMatch(/not an MNS endpoint/);
    expect(
      rejection(() =>
        resolveEndpoint({
          kind: 'url',
          url: 'https://1234567890123456.mns.cn-hangzhou.aliyuncs.com/api/v1',
        }),
      ).message,
    ).toMatch(/has no path/);
    expect(
      rejection(() =>
        resolveEndpoint({
          kind: 'url',
          url: 'https://1234567890123456.mns.cn-hangzhou.aliyuncs.com/?x=1',
        }),
      ).message,
    ).toMatch(/query/);
    expect(
      rejection(() => resolveEndpoint({ kind: 'url', url: 'http://127.0.0.1:9911' })),
    ).toMatchObject({ field: 'accountId' });
    expect(
      rejection(() =>
        resolveEndpoint({
          kind: 'url',
          url: 'https://1234567890123456.mns.cn-hangzhou.aliyuncs.com',
          accountId: '999999999',
        }),
      ),
    ).toMatchObject({
      field: 'accountId',
      message: 'The endpoint belongs to account 1234567890123456, not 999999999.',
    });
  });
});

describe('regions', () => {
  it('knows every public region id once', () => {
    const ids = MNS_REGIONS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [
      'cn-hangzhou',
      'cn-shanghai',
      'cn-hongkong',
      'ap-southeast-1',
      'eu-central-1',
      'us-east-1',
      'me-east-1',
    ]) {
      expect(isValidRegionId(id)).toBe(true);
    }
  });

  it('accepts finance and government cloud ids by shape but not arbitrary text', () => {
    expect(isValidRegionId('cn-shanghai-finance-1')).toBe(true);
    expect(isValidRegionId('cn-north-2-gov-1')).toBe(true);
    expect(isValidRegionId('mars-east-1')).toBe(false);
  });

  it('suggests the nearest region only when it is close', () => {
    expect(suggestRegion('ap-southeast1')).toBe('ap-southeast-1');
    expect(suggestRegion('CN-SHANGHAI')).toBe('cn-shanghai');
    expect(suggestRegion('frankfurt')).toBeUndefined();
  });
});
