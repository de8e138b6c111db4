// The classifier's English titles and subtitles (main/engine/events) as Chinese, one rule per
// template, tried in order. A capture is the classifier's inserted value (file name, id, count,
// list…) and is carried over as it came; a rule that returns undefined lets the next one try.
import {
  AUDIT_STATUSES,
  EVENT_NAMES,
  MODERATION_LABELS,
  MODERATION_VERDICTS,
  MPS_JOB_LABELS,
  MPS_JOB_STATES,
  STORAGE_CLASSES,
  spaced,
  word,
  zhList,
} from './event-text-words';

/** The captures of a match ('' for a group that did not take part). */
export type Captures = readonly [string, string, string, string];

/** One template: its English pattern and how its captures read in Chinese. */
export type EventTextRule = readonly [
  english: RegExp,
  chinese: (captures: Captures, again: (text: string) => string | undefined) => string | undefined,
];

const fixed = (chinese: string) => (): string => chinese;
const colon = (value: string): string => (value === '' ? '' : `：${value}`);
const UPLOADED: Record<string, string> = { Video: '视频', Image: '图片', Attachment: '附件' };
const MEDIA_CHANGED: Record<string, string> = {
  created: '已创建',
  updated: '已更新',
  deleted: '已删除',
};
const MEDIA_CHANGE: Record<string, string> = {
  create: '创建',
  update: '更新',
  delete: '删除',
  change: '变更',
};
/** Output formats a rendition title may name after its definition ("HD mp4 ready"). */
const FORMATS = new Set('mp4 m3u8 flv mp3 m4a aac mpd ts webm mov gif'.split(' '));
const isDefinition = (name: string): boolean => /^[A-Z0-9][A-Z0-9_-]*$/.test(name);
const isFormat = (name: string): boolean => FORMATS.has(name.toLowerCase());
const workflow = (name: string): string =>
  name === 'unnamed' ? '未命名工作流' : `工作流“${name}”`;
const mpsLabel = (label: string): string => word(MPS_JOB_LABELS, label);

/**
 * Parts of a subtitle (joined by " · ") that have words in them: the MPS job and workflow run ids.
 * The other parts (asset names, "VideoId …" with its API field name, the producer's error message)
 * stay as they are.
 */
export const SUBTITLE_PART_RULES: readonly EventTextRule[] = [
  [/^Job ((?=\S*\d)\S+)$/, ([id]) => `作业 ${id}`],
  [/^Run ((?=\S*\d)\S+)$/, ([id]) => `执行实例 ${id}`],
];

/** Every title and whole-subtitle template, most specific first. */
export const EVENT_TEXT_RULES: readonly EventTextRule[] = [
  // Bodies that are not events (classify-event, decode-body).
  [/^Unreadable message$/, fixed('无法读取的消息')],
  [/^Unrecognised message$/, fixed('无法识别的消息')],
  [/^The body could not be decoded\.$/, fixed('消息体无法解码。')],
  [/^JSON that is not a VOD, MPS or IMS event\.$/, fixed('JSON 内容不是 VOD、MPS 或 IMS 事件。')],
  [/^The body is empty\.$/, fixed('消息体为空。')],
  [/^The body is binary data, not text\.$/, fixed('消息体是二进制数据，不是文本。')],
  [/^The body is not valid UTF-8 text\.$/, fixed('消息体不是有效的 UTF-8 文本。')],
  [
    /^The body is plain text, not JSON, XML or Base64\.$/,
    fixed('消息体是纯文本，不是 JSON、XML 或 Base64。'),
  ],
  [
    /^The body looks like Base64 but does not decode to JSON or XML\.$/,
    fixed('消息体看似 Base64，但解码后既不是 JSON 也不是 XML。'),
  ],
  [
    /^The body starts like JSON but is not valid JSON \(truncated or malformed\)\.$/,
    fixed('消息体以 JSON 开头，但不是有效的 JSON（被截断或格式错误）。'),
  ],
  [
    /^The body is JSON but not an object, so it cannot be an event\.$/,
    fixed('消息体是 JSON 但不是对象，因此不是事件。'),
  ],
  [
    /^The body starts like XML but is not well-formed\.$/,
    fixed('消息体以 XML 开头，但格式不正确。'),
  ],
  [
    /^The body is an XML <([\w.:-]+)> document, not an MNS notification\.$/,
    ([root]) => `消息体是 XML <${root}> 文档，不是 MNS 通知。`,
  ],
  [/^The topic notification has no <Message>\.$/, fixed('主题通知中没有 <Message>。')],
  [/^The MNS message XML has no <MessageBody>\.$/, fixed('MNS 消息 XML 中没有 <MessageBody>。')],
  [
    /^The body is wrapped in more layers than any MNS producer uses\.$/,
    fixed('消息体的封装层数超过了任何 MNS 生产方会用到的层数。'),
  ],
  [
    /^The body is (\d+) characters, more than an MNS message can hold\.$/,
    ([n]) => `消息体有 ${n} 个字符，超出了 MNS 消息的容量。`,
  ],

  // Uploads and imports (vod-media-events).
  [
    /^(Video|Image|Attachment) (uploaded|upload failed)(?:: (.+))?$/s,
    ([what, verb, file]) =>
      `${UPLOADED[what] ?? what}${verb === 'uploaded' ? '上传完成' : '上传失败'}${colon(file)}`,
  ],
  [
    /^URL import (complete|failed)(?:: (.+))?$/s,
    ([verb, file]) => `URL 拉取上传${verb === 'complete' ? '完成' : '失败'}${colon(file)}`,
  ],
  [
    /^Source analyzed(?:: ([\d.]+×[\d.]+|[\d:]+|[\d.]+×[\d.]+, [\d:]+))?$/,
    ([shape]) => `源文件分析完成${colon(shape.replace(', ', '，'))}`,
  ],
  [/^Source unreadable$/, fixed('源文件无法解析')],

  // Transcoding. An asset name the producer gave comes last in English and first in Chinese.
  [
    /^(Transcode (?:complete|partially failed|finished)(?:: .+?)?) for '(.+)'$/s,
    ([inner, name], again) => {
      const chinese = again(inner);
      return chinese === undefined ? undefined : `“${name}”${chinese}`;
    },
  ],
  [
    /^Transcode complete: (\d+) renditions? \((.+)\)$/s,
    ([n, list]) => `转码完成：${n} 个清晰度（${zhList(list)}）`,
  ],
  [
    /^Transcode partially failed: (\d+) of (\d+) renditions(?: \((.+) failed\))?$/s,
    ([ok, all, failed]) =>
      `转码部分失败：${all} 个清晰度中 ${ok} 个成功${failed === '' ? '' : `（${spaced(zhList(failed), '失败')}）`}`,
  ],
  [/^Transcode failed(?:: (.+))?$/s, ([reason]) => `转码失败${colon(reason)}`],
  [/^Transcode complete$/, fixed('转码完成')],
  [/^Transcode finished$/, fixed('转码结束')],

  // Snapshots, animated images, live recordings.
  [/^Snapshots ready: (\d+) images?$/, ([n]) => `截图完成：${n} 张`],
  [/^Snapshots ready$/, fixed('截图完成')],
  [/^Snapshots failed$/, fixed('截图失败')],
  [/^Animated image ready$/, fixed('动图已生成')],
  [/^Animated image failed$/, fixed('动图生成失败')],
  [
    /^Live recording (saved|failed)(?:: (.+))?$/s,
    ([verb, stream]) => `直播录制${verb === 'saved' ? '已保存' : '失败'}${colon(stream)}`,
  ],
  [/^Recording composition started$/, fixed('录制合成已开始')],
  [/^Recording composition failed$/, fixed('录制合成失败')],

  // Reviews and AI (vod-other-events).
  [/^Manual review failed$/, fixed('人工审核失败')],
  [/^Manual review: (.+)$/s, ([status]) => `人工审核：${word(AUDIT_STATUSES, status)}`],
  [/^AI moderation failed$/, fixed('AI 审核失败')],
  [
    /^AI moderation: (blocked|needs review)(?: \((.+)\))?$/s,
    ([verdict, labels]) =>
      `AI 审核：${verdict === 'blocked' ? '违规' : '建议复审'}${
        labels === '' ? '' : `（${zhList(labels, (label) => word(MODERATION_LABELS, label))}）`
      }`,
  ],
  [/^AI moderation: (.+)$/s, ([verdict]) => `AI 审核：${word(MODERATION_VERDICTS, verdict)}`],
  [/^Fingerprint complete: no duplicates$/, fixed('指纹分析完成：无重复')],
  [
    /^Fingerprint complete: (\d+) similar videos? found$/,
    ([n]) => `指纹分析完成：发现 ${n} 个相似视频`,
  ],
  [/^Fingerprint failed$/, fixed('指纹分析失败')],
  [/^Smart tags ready: (.+)$/s, ([tags]) => `智能标签：${zhList(tags)}`],
  [/^Smart tags ready$/, fixed('智能标签已生成')],
  [/^Smart tags failed$/, fixed('智能标签失败')],
  [/^Workflow task succeeded$/, fixed('工作流任务成功')],
  [/^Workflow task failed$/, fixed('工作流任务失败')],
  [/^Workflow task finished$/, fixed('工作流任务结束')],

  // Media management.
  [/^Composition complete$/, fixed('合成完成')],
  [/^Composition failed$/, fixed('合成失败')],
  [/^Media deleted \(source file\)$/, fixed('媒资已删除（源文件）')],
  [/^Media deleted \(streams\)$/, fixed('媒资已删除（转码流）')],
  [/^Media deletion failed$/, fixed('媒资删除失败')],
  [
    /^Media (created|updated|deleted)(?:: (.+))?$/s,
    ([verb, title]) => `媒资${MEDIA_CHANGED[verb] ?? ''}${colon(title)}`,
  ],
  [
    /^Media (create|update|delete|change) failed$/,
    ([mode]) => `媒资${MEDIA_CHANGE[mode] ?? ''}失败`,
  ],
  [
    /^Storage class changed(?: to (.+))?$/s,
    ([to]) =>
      to === '' ? '存储类型已变更' : spaced('存储类型已变更为', word(STORAGE_CLASSES, to)),
  ],
  [/^Storage class change failed$/, fixed('存储类型变更失败')],
  [/^Media restored$/, fixed('媒资已解冻')],
  [/^Media restore failed$/, fixed('媒资解冻失败')],
  [
    /^CDN (refresh|prefetch) (submitted|failed)$/,
    ([task, verb]) =>
      `CDN ${task === 'refresh' ? '刷新' : '预热'}${verb === 'submitted' ? '已提交' : '失败'}`,
  ],

  // MPS jobs (classify-mps): "MPS transcode complete", "MPS snapshot failed: InternalError".
  [/^MPS (media info|\S+) complete$/, ([label]) => spaced('MPS', mpsLabel(label), '完成')],
  [
    /^MPS (media info|\S+) failed(?:: (.+))?$/s,
    ([label, code]) => spaced('MPS', mpsLabel(label), '失败') + colon(code),
  ],
  [
    /^MPS (media info|\S+) (\S+)$/,
    ([label, state]) => {
      const chinese = word(MPS_JOB_STATES, state);
      return chinese === state
        ? `${spaced('MPS', mpsLabel(label))}：${state}`
        : spaced('MPS', mpsLabel(label), chinese);
    },
  ],

  // MPS media workflows.
  [/^Workflow '(.*)' started$/s, ([name]) => `${workflow(name)}已启动`],
  [/^Workflow '(.*)' failed(?:: (.+))?$/s, ([name, code]) => `${workflow(name)}失败${colon(code)}`],
  [
    /^Workflow '(.*)' finished with failures: (.+) failed$/s,
    ([name, failed]) => `${workflow(name)}已完成，部分失败：${spaced(zhList(failed), '失败')}`,
  ],
  [
    /^Workflow '(.*)' finished: (\d+) transcodes? OK$/s,
    ([name, n]) => `${workflow(name)}已完成：${n} 个转码成功`,
  ],
  [/^Workflow '(.*)' finished$/s, ([name]) => `${workflow(name)}已完成`],

  // Subtitles: the IMS fallback, and the parts below when they stand alone.
  [/^Intelligent Media Services event$/, fixed('智能媒体服务事件')],
  ...SUBTITLE_PART_RULES,

  // One rendition of StreamTranscodeComplete: "HD mp4 ready", "SD-MP4 mp4 failed", "rendition ready".
  [
    /^(\S+)(?: (\S+))? (ready|failed)$/,
    ([first, second, verb]) => {
      const rendition =
        second === ''
          ? isDefinition(first) || isFormat(first) || first === 'rendition'
          : isDefinition(first) && isFormat(second);
      if (!rendition) return undefined;
      if (first === 'rendition') return verb === 'ready' ? '转码输出就绪' : '转码输出失败';
      return spaced(
        second === '' ? first : `${first} ${second}`,
        verb === 'ready' ? '就绪' : '转码失败',
      );
    },
  ],

  // Events without a title of their own, named after their type; IMS events likewise.
  [
    /^IMS: (.+)$/s,
    ([inner], again) => {
      const chinese = again(inner);
      return chinese === undefined ? undefined : `IMS：${chinese}`;
    },
  ],
  [
    /^(.+?)(?: (complete|failed))?$/s,
    ([name, verb]) => {
      const chinese = word(EVENT_NAMES, name);
      if (chinese === name) return undefined;
      return spaced(chinese, verb === 'failed' ? '失败' : verb === 'complete' ? '完成' : '');
    },
  ],
];
