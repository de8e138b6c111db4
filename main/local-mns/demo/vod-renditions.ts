import type { TimePoint } from './demo-message';
import type { ErrorPair, SourceProfile } from './media-catalog';
import { DEFINITION_LADDER, STREAM_ERRORS } from './media-catalog';
import type { RandomValues } from './random-values';

/** One output VOD's transcode template group asks for. */
export interface RenditionPlan {
  readonly jobId: string;
  readonly definition: string;
  readonly format: 'mp4' | 'm3u8' | 'mp3' | 'm4a';
  readonly width: number;
  readonly height: number;
  readonly bitrateKbps: number;
  readonly encryptType: string | undefined;
  readonly codec: string;
  readonly isAudio: boolean;
  /** Set when this rendition is going to fail, and why. */
  readonly error: ErrorPair | undefined;
}

/** A finished rendition: what StreamTranscodeComplete reports and TranscodeComplete repeats. */
export interface RenditionResult {
  readonly plan: RenditionPlan;
  readonly startedAt: TimePoint;
  readonly finishedAt: TimePoint;
  readonly durationSeconds: number;
  readonly size: number;
  readonly bitrate: string;
  readonly fps: string;
  readonly fileUrl: string;
}

type TemplateGroup = 'mp4-ladder' | 'hls' | 'mixed' | 'narrowband';

/** Decide which renditions a video gets, as a template group configured in the VOD console would. */
export function planVideoRenditions(values: RandomValues, source: SourceProfile): RenditionPlan[] {
  const group = values.weighted<TemplateGroup>([
    ['mp4-ladder', 40],
    ['hls', 30],
    ['mixed', 18],
    ['narrowband', 12],
  ]);
  const shortSide = Math.min(source.width, source.height);
  const fitting = DEFINITION_LADDER.filter((rung) => rung.height <= shortSide);
  const above = DEFINITION_LADDER.find((rung) => rung.height > shortSide);
  const plans: RenditionPlan[] = [];
  const add = (
    name: string,
    height: number,
    kbps: number,
    format: RenditionPlan['format'],
  ): void => {
    const encrypted = format === 'm3u8' && values.chance(0.3);
    plans.push({
      jobId: values.hex(32),
      definition: name,
      format,
      ...frameSize(source, height),
      bitrateKbps: kbps,
      encryptType: encrypted
        ? values.pick(['AliyunVoDEncryption', 'HLSEncryption'] as const)
        : undefined,
      codec: group === 'narrowband' ? 'H.265' : 'H.264',
      isAudio: false,
      error: undefined,
    });
  };
  if (group === 'mp4-ladder' || group === 'hls') {
    const format = group === 'hls' ? 'm3u8' : 'mp4';
    const rungs = group === 'hls' ? fitting.filter((rung) => rung.name !== 'FD') : fitting;
    for (const rung of rungs) add(rung.name, rung.height, rung.bitrateKbps, format);
    // Templates are often copied between apps, so one rung above the source sometimes sneaks in and
    // fails because upscaling is off: the classic partial transcode.
    if (above && values.chance(0.05)) add(above.name, above.height, above.bitrateKbps, format);
    if (group === 'mp4-ladder' && values.chance(0.15))
      add('OD', shortSide, source.bitrateKbps, 'mp4');
  } else if (group === 'mixed') {
    add('SD', Math.min(720, shortSide), 1500, 'mp4');
    for (const rung of fitting.filter((r) => r.name === 'SD' || r.name === 'HD')) {
      add(rung.name, rung.height, rung.bitrateKbps, 'm3u8');
    }
  } else {
    for (const rung of fitting.filter((r) => ['LD', 'SD', 'HD'].includes(r.name))) {
      add(`${rung.name}-MP4`, rung.height, Math.round(rung.bitrateKbps * 0.6), 'mp4');
    }
  }
  if (plans.length === 0) add('LD', shortSide, 900, 'mp4');
  return plans.map((plan) => {
    if (plan.height > shortSide && plan.width > shortSide) {
      return { ...plan, error: STREAM_ERRORS[2] };
    }
    return values.chance(0.015)
      ? { ...plan, error: values.pick([STREAM_ERRORS[0], STREAM_ERRORS[1]]) }
      : plan;
  });
}

/** Audio renditions for an audio-only upload. */
export function planAudioRenditions(values: RandomValues): RenditionPlan[] {
  const audio = (definition: string, format: 'mp3' | 'm4a', kbps: number): RenditionPlan => ({
    jobId: values.hex(32),
    definition,
    format,
    width: 0,
    height: 0,
    bitrateKbps: kbps,
    encryptType: undefined,
    codec: format === 'mp3' ? 'MP3' : 'AAC',
    isAudio: true,
    error: undefined,
  });
  return [audio('SQ', 'mp3', 128), audio('HQ', 'm4a', 256)];
}

/** Make every rendition fail the same way (the source could not be decoded). */
export function failAll(plans: readonly RenditionPlan[], error: ErrorPair): RenditionPlan[] {
  return plans.map((plan) => ({ ...plan, error }));
}

/** Fill in what the transcoder measured for one rendition. */
export function finishRendition(
  values: RandomValues,
  plan: RenditionPlan,
  context: { videoId: string; storageHost: string; sourceSeconds: number; fps: number },
  startedAt: TimePoint,
  finishedAt: TimePoint,
): RenditionResult {
  const durationSeconds = round(context.sourceSeconds + values.float(-0.05, 0.08), 3);
  const kbps = plan.bitrateKbps * values.float(0.82, 1.04);
  const suffix = plan.encryptType ? '-encrypt-stream' : plan.codec === 'H.265' ? '-nbv1' : '';
  return {
    plan,
    startedAt,
    finishedAt,
    durationSeconds,
    size: Math.round((kbps * 1000 * durationSeconds) / 8),
    bitrate: round(kbps, 3).toFixed(3),
    fps: plan.isAudio ? '0' : String(context.fps),
    fileUrl: `http://${context.storageHost}/${context.videoId}/${values.hex(32)}-${plan.definition.toLowerCase()}${suffix}.${plan.format}`,
  };
}

function frameSize(source: SourceProfile, shortSide: number): { width: number; height: number } {
  const long =
    Math.round(
      (shortSide * Math.max(source.width, source.height)) /
        Math.min(source.width, source.height) /
        2,
    ) * 2;
  return source.height > source.width
    ? { width: shortSide, height: long }
    : { width: long, height: shortSide };
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
