import type { RandomValues } from './random-values';

/**
 * The Extend a video's uploader passed in UserData, as VOD echoes it: absent, a JSON-serialized object,
 * or a plain string (the doc shows both forms).
 */
export function pickExtend(values: RandomValues, fileName: string): string | undefined {
  const form = values.weighted<'none' | 'json' | 'plain'>([
    ['none', 35],
    ['json', 45],
    ['plain', 20],
  ]);
  if (form === 'none') return undefined;
  if (form === 'plain') {
    return values.pick([
      'campaign:spring-launch',
      'test data',
      `batch-${values.digits(4)}`,
      'uploaded-by:ci',
    ]);
  }
  return JSON.stringify(
    values.pick<Record<string, string>>([
      { localId: `up-${values.digits(5)}`, uploader: `studio-mac-0${values.int(1, 4)}` },
      { project: 'spring-launch', title: fileName },
      { localId: values.hex(8), source: 'mns-watch-demo' },
    ]),
  );
}
