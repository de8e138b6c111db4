import { describe, expect, it } from 'vitest';

import { createTranslate } from '../../../renderer/i18n/i18n-context';
import { ALL_CATALOGS, messagesFor } from '../../../renderer/i18n/messages';
import { formatMessage } from '../../../renderer/i18n/translate';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogs', () => {
  it('give every English message a non-empty Chinese one with the same placeholders', () => {
    for (const catalog of ALL_CATALOGS) {
      for (const [key, english] of Object.entries(catalog.en)) {
        const chinese = (catalog['zh-CN'] as Record<string, string>)[key];
        expect(chinese, key).toBeTruthy();
        expect(placeholders(chinese ?? ''), key).toEqual(placeholders(english));
      }
      expect(Object.keys(catalog['zh-CN']).sort()).toEqual(Object.keys(catalog.en).sort());
    }
  });

  it('never define one key in two areas', () => {
    const seen = new Map<string, number>();
    ALL_CATALOGS.forEach((catalog, area) => {
      for (const key of Object.keys(catalog.en)) {
        expect(seen.has(key), `${key} is defined twice`).toBe(false);
        seen.set(key, area);
      }
    });
  });

  it('translate the UI: Chinese differs from English except for product names', () => {
    // Names that stay as they are in Chinese UIs of Alibaba Cloud products.
    const productNames = new Set(['MNS Watch', 'AccessKey ID', 'AccessKey Secret']);
    const en = messagesFor('en');
    const zh = messagesFor('zh-CN');
    const sentences = Object.keys(en).filter((key) =>
      /[a-z]{3,} [a-z]{3,}/i.test(en[key as keyof typeof en]),
    );
    const untranslated = sentences.filter(
      (key) =>
        en[key as keyof typeof en] === zh[key as keyof typeof zh] &&
        !productNames.has(en[key as keyof typeof en]),
    );
    expect(untranslated).toEqual([]);
  });
});

describe('formatMessage', () => {
  it('fills placeholders as plain text and leaves unknown ones visible', () => {
    expect(formatMessage('{n} events in {queue}', { n: 3, queue: '<b>q</b>' })).toBe(
      '3 events in <b>q</b>',
    );
    expect(formatMessage('Hello {name}', {})).toBe('Hello {name}');
    expect(formatMessage('{constructor}', {})).toBe('{constructor}');
  });

  it('translates through the current language', () => {
    expect(createTranslate('zh-CN')('outcome.failure')).toBe('失败');
    expect(createTranslate('en')('time.minutesAgo', { n: 5 })).toBe('5 min ago');
  });
});
