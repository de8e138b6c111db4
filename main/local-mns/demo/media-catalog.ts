import type { NonEmpty } from './random-values';

/** A source file a demo user might upload, with the properties its renditions derive from. */
export interface SourceProfile {
  readonly name: string;
  readonly width: number;
  readonly height: number;
  readonly minSeconds: number;
  readonly maxSeconds: number;
  readonly bitrateKbps: number;
  readonly fps: number;
}

/** Video sources of a small marketing/product team, from teasers to 4K drone footage. */
export const VIDEO_SOURCES: NonEmpty<SourceProfile> = [
  {
    name: 'launch-teaser.mp4',
    width: 1920,
    height: 1080,
    minSeconds: 30,
    maxSeconds: 75,
    bitrateKbps: 8000,
    fps: 25,
  },
  {
    name: 'product-demo-v3.mp4',
    width: 1920,
    height: 1080,
    minSeconds: 180,
    maxSeconds: 420,
    bitrateKbps: 6000,
    fps: 30,
  },
  {
    name: 'keynote-2025-full.mov',
    width: 3840,
    height: 2160,
    minSeconds: 2400,
    maxSeconds: 3600,
    bitrateKbps: 24000,
    fps: 30,
  },
  {
    name: 'onboarding-step-02.mp4',
    width: 1280,
    height: 720,
    minSeconds: 60,
    maxSeconds: 150,
    bitrateKbps: 3000,
    fps: 30,
  },
  {
    name: 'customer-story-acme.mp4',
    width: 1920,
    height: 1080,
    minSeconds: 120,
    maxSeconds: 240,
    bitrateKbps: 7000,
    fps: 25,
  },
  {
    name: 'drone-b-roll-4k.mp4',
    width: 3840,
    height: 2160,
    minSeconds: 45,
    maxSeconds: 120,
    bitrateKbps: 40000,
    fps: 60,
  },
  {
    name: 'webinar-recording.mp4',
    width: 1280,
    height: 720,
    minSeconds: 1800,
    maxSeconds: 3300,
    bitrateKbps: 1800,
    fps: 25,
  },
  {
    name: 'tutorial-setup-en.mp4',
    width: 1920,
    height: 1080,
    minSeconds: 240,
    maxSeconds: 600,
    bitrateKbps: 4500,
    fps: 30,
  },
  {
    name: 'behind-the-scenes.mov',
    width: 2560,
    height: 1440,
    minSeconds: 90,
    maxSeconds: 200,
    bitrateKbps: 16000,
    fps: 24,
  },
  {
    name: 'shorts-vertical-017.mp4',
    width: 1080,
    height: 1920,
    minSeconds: 15,
    maxSeconds: 59,
    bitrateKbps: 6000,
    fps: 30,
  },
  {
    name: 'trailer-final-final.mp4',
    width: 1920,
    height: 1080,
    minSeconds: 90,
    maxSeconds: 150,
    bitrateKbps: 10000,
    fps: 24,
  },
  {
    name: 'team-offsite-recap.mp4',
    width: 1920,
    height: 1080,
    minSeconds: 150,
    maxSeconds: 300,
    bitrateKbps: 5000,
    fps: 30,
  },
];

/** Audio-only uploads; VOD transcodes them into audio renditions with IsAudio set. */
export const AUDIO_SOURCES: NonEmpty<SourceProfile> = [
  {
    name: 'podcast-episode-12.mp3',
    width: 0,
    height: 0,
    minSeconds: 1500,
    maxSeconds: 3000,
    bitrateKbps: 192,
    fps: 0,
  },
  {
    name: 'voiceover-take-3.wav',
    width: 0,
    height: 0,
    minSeconds: 40,
    maxSeconds: 120,
    bitrateKbps: 1411,
    fps: 0,
  },
];

/** Image uploads (covers, thumbnails, banners). */
export const IMAGE_FILES: NonEmpty<string> = [
  'cover-launch.png',
  'thumbnail-v2.jpg',
  'banner-1920x600.jpg',
  'speaker-portrait.jpg',
];

/** Name stems for batch uploads, the bursts of the demo (`course-module-01.mp4`, …). */
export const BATCH_SERIES: NonEmpty<string> = ['course-module', 'episode', 'webinar-part', 'clip'];

/** VOD definitions in ladder order; the doc's list (FD, LD, SD, HD, 2K, 4K) plus the original. */
export type DefinitionName = 'FD' | 'LD' | 'SD' | 'HD' | '2K' | '4K' | 'OD';

/** One rung of the ladder: a landscape frame size and a target video bitrate. */
export interface DefinitionRung {
  readonly name: DefinitionName;
  readonly height: number;
  readonly bitrateKbps: number;
}

/** The transcode ladder, lowest first. */
export const DEFINITION_LADDER: NonEmpty<DefinitionRung> = [
  { name: 'FD', height: 360, bitrateKbps: 400 },
  { name: 'LD', height: 540, bitrateKbps: 900 },
  { name: 'SD', height: 720, bitrateKbps: 1500 },
  { name: 'HD', height: 1080, bitrateKbps: 3000 },
  { name: '2K', height: 1440, bitrateKbps: 6000 },
  { name: '4K', height: 2160, bitrateKbps: 12000 },
];

/** An ErrorCode/ErrorMessage pair as Alibaba Cloud returns them. */
export interface ErrorPair {
  readonly code: string;
  readonly message: string;
}

/** The failure a bad source produces everywhere (analysis, transcode, MPS jobs), per the doc. */
export const RESOURCE_CONTENT_BAD: ErrorPair = {
  code: 'InvalidParameter.ResourceContentBad',
  message: 'The resource operated "InputFile" is bad.',
};

/** Why a single rendition fails while its siblings succeed (the partial-transcode case). */
export const STREAM_ERRORS: NonEmpty<ErrorPair> = [
  { code: 'Transcode.Timeout', message: 'The transcode job did not finish within 3600 seconds.' },
  {
    code: 'InternalError',
    message: 'The request processing has failed due to some unknown error.',
  },
  {
    code: 'InvalidParameter.ResolutionNotSupported',
    message: 'The output resolution is larger than the source and upscaling is disabled.',
  },
];

/** AI job failures; AI events report them as Code/Message. */
export const AI_ERRORS: NonEmpty<ErrorPair> = [
  { code: 'Throttling.User', message: 'Request was denied due to user flow control.' },
  {
    code: 'InternalError',
    message: 'The request processing has failed due to some unknown error.',
  },
  { code: 'InvalidVideo.NoneStream', message: 'The video has no stream that can be analysed.' },
];

/** Strip the extension: `launch-teaser.mp4` → `launch-teaser`. */
export function stemOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(0, dot) : fileName;
}

/** The extension without the dot: `launch-teaser.mp4` → `mp4`. */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot + 1) : '';
}
