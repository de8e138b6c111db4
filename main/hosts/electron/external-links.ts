// Which links may leave the app for the user's browser: https pages of the Alibaba Cloud console
// and documentation, nothing else (security checklist item 15). URLs inside messages are data and
// stay copyable text unless they point there.

/** Hosts allowed exactly. */
const EXACT_HOSTS = new Set(['help.aliyun.com', 'www.alibabacloud.com']);
/** Parents whose subdomains are allowed (e.g. vod.console.aliyun.com). */
const PARENT_HOSTS = ['console.aliyun.com', 'console.alibabacloud.com'];

/** True when `url` may be opened with shell.openExternal. */
export function isAllowedExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // Credentials or an explicit port mean someone crafted the link: real console links have neither.
  if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '')
    return false;
  if (parsed.port !== '') return false;
  const host = parsed.hostname;
  if (EXACT_HOSTS.has(host)) return true;
  return PARENT_HOSTS.some((parent) => host === parent || host.endsWith(`.${parent}`));
}
