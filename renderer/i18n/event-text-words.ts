// Building blocks of the Chinese event text: lists, spacing between Chinese and Latin text, and the
// few closed vocabularies the classifier puts into titles (moderation labels, storage classes…).
// Anything outside a vocabulary is carried over as it came.

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const LATIN_OR_DIGIT = /[A-Za-z0-9]/;

/** Whether text holds at least one Chinese character. */
export function hasChinese(text: string): boolean {
  return HAN.test(text);
}

/**
 * Joins parts with a space between words, except between two Chinese characters: "MPS" + "转码" +
 * "完成" → "MPS 转码完成", "MPS" + "Package" + "完成" → "MPS Package 完成". Punctuation takes none.
 */
export function spaced(...parts: string[]): string {
  let joined = '';
  for (const part of parts) {
    const before = joined.slice(-1);
    const after = part.charAt(0);
    const apart =
      (HAN.test(before) || LATIN_OR_DIGIT.test(before)) &&
      (HAN.test(after) || LATIN_OR_DIGIT.test(after)) &&
      !(HAN.test(before) && HAN.test(after));
    joined += apart ? ` ${part}` : part;
  }
  return joined;
}

/**
 * An English list as the classifier writes it ("a, b and c", "a, b, c and 2 more") in Chinese:
 * "a、b 和 c", "a、b、c 及其他 2 个". Items are carried over, or renamed by `item`.
 */
export function zhList(english: string, item: (name: string) => string = (name) => name): string {
  const more = /^(.+) and (\d+) more$/.exec(english);
  if (more !== null) {
    const [, head = '', count = ''] = more;
    return spaced(head.split(', ').map(item).join('、'), `及其他 ${count} 个`);
  }
  const last = english.lastIndexOf(' and ');
  if (last < 0) return item(english);
  const head = english.slice(0, last).split(', ').map(item).join('、');
  return spaced(head, '和', item(english.slice(last + ' and '.length)));
}

/** Looks a word up ignoring case; unknown words come back unchanged. */
export function word(words: Readonly<Record<string, string>>, english: string): string {
  return Object.hasOwn(words, english.toLowerCase())
    ? (words[english.toLowerCase()] ?? english)
    : english;
}

/** Content moderation labels (Alibaba Cloud Content Moderation's names). */
export const MODERATION_LABELS: Readonly<Record<string, string>> = {
  porn: '色情',
  sexy: '性感',
  terrorism: '暴恐',
  ad: '广告',
  live: '不良场景',
  logo: '商标',
  qrcode: '二维码',
  politics: '涉政',
  abuse: '辱骂',
  contraband: '违禁',
  flood: '灌水',
  spam: '垃圾内容',
  meaningless: '无意义',
  customized: '自定义',
};

/** The AI moderation suggestion when it is neither "block" nor "review". */
export const MODERATION_VERDICTS: Readonly<Record<string, string>> = {
  pass: '通过',
  done: '完成',
};

/** A manual review's AuditStatus. */
export const AUDIT_STATUSES: Readonly<Record<string, string>> = {
  normal: '通过',
  blocked: '屏蔽',
  done: '完成',
};

/** VOD storage classes. */
export const STORAGE_CLASSES: Readonly<Record<string, string>> = {
  standard: '标准存储',
  ia: '低频访问存储',
  archive: '归档存储',
  coldarchive: '冷归档存储',
  deepcoldarchive: '深度冷归档存储',
};

/** MPS job types (the classifier's labels, and raw Type values of AI jobs). */
export const MPS_JOB_LABELS: Readonly<Record<string, string>> = {
  transcode: '转码',
  snapshot: '截图',
  'media info': '媒体信息',
  analysis: '模板分析',
  aivideotag: '智能标签',
  aivideocover: '智能封面',
  aivideosummary: '视频摘要',
  aiaudioasr: '语音识别',
  mediacensor: '内容审核',
};

/** MPS job states that are still under way, plus the classifier's "update" for no state at all. */
export const MPS_JOB_STATES: Readonly<Record<string, string>> = {
  running: '进行中',
  'in-progress': '进行中',
  processing: '处理中',
  submitted: '已提交',
  queuing: '排队中',
  queued: '排队中',
  pending: '等待中',
  start: '已开始',
  started: '已开始',
  init: '初始化',
  update: '有更新',
};

/**
 * Event names the classifier spells out for events it has no special title for ("AIVideoCoverComplete"
 * → "AI video cover complete"), by that name without "complete".
 */
export const EVENT_NAMES: Readonly<Record<string, string>> = {
  'ai video cover': 'AI 智能封面',
  'ai video summary': 'AI 视频摘要',
  'media archive': '媒资归档',
  'media convert': '媒体转码',
  'produce media': '媒体合成',
  transcode: '转码',
  snapshot: '截图',
};
