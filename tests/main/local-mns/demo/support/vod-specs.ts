/** How one field must look. */
export type Rule =
  | 'string'
  | 'number'
  | 'boolean'
  | 'id32'
  | 'numeric'
  | 'url'
  | 'vod-time'
  | 'ai-time'
  | 'json-string'
  | 'array'
  | 'string-or-object'
  | 'string-or-number'
  | readonly string[];

/** Fields of one event type, per outcome; any other key is a misspelling or an invention. */
export interface Spec {
  readonly always: Readonly<Record<string, Rule>>;
  readonly success?: Readonly<Record<string, Rule>>;
  readonly failure?: Readonly<Record<string, Rule>>;
  readonly optional?: Readonly<Record<string, Rule>>;
}

const errors = { ErrorCode: 'string', ErrorMessage: 'string' } as const;
const head = { EventTime: 'vod-time', EventType: 'string' } as const;
const aiHead = {
  EventTime: 'ai-time',
  EventType: 'string',
  JobId: 'id32',
  MediaId: 'id32',
  Status: ['success', 'fail'],
  Code: 'string',
  Message: 'string',
} as const;

/** The per-stream fields shared by StreamTranscodeComplete and TranscodeComplete.StreamInfos[]. */
export const STREAM_SPEC: Spec = {
  always: { Status: ['success', 'fail'], JobId: 'id32', Definition: 'string', Format: 'string' },
  success: {
    Bitrate: 'numeric',
    Fps: 'numeric',
    Duration: 'number',
    Width: 'number',
    Height: 'number',
    Size: 'number',
    Encrypt: 'boolean',
    Codec: 'string',
    FileUrl: 'url',
  },
  failure: errors,
  optional: { EncryptType: 'string' },
};

/** SnapshotComplete.SnapshotInfos[]. */
export const SNAPSHOT_INFO_SPEC: Spec = {
  always: {
    Status: ['success', 'fail'],
    SnapshotType: ['CoverSnapshot', 'NormalSnapshot', 'SpriteSnapshot'],
    SnapshotCount: 'number',
    SnapshotFormat: 'string',
    SnapshotRegular: 'url',
    JobId: 'id32',
  },
};

/** Every VOD event the generator emits, with the fields event-formats.md §2.3 documents for it. */
export const VOD_SPECS: Readonly<Record<string, Spec>> = {
  FileUploadComplete: {
    always: { ...head, VideoId: 'id32', Size: 'number', FileUrl: 'url' },
    optional: { Status: ['success'], Extend: 'string' },
  },
  ImageUploadComplete: {
    always: { ...head, ImageId: 'id32', Status: ['success'], Size: 'number', FileURL: 'url' },
    optional: { AppId: 'string' },
  },
  AttachedMediaUploadComplete: {
    always: {
      ...head,
      AttachedMediaId: 'id32',
      Status: ['success'],
      Size: 'number',
      FileURL: 'url',
    },
  },
  UploadByURLComplete: {
    always: { ...head, JobId: 'id32', SourceURL: 'url', Status: ['success', 'fail'] },
    success: { VideoId: 'id32', Size: 'numeric' },
    failure: errors,
  },
  VideoAnalysisComplete: {
    always: { ...head, VideoId: 'id32', Status: ['success', 'fail'] },
    success: {
      Width: 'numeric',
      Height: 'numeric',
      Duration: 'numeric',
      Bitrate: 'numeric',
      Fps: 'numeric',
      Size: 'numeric',
    },
    failure: errors,
  },
  StreamTranscodeComplete: {
    always: { ...head, VideoId: 'id32', ...STREAM_SPEC.always },
    success: STREAM_SPEC.success ?? {},
    failure: errors,
    optional: { EncryptType: 'string', Extend: 'string' },
  },
  TranscodeComplete: {
    always: { ...head, VideoId: 'id32', Status: ['success', 'fail'], StreamInfos: 'array' },
    optional: { Extend: 'string' },
  },
  SnapshotComplete: {
    always: { ...head, VideoId: 'id32', Status: ['success', 'fail'] },
    success: { CoverUrl: 'url', SnapshotInfos: 'array' },
    failure: errors,
    optional: { SubType: ['SpecifiedTime'], Extend: 'string' },
  },
  DynamicImageComplete: {
    always: {
      ...head,
      VideoId: 'id32',
      Status: ['success', 'fail'],
      JobId: 'id32',
      DynamicImageJobInfo: 'json-string',
    },
  },
  AddLiveRecordVideoComplete: {
    always: {
      ...head,
      VideoId: 'id32',
      Status: ['success'],
      StreamName: 'string',
      DomainName: 'string',
      AppName: 'string',
      RecordStartTime: 'vod-time',
      RecordEndTime: 'vod-time',
    },
  },
  LiveRecordVideoComposeStart: {
    always: {
      ...head,
      VideoId: 'id32',
      Status: ['success'],
      StreamName: 'string',
      DomainName: 'string',
      AppName: 'string',
    },
  },
  CreateAuditComplete: {
    always: {
      ...head,
      MediaId: 'id32',
      Status: ['success'],
      SubType: ['video'],
      AuditStatus: ['Normal', 'Blocked'],
      CreationTime: 'vod-time',
      Auditor: 'string',
      Reason: 'string',
    },
  },
  AIMediaAuditComplete: { always: aiHead, success: { Data: 'string-or-object' } },
  AIMediaDNAComplete: { always: aiHead, success: { Data: 'string-or-object' } },
  AIVideoTagComplete: { always: aiHead, success: { Data: 'string-or-object' } },
  WorkflowTaskComplete: {
    always: {
      ...head,
      WorkflowId: 'id32',
      TaskId: 'id32',
      VideoId: 'id32',
      Status: ['Succeed', 'Failed'],
      CreateTime: 'vod-time',
      ModifiedTime: 'vod-time',
      FinishTime: 'vod-time',
      UserId: 'string-or-number',
      ActivityResults: 'json-string',
      TaskInput: 'json-string',
    },
  },
  ProduceMediaComplete: {
    always: { ...head, MediaId: 'id32', ProjectId: 'id32', Status: ['success', 'fail'] },
    failure: errors,
  },
  DeleteMediaComplete: {
    always: {
      ...head,
      MediaId: 'id32',
      MediaType: ['video', 'image', 'attached'],
      DeleteType: ['all', 'mezzanine', 'stream'],
      Status: ['success', 'fail'],
    },
    failure: errors,
    optional: { JobIds: 'string' },
  },
  MediaBaseChangeComplete: {
    always: {
      ...head,
      MediaId: 'id32',
      MediaType: ['video', 'image', 'attached'],
      OperateMode: ['create', 'update', 'delete'],
      Status: ['success'],
      MediaContent: 'string-or-object',
    },
  },
  UpdateMediaStorageClassComplete: {
    always: {
      ...head,
      MediaId: 'id32',
      Scope: ['All', 'SourceFile'],
      StorageClass: ['Standard', 'IA', 'Archive', 'ColdArchive'],
      TriggerBy: ['LifeCycle', 'API'],
      Status: ['Success', 'Failed'],
    },
    failure: errors,
  },
  RestoreMediaComplete: {
    always: {
      ...head,
      MediaId: 'id32',
      RestoreExpiration: 'vod-time',
      Status: ['Success', 'Failed'],
    },
    failure: errors,
  },
  SubmitMediaRefreshComplete: {
    always: {
      ...head,
      MediaRefreshJobId: 'id32',
      MediaId: 'id32',
      TaskType: ['refresh', 'Preload'],
      Status: ['success', 'fail'],
      SuccessPlayUrls: 'string',
      TaskIds: 'string',
      FilterPolicy: 'json-string',
    },
    failure: errors,
    optional: { Extend: 'string' },
  },
};
