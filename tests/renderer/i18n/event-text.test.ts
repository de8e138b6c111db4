import { describe, expect, it } from 'vitest';

import { localizeEventText } from '../../../renderer/i18n/event-text';
import { hasChinese, spaced, zhList } from '../../../renderer/i18n/event-text-words';
import { localizeNotification } from '../../../renderer/i18n/notification-text';

const zh = (text: string): string => localizeEventText(text, 'zh-CN');

interface EventTextSample {
  from: string;
  title: string;
  subtitle: string;
  payloadStrings: string[];
}

// The classifier's output over the fixture corpus and demo traffic. The renderer's tsconfig may not
// include engine code, so the corpus module (checked with the Node settings) is loaded at run time.
const CORPUS_MODULE = decodeURIComponent(
  new URL('../../support/event-text-corpus.ts', import.meta.url).pathname,
);
const corpus = (await import(/* @vite-ignore */ CORPUS_MODULE)) as {
  eventTextSamples(demoCount: number): EventTextSample[];
  fixtureBodyCount(): number;
};

/** Every template of main/engine/events, with a value for each of its holes. */
const EXAMPLES: [english: string, chinese: string][] = [
  // Not an event.
  ['Unreadable message', '无法读取的消息'],
  ['Unrecognised message', '无法识别的消息'],
  ['The body could not be decoded.', '消息体无法解码。'],
  ['JSON that is not a VOD, MPS or IMS event.', 'JSON 内容不是 VOD、MPS 或 IMS 事件。'],
  ['The body is empty.', '消息体为空。'],
  ['The body is binary data, not text.', '消息体是二进制数据，不是文本。'],
  ['The body is not valid UTF-8 text.', '消息体不是有效的 UTF-8 文本。'],
  [
    'The body is plain text, not JSON, XML or Base64.',
    '消息体是纯文本，不是 JSON、XML 或 Base64。',
  ],
  [
    'The body looks like Base64 but does not decode to JSON or XML.',
    '消息体看似 Base64，但解码后既不是 JSON 也不是 XML。',
  ],
  [
    'The body starts like JSON but is not valid JSON (truncated or malformed).',
    '消息体以 JSON 开头，但不是有效的 JSON（被截断或格式错误）。',
  ],
  [
    'The body is JSON but not an object, so it cannot be an event.',
    '消息体是 JSON 但不是对象，因此不是事件。',
  ],
  ['The body starts like XML but is not well-formed.', '消息体以 XML 开头，但格式不正确。'],
  [
    'The body is an XML <Error> document, not an MNS notification.',
    '消息体是 XML <Error> 文档，不是 MNS 通知。',
  ],
  ['The topic notification has no <Message>.', '主题通知中没有 <Message>。'],
  ['The MNS message XML has no <MessageBody>.', 'MNS 消息 XML 中没有 <MessageBody>。'],
  [
    'The body is wrapped in more layers than any MNS producer uses.',
    '消息体的封装层数超过了任何 MNS 生产方会用到的层数。',
  ],
  [
    'The body is 70000 characters, more than an MNS message can hold.',
    '消息体有 70000 个字符，超出了 MNS 消息的容量。',
  ],
  // Uploads.
  ['Video uploaded: launch.mp4', '视频上传完成：launch.mp4'],
  ['Video uploaded', '视频上传完成'],
  ['Video upload failed: launch.mp4', '视频上传失败：launch.mp4'],
  ['Image uploaded: cover.jpg', '图片上传完成：cover.jpg'],
  ['Image upload failed', '图片上传失败'],
  ['Attachment uploaded: subtitles.vtt', '附件上传完成：subtitles.vtt'],
  ['Attachment upload failed: subtitles.vtt', '附件上传失败：subtitles.vtt'],
  ['URL import complete: master.m3u8', 'URL 拉取上传完成：master.m3u8'],
  ['URL import failed: missing-file.mp4', 'URL 拉取上传失败：missing-file.mp4'],
  ['URL import complete', 'URL 拉取上传完成'],
  // Analysis.
  ['Source analyzed: 1920×1080, 3:03', '源文件分析完成：1920×1080，3:03'],
  ['Source analyzed: 1:02:03', '源文件分析完成：1:02:03'],
  ['Source analyzed: 1280×720', '源文件分析完成：1280×720'],
  ['Source analyzed', '源文件分析完成'],
  ['Source unreadable', '源文件无法解析'],
  // Renditions and transcodes.
  ['HD mp4 ready', 'HD mp4 就绪'],
  ['SD-MP4 mp4 failed', 'SD-MP4 mp4 转码失败'],
  ['4K ready', '4K 就绪'],
  ['m3u8 ready', 'm3u8 就绪'],
  ['rendition ready', '转码输出就绪'],
  ['rendition failed', '转码输出失败'],
  ['Transcode complete: 3 renditions (LD, SD and HD)', '转码完成：3 个清晰度（LD、SD 和 HD）'],
  ['Transcode complete: 1 rendition (HD)', '转码完成：1 个清晰度（HD）'],
  [
    'Transcode complete: 6 renditions (FD, LD, SD, HD and 2 more)',
    '转码完成：6 个清晰度（FD、LD、SD、HD 及其他 2 个）',
  ],
  [
    "Transcode complete: 3 renditions (LD, SD and HD) for 'clip-07.mp4'",
    '“clip-07.mp4”转码完成：3 个清晰度（LD、SD 和 HD）',
  ],
  [
    'Transcode partially failed: 2 of 3 renditions (HD failed)',
    '转码部分失败：3 个清晰度中 2 个成功（HD 失败）',
  ],
  [
    "Transcode partially failed: 1 of 3 renditions (SD and HD failed) for 'a.mp4'",
    '“a.mp4”转码部分失败：3 个清晰度中 1 个成功（SD 和 HD 失败）',
  ],
  ['Transcode partially failed: 1 of 2 renditions', '转码部分失败：2 个清晰度中 1 个成功'],
  ['Transcode failed: The video cannot be decoded.', '转码失败：The video cannot be decoded.'],
  ['Transcode failed', '转码失败'],
  ['Transcode complete', '转码完成'],
  ['Transcode finished', '转码结束'],
  ["Transcode finished for 'teaser'", '“teaser”转码结束'],
  // Snapshots, animated images, live.
  ['Snapshots ready: 26 images', '截图完成：26 张'],
  ['Snapshots ready: 1 image', '截图完成：1 张'],
  ['Snapshots ready', '截图完成'],
  ['Snapshots failed', '截图失败'],
  ['Animated image ready', '动图已生成'],
  ['Animated image failed', '动图生成失败'],
  ['Live recording saved: stage-a', '直播录制已保存：stage-a'],
  ['Live recording failed', '直播录制失败'],
  ['Recording composition started', '录制合成已开始'],
  ['Recording composition failed', '录制合成失败'],
  // Reviews and AI.
  ['Manual review: Normal', '人工审核：通过'],
  ['Manual review: Blocked', '人工审核：屏蔽'],
  ['Manual review: done', '人工审核：完成'],
  ['Manual review: Pending', '人工审核：Pending'],
  ['Manual review failed', '人工审核失败'],
  ['AI moderation: pass', 'AI 审核：通过'],
  ['AI moderation: done', 'AI 审核：完成'],
  ['AI moderation: review', 'AI 审核：review'],
  ['AI moderation: needs review', 'AI 审核：建议复审'],
  ['AI moderation: needs review (ad)', 'AI 审核：建议复审（广告）'],
  ['AI moderation: blocked', 'AI 审核：违规'],
  ['AI moderation: blocked (porn and terrorism)', 'AI 审核：违规（色情和暴恐）'],
  [
    'AI moderation: blocked (porn, weird, ad and 1 more)',
    'AI 审核：违规（色情、weird、广告及其他 1 个）',
  ],
  ['AI moderation failed', 'AI 审核失败'],
  ['Fingerprint complete: no duplicates', '指纹分析完成：无重复'],
  ['Fingerprint complete: 1 similar video found', '指纹分析完成：发现 1 个相似视频'],
  ['Fingerprint complete: 3 similar videos found', '指纹分析完成：发现 3 个相似视频'],
  ['Fingerprint failed', '指纹分析失败'],
  ['Smart tags ready: city skyline, smartphone', '智能标签：city skyline, smartphone'],
  ['Smart tags ready: city skyline and smartphone', '智能标签：city skyline 和 smartphone'],
  [
    'Smart tags ready: city skyline, stage, laptop and 2 more',
    '智能标签：city skyline、stage、laptop 及其他 2 个',
  ],
  ['Smart tags ready: 城市, 人物 and 汽车', '智能标签：城市、人物和汽车'],
  ['Smart tags ready', '智能标签已生成'],
  ['Smart tags failed', '智能标签失败'],
  ['Workflow task succeeded', '工作流任务成功'],
  ['Workflow task failed', '工作流任务失败'],
  ['Workflow task finished', '工作流任务结束'],
  // Media management.
  ['Composition complete', '合成完成'],
  ['Composition failed', '合成失败'],
  ['Media deleted', '媒资已删除'],
  ['Media deleted (source file)', '媒资已删除（源文件）'],
  ['Media deleted (streams)', '媒资已删除（转码流）'],
  ['Media deletion failed', '媒资删除失败'],
  ['Media created: course-module-3', '媒资已创建：course-module-3'],
  ['Media updated: launch teaser (final)', '媒资已更新：launch teaser (final)'],
  ['Media updated', '媒资已更新'],
  ['Media deleted: old cut', '媒资已删除：old cut'],
  ['Media create failed', '媒资创建失败'],
  ['Media change failed', '媒资变更失败'],
  ['Storage class changed to IA', '存储类型已变更为低频访问存储'],
  ['Storage class changed to Archive', '存储类型已变更为归档存储'],
  ['Storage class changed to Glacier', '存储类型已变更为 Glacier'],
  ['Storage class changed', '存储类型已变更'],
  ['Storage class change failed', '存储类型变更失败'],
  ['Media restored', '媒资已解冻'],
  ['Media restore failed', '媒资解冻失败'],
  ['CDN refresh submitted', 'CDN 刷新已提交'],
  ['CDN prefetch submitted', 'CDN 预热已提交'],
  ['CDN refresh failed', 'CDN 刷新失败'],
  ['CDN prefetch failed', 'CDN 预热失败'],
  // MPS jobs and workflows.
  ['MPS transcode complete', 'MPS 转码完成'],
  ['MPS transcode failed: InternalError', 'MPS 转码失败：InternalError'],
  ['MPS snapshot failed', 'MPS 截图失败'],
  ['MPS media info complete', 'MPS 媒体信息完成'],
  ['MPS analysis complete', 'MPS 模板分析完成'],
  ['MPS AIVideoTag complete', 'MPS 智能标签完成'],
  ['MPS Package complete', 'MPS Package 完成'],
  ['MPS transcode Running', 'MPS 转码进行中'],
  ['MPS snapshot update', 'MPS 截图有更新'],
  ['MPS transcode Paused', 'MPS 转码：Paused'],
  ["Workflow 'hls-ladder' started", '工作流“hls-ladder”已启动'],
  ["Workflow 'unnamed' started", '未命名工作流已启动'],
  [
    "Workflow 'hls-ladder' failed: InvalidParameter.ResourceNotFound",
    '工作流“hls-ladder”失败：InvalidParameter.ResourceNotFound',
  ],
  ["Workflow 'hls-ladder' failed", '工作流“hls-ladder”失败'],
  [
    "Workflow 'hls-ladder' finished with failures: Act-Transcode-HD and Act-Snapshot failed",
    '工作流“hls-ladder”已完成，部分失败：Act-Transcode-HD 和 Act-Snapshot 失败',
  ],
  ["Workflow 'hls-ladder' finished: 3 transcodes OK", '工作流“hls-ladder”已完成：3 个转码成功'],
  ["Workflow 'hls-ladder' finished: 1 transcode OK", '工作流“hls-ladder”已完成：1 个转码成功'],
  ["Workflow 'thumbs-only' finished", '工作流“thumbs-only”已完成'],
  // Events named after their type, IMS.
  ['AI video cover complete', 'AI 智能封面完成'],
  ['Media archive complete', '媒资归档完成'],
  ['Media archive failed', '媒资归档失败'],
  ['IMS: Produce media complete', 'IMS：媒体合成完成'],
  ['IMS: Media convert failed', 'IMS：媒体转码失败'],
  ['Intelligent Media Services event', '智能媒体服务事件'],
  // Subtitles.
  ['Job 394e6e1d2c3b4a59', '作业 394e6e1d2c3b4a59'],
  ['clip-07.mp4 · Job 394e6e1d2c3b4a59', 'clip-07.mp4 · 作业 394e6e1d2c3b4a59'],
  [
    'clip-07.mp4 · Job 394e6e1d · The resource operated "InputFile" is bad.',
    'clip-07.mp4 · 作业 394e6e1d · The resource operated "InputFile" is bad.',
  ],
  ['town-hall.mp4 · Run d4e5f6a7b8c9', 'town-hall.mp4 · 执行实例 d4e5f6a7b8c9'],
  ['VideoId 347936fd0a1b2c3d', 'VideoId 347936fd0a1b2c3d'],
  ['launch.mp4 · VideoId 347936fd', 'launch.mp4 · VideoId 347936fd'],
];

describe('event text in 简体中文', () => {
  it.each(EXAMPLES)('%s', (english, chinese) => {
    expect(zh(english)).toBe(chinese);
  });

  it('returns English untouched', () => {
    for (const [english] of EXAMPLES) expect(localizeEventText(english, 'en')).toBe(english);
  });

  it('leaves text no template knows as it came', () => {
    for (const text of [
      '',
      'Something new happened',
      'IMS: Brand new thing complete',
      'Totally unknown event complete',
      'AI process failed',
      'Job interview',
      'Run fast',
      'VideoId 347936fd',
      'MediaId abc · The video does not exist.',
      'Transcode complete: lots',
      'Video uploaded: ' + 'x'.repeat(5000),
    ]) {
      expect(zh(text)).toBe(text);
    }
  });

  it('carries hostile values over character for character, adding no markup', () => {
    const hostile = [
      '<img src=x onerror=alert(1)>',
      '"; DROP TABLE x; --',
      '\u202Egnp.exe',
      '{{constructor}} $1 $& $`',
      'a\nb\tc',
    ];
    for (const value of hostile) {
      for (const [english, chinese] of [
        [`Video uploaded: ${value}`, `视频上传完成：${value}`],
        [`Workflow '${value}' started`, `工作流“${value}”已启动`],
        [`Media updated: ${value}`, `媒资已更新：${value}`],
        [`${value} · Job 394e6e1d`, `${value} · 作业 394e6e1d`],
        [`Transcode failed: ${value}`, `转码失败：${value}`],
      ] as const) {
        const result = zh(english);
        expect(result).toBe(chinese);
        expect(result.split('<').length).toBe(english.split('<').length);
      }
    }
  });

  // Catastrophic backtracking would hang here until the test times out; no timing is asserted.
  it('handles long text built to make patterns backtrack', () => {
    const texts = [
      `Workflow '${"'".repeat(1400)} finished with failures: ${'a and '.repeat(80)}`,
      `Transcode complete${" for 'x".repeat(250)}`,
      `Smart tags ready: ${'a, '.repeat(600)}`,
      `${'Job 1 · '.repeat(240)}`,
    ];
    for (const text of texts) expect(text.length).toBeLessThan(2000);
    for (const text of texts) expect(typeof zh(text)).toBe('string');
    expect(zh('x'.repeat(3000))).toBe('x'.repeat(3000));
  });
});

describe('Chinese list and spacing helpers', () => {
  it('joins lists with 、 and 和', () => {
    expect(zhList('LD')).toBe('LD');
    expect(zhList('SD and HD')).toBe('SD 和 HD');
    expect(zhList('LD, SD and HD')).toBe('LD、SD 和 HD');
    expect(zhList('a, b, c and 4 more')).toBe('a、b、c 及其他 4 个');
    expect(zhList('城市 and 汽车')).toBe('城市和汽车');
  });

  it('spaces Latin words from Chinese and each other, never Chinese from Chinese', () => {
    expect(spaced('MPS', '转码', '完成')).toBe('MPS 转码完成');
    expect(spaced('MPS', 'Package', '完成')).toBe('MPS Package 完成');
    expect(spaced('（', 'HD', '）')).toBe('（HD）');
    expect(hasChinese('HD mp4')).toBe(false);
  });
});

describe('notification text', () => {
  it('puts a single event notification into Chinese', () => {
    expect(
      localizeNotification(
        { title: 'Transcode failed: Timeout', body: 'clip-07.mp4 · Job 394e6e1d' },
        'zh-CN',
      ),
    ).toEqual({ title: '转码失败：Timeout', body: 'clip-07.mp4 · 作业 394e6e1d' });
  });

  it('puts digest titles and their example lines into Chinese', () => {
    const cases: [string, string][] = [
      ['11 transcodes finished, 1 failed', '11 个转码已完成，1 个失败'],
      ['3 AI jobs finished', '3 个 AI 作业已完成'],
      ['4 snapshot jobs failed', '4 个截图作业失败'],
      ['1 upload finished, 1 partly failed', '1 个上传已完成，1 个部分失败'],
      [
        '5 jobs finished: 3 transcodes, 2 AI jobs (1 failed)',
        '5 个作业已完成：3 个转码、2 个 AI 作业（1 个失败）',
      ],
      [
        '4 jobs finished: 2 transcodes (1 failed, 1 partly failed), 2 reviews',
        '4 个作业已完成：2 个转码（1 个失败，1 个部分失败）、2 个审核',
      ],
      ['2 jobs failed: 1 upload, 1 live recording', '2 个作业失败：1 个上传、1 个直播录制'],
      ['Media job event', '媒体作业事件'],
    ];
    for (const [english, chinese] of cases) {
      expect(localizeNotification({ title: english, body: '' }, 'zh-CN').title).toBe(chinese);
    }
    const body = [
      'Transcode failed — clip-07.mp4 · Job 394e6e1d',
      'Snapshots ready: 3 images',
      'Video uploaded: a — b.mp4 — VideoId 347936fd',
      'Transcode complete: 4 renditions (LD, SD, HD and 4K) fo…',
      'and 2 more',
    ].join('\n');
    expect(localizeNotification({ title: '5 jobs finished', body }, 'zh-CN').body).toBe(
      [
        '转码失败 — clip-07.mp4 · 作业 394e6e1d',
        '截图完成：3 张',
        '视频上传完成：a — b.mp4 — VideoId 347936fd',
        'Transcode complete: 4 renditions (LD, SD, HD and 4K) fo…',
        '还有 2 个',
      ].join('\n'),
    );
  });

  it('leaves English notifications alone', () => {
    const view = { title: '11 transcodes finished, 1 failed', body: 'and 2 more' };
    expect(localizeNotification(view, 'en')).toEqual(view);
  });
});

/** API field names the classifier puts before an id ("VideoId 347936fd…"): kept in every language. */
const KEY_FIELD_PART =
  /^(VideoId|MediaId|ImageId|AttachedMediaId|JobId|TaskId|ProjectId|RunId) \S+$/;

describe('coverage of what the classifier writes', () => {
  const samples = corpus.eventTextSamples(300);

  it('reads the whole fixture corpus and the demo traffic', () => {
    expect(corpus.fixtureBodyCount()).toBeGreaterThanOrEqual(126);
    expect(samples.length).toBe(corpus.fixtureBodyCount() + 300);
  });

  it('puts at least 98% of distinct titles into Chinese', () => {
    const titles = [...new Set(samples.map((s) => s.title))];
    const untranslated = titles.filter((title) => !hasChinese(zh(title)));
    expect(
      untranslated.length / titles.length,
      `untranslated titles:\n${untranslated.join('\n')}`,
    ).toBeLessThanOrEqual(0.02);
    expect(titles.length).toBeGreaterThan(100);
  });

  it('puts every subtitle into Chinese unless it only holds names, ids and producer messages', () => {
    const bySubtitle = new Map(samples.map((s) => [s.subtitle, s]));
    const untranslated: string[] = [];
    for (const [subtitle, sample] of bySubtitle) {
      const chinese = zh(subtitle);
      if (subtitle === '' || hasChinese(chinese)) continue;
      // Left as it is: every part is a key id or text the body itself carried.
      const verbatim = chinese
        .split(' · ')
        .every(
          (part) =>
            KEY_FIELD_PART.test(part) ||
            sample.payloadStrings.some((value) => carries(value, part)),
        );
      if (!verbatim) untranslated.push(`${subtitle}  (${sample.from})`);
    }
    expect(untranslated, `untranslated subtitles:\n${untranslated.join('\n')}`).toEqual([]);
  });
});

// Whether a payload string holds a subtitle part: as it is, URL-decoded, or shortened with "…".
function carries(value: string, part: string): boolean {
  const stem = part.endsWith('…') ? part.slice(0, -1) : part;
  if (value.includes(stem)) return true;
  try {
    return decodeURIComponent(value).includes(stem);
  } catch {
    return false;
  }
}
