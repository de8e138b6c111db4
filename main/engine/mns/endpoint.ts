import { isValidRegionId, suggestRegion } from './regions';

/** How a user tells MNS Watch where a queue lives. */
export type EndpointInput =
  | {
      kind: 'region';
      accountId: string;
      regionId: string;
      /** Internal endpoints only answer from inside Alibaba Cloud, and only over plain HTTP. */
      network?: 'public' | 'internal' | 'internal-vpc';
    }
  | {
      kind: 'url';
      /** An endpoint or queue URL as copied from the console, or a custom endpoint (local server). */
      url: string;
      /** Needed for a custom endpoint; checked against the URL for an Alibaba Cloud one. */
      accountId?: string;
    };

/** A validated endpoint the SDK can be pointed at. */
export interface MnsEndpoint {
  /** Scheme, host and port only: the SDK signs paths without a prefix. */
  url: string;
  accountId: string;
  /** Undefined for a custom endpoint whose region cannot be known. */
  regionId: string | undefined;
  secure: boolean;
  custom: boolean;
  /** A queue name taken from a pasted queue URL, if there was one. */
  queueName: string | undefined;
  /** Things the user should know about this endpoint, in plain words. */
  notes: string[];
}

/** A user-correctable problem with an endpoint, account id or region; `field` says which input. */
export class EndpointError extends Error {
  constructor(
    message: string,
    readonly field: 'url' | 'accountId' | 'regionId',
  ) {
    super(message);
    this.name = 'EndpointError';
  }
}

const ALIYUN_HOST = /^(\d+)\.mns\.([a-z0-9-]+?)(-internal(?:-vpc)?)?\.aliyuncs\.com$/;
const ACCOUNT_ID = /^\d{5,20}$/;
const QUEUE_PATH = /^\/queues\/([A-Za-z0-9][A-Za-z0-9-]{0,119})\/?$/;
const LOOPBACK = /^(?:127(?:\.\d{1,3}){3}|localhost|\[::1\])$/;

/** Validates what the user entered and turns it into an endpoint, or throws EndpointError. */
export function resolveEndpoint(input: EndpointInput): MnsEndpoint {
  return input.kind === 'region' ? fromRegion(input) : fromUrl(input.url, input.accountId);
}

function fromRegion(input: Extract<EndpointInput, { kind: 'region' }>): MnsEndpoint {
  const accountId = checkAccountId(input.accountId);
  const regionId = checkRegionId(input.regionId);
  const network = input.network ?? 'public';
  if (network === 'public') {
    return endpoint(`https://${accountId}.mns.${regionId}.aliyuncs.com`, accountId, regionId, []);
  }
  const suffix = network === 'internal' ? '-internal' : '-internal-vpc';
  return endpoint(
    `http://${accountId}.mns.${regionId}${suffix}.aliyuncs.com`,
    accountId,
    regionId,
    [INTERNAL_NOTE],
  );
}

const INTERNAL_NOTE =
  'Internal endpoints only answer from inside Alibaba Cloud (ECS or VPC) and use plain HTTP.';

function fromUrl(raw: string, givenAccountId: string | undefined): MnsEndpoint {
  const text = raw.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new EndpointError(
      `"${text}" is not a URL. Paste the endpoint from the MNS console, e.g. https://1234567890123456.mns.cn-hangzhou.aliyuncs.com`,
      'url',
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new EndpointError(`An MNS endpoint starts with https:// (got ${url.protocol}//).`, 'url');
  }
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') {
    throw new EndpointError(
      'An MNS endpoint has no user name, query string or fragment: paste just https://<account>.mns.<region>.aliyuncs.com',
      'url',
    );
  }
  const queueName = queueFromPath(url.pathname);
  const host = url.hostname.toLowerCase();
  if (host.endsWith('.aliyuncs.com')) return fromAliyunHost(url, host, givenAccountId, queueName);

  const accountId = checkAccountId(givenAccountId ?? '');
  const notes: string[] = [];
  if (url.protocol === 'http:' && !LOOPBACK.test(host)) {
    notes.push(`Requests to ${url.host} are not encrypted (plain HTTP).`);
  }
  return {
    ...endpoint(`${url.protocol}//${url.host}`, accountId, undefined, notes),
    custom: true,
    queueName,
  };
}

function fromAliyunHost(
  url: URL,
  host: string,
  givenAccountId: string | undefined,
  queueName: string | undefined,
): MnsEndpoint {
  const match = ALIYUN_HOST.exec(host);
  if (match === null) {
    throw new EndpointError(
      `${host} is not an MNS endpoint; MNS endpoints look like <account id>.mns.<region>.aliyuncs.com`,
      'url',
    );
  }
  const [, accountId = '', regionPart = '', internal] = match;
  if (
    givenAccountId !== undefined &&
    givenAccountId.trim() !== '' &&
    givenAccountId.trim() !== accountId
  ) {
    throw new EndpointError(
      `The endpoint belongs to account ${accountId}, not ${givenAccountId.trim()}.`,
      'accountId',
    );
  }
  const regionId = checkRegionId(regionPart);
  if (url.port !== '') {
    throw new EndpointError('Alibaba Cloud MNS endpoints do not take a port number.', 'url');
  }
  if (internal !== undefined) {
    return { ...endpoint(`http://${host}`, accountId, regionId, [INTERNAL_NOTE]), queueName };
  }
  // The console shows http:// endpoints; public endpoints also speak HTTPS, so never send keys in clear.
  const notes =
    url.protocol === 'http:' ? ['Using HTTPS instead of the http:// URL that was pasted.'] : [];
  return { ...endpoint(`https://${host}`, accountId, regionId, notes), queueName };
}

function queueFromPath(pathname: string): string | undefined {
  if (pathname === '' || pathname === '/') return undefined;
  const match = QUEUE_PATH.exec(pathname);
  if (match === null) {
    throw new EndpointError(
      `An MNS endpoint has no path (found "${pathname}"); paste only the part up to .aliyuncs.com`,
      'url',
    );
  }
  return match[1];
}

function checkAccountId(raw: string): string {
  const accountId = raw.trim();
  if (!ACCOUNT_ID.test(accountId)) {
    throw new EndpointError(
      accountId === ''
        ? 'Enter the account ID: the numeric Alibaba Cloud account ID (UID), e.g. 1234567890123456.'
        : `"${accountId}" is not an Alibaba Cloud account ID; it is the numeric UID, e.g. 1234567890123456.`,
      'accountId',
    );
  }
  return accountId;
}

function checkRegionId(raw: string): string {
  const regionId = raw.trim().toLowerCase();
  if (isValidRegionId(regionId)) return regionId;
  const suggestion = suggestRegion(regionId);
  throw new EndpointError(
    `Unknown MNS region "${raw.trim()}".${suggestion !== undefined ? ` Did you mean ${suggestion}?` : ''}`,
    'regionId',
  );
}

function endpoint(
  url: string,
  accountId: string,
  regionId: string | undefined,
  notes: string[],
): MnsEndpoint {
  return {
    url,
    accountId,
    regionId,
    secure: url.startsWith('https:'),
    custom: false,
    queueName: undefined,
    notes,
  };
}
