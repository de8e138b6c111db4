import { describe, expect, it } from 'vitest';

import { isAllowedExternalUrl } from '../../../../main/hosts/electron/external-links';
import { isPermissionAllowed } from '../../../../main/hosts/electron/permissions';

describe('external links', () => {
  it('allows https pages of the Alibaba Cloud console and docs', () => {
    for (const url of [
      'https://vod.console.aliyun.com/#/media/video/list',
      'https://mns.console.aliyun.com/region/cn-shanghai/queues',
      'https://console.aliyun.com/',
      'https://mps.console.alibabacloud.com/overview',
      'https://help.aliyun.com/zh/mns/',
      'https://www.alibabacloud.com/help/en/mns',
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(true);
    }
  });

  it('refuses everything else, including look-alikes and crafted URLs', () => {
    for (const url of [
      'http://vod.console.aliyun.com/',
      'https://console.aliyun.com.evil.example/',
      'https://evilconsole.aliyun.com/',
      'https://aliyun.com/',
      'https://oss-cn-shanghai.aliyuncs.com/video.mp4',
      'https://user:pass@vod.console.aliyun.com/',
      'https://vod.console.aliyun.com:8443/',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'app://mns-watch/index.html',
      'not a url',
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(false);
    }
  });
});

describe('web permissions', () => {
  it('grants only clipboard writes, and only to the app page', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://mns-watch/index.html')).toBe(
      true,
    );
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://mns-watch')).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
    expect(isPermissionAllowed('clipboard-sanitized-write', undefined)).toBe(false);
    for (const permission of [
      'notifications',
      'media',
      'geolocation',
      'clipboard-read',
      'openExternal',
    ]) {
      expect(isPermissionAllowed(permission, 'app://mns-watch/index.html'), permission).toBe(false);
    }
  });
});
