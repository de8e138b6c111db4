// The engine's notification text in the UI language. A notification for one event is that event's
// title and subtitle; one for a burst has a counting title ("11 transcodes finished, 1 failed") and
// up to three "title — subtitle" example lines (main/engine/notifications/digest-text.ts). Text the
// engine had to shorten ("…") no longer matches a template and stays English.
import { localizeEventText } from './event-text';
import { spaced } from './event-text-words';
import type { Language } from './translate';

/** Shown by the engine when an event's title was unusable. */
const FALLBACK_TITLE = 'Media job event';
const EXAMPLE_SEPARATOR = ' — ';

const NOUN =
  'transcodes?|AI jobs?|snapshot jobs?|uploads?|reviews?|live recordings?|other jobs?|jobs?';
const NOUNS: Record<string, string> = {
  transcode: '转码',
  'AI job': 'AI 作业',
  'snapshot job': '截图作业',
  upload: '上传',
  review: '审核',
  'live recording': '直播录制',
  'other job': '其他作业',
  job: '作业',
};

const ONE_KIND = new RegExp(
  `^(\\d+) (${NOUN}) (failed|finished)(?:, (\\d+) failed)?(?:, (\\d+) partly failed)?$`,
);
const MANY_KINDS = /^(\d+) jobs? (failed|finished): (.+)$/;
const KIND_COUNT = new RegExp(`(\\d+) (${NOUN})(?: \\(([^)]*)\\))?(?:, |$)`, 'y');
const MORE = /^and (\d+) more$/;

/** A notification's title and body in `language`. */
export function localizeNotification(
  notification: { title: string; body: string },
  language: Language,
): { title: string; body: string } {
  if (language === 'en') return { title: notification.title, body: notification.body };
  return {
    title:
      notification.title === FALLBACK_TITLE
        ? '媒体作业事件'
        : (digestTitle(notification.title) ?? localizeEventText(notification.title, 'zh-CN')),
    body: notification.body.split('\n').map(localizeLine).join('\n'),
  };
}

// A body line: a digest example "title — subtitle", "and N more", or a single event's subtitle.
function localizeLine(line: string): string {
  const more = MORE.exec(line);
  if (more !== null) return `还有 ${more[1] ?? ''} 个`;
  // The first " — " after which the text before it reads as a title is where the subtitle starts.
  for (let cut = line.indexOf(EXAMPLE_SEPARATOR); cut >= 0;) {
    const title = line.slice(0, cut);
    const chinese = title === FALLBACK_TITLE ? '媒体作业事件' : localizeEventText(title, 'zh-CN');
    if (chinese !== title) {
      const subtitle = line.slice(cut + EXAMPLE_SEPARATOR.length);
      return `${chinese}${EXAMPLE_SEPARATOR}${localizeEventText(subtitle, 'zh-CN')}`;
    }
    cut = line.indexOf(EXAMPLE_SEPARATOR, cut + 1);
  }
  return line === FALLBACK_TITLE ? '媒体作业事件' : localizeEventText(line, 'zh-CN');
}

/** "3 transcodes finished, 1 failed" → "3 个转码已完成，1 个失败"; undefined for other text. */
function digestTitle(title: string): string | undefined {
  const one = ONE_KIND.exec(title);
  if (one !== null) {
    const [, n = '', noun = '', verb = '', failed, partial] = one;
    return [
      counted(n, noun) + (verb === 'failed' ? '失败' : '已完成'),
      ...failures(failed, partial),
    ].join('，');
  }
  const many = MANY_KINDS.exec(title);
  if (many === null) return undefined;
  const [, n = '', verb = '', list = ''] = many;
  const kinds: string[] = [];
  KIND_COUNT.lastIndex = 0;
  for (let match = KIND_COUNT.exec(list); match !== null; match = KIND_COUNT.exec(list)) {
    const [, count = '', noun = '', detail] = match;
    const parts = detail === undefined ? undefined : parenthesis(detail);
    if (parts === null) return undefined;
    kinds.push(counted(count, noun) + (parts === undefined ? '' : `（${parts}）`));
    if (KIND_COUNT.lastIndex === list.length) {
      return `${counted(n, 'job')}${verb === 'failed' ? '失败' : '已完成'}：${kinds.join('、')}`;
    }
  }
  return undefined;
}

// "1 failed, 2 partly failed" → "1 个失败，2 个部分失败"; null when it says anything else.
function parenthesis(detail: string): string | null {
  const match = /^(?:(\d+) failed)?(?:, )?(?:(\d+) partly failed)?$/.exec(detail);
  if (match === null || (match[1] === undefined && match[2] === undefined)) return null;
  return failures(match[1], match[2]).join('，');
}

function failures(failed: string | undefined, partial: string | undefined): string[] {
  return [
    ...(failed === undefined ? [] : [`${failed} 个失败`]),
    ...(partial === undefined ? [] : [`${partial} 个部分失败`]),
  ];
}

// "3" + "AI jobs" → "3 个 AI 作业".
function counted(count: string, englishNoun: string): string {
  const singular = englishNoun.replace(/s$/, '');
  return spaced(`${count} 个`, NOUNS[singular] ?? englishNoun);
}
