/**
 * Every VOD event named in event-formats §4.2's kind / key id / title table, copied from the spec
 * (not from the engine's handler table, so coverage checks cannot agree with a mistake in it).
 */
export const SPEC_VOD_EVENT_TYPES = [
  'FileUploadComplete',
  'ImageUploadComplete',
  'AttachedMediaUploadComplete',
  'UploadByURLComplete',
  'VideoAnalysisComplete',
  'StreamTranscodeComplete',
  'TranscodeComplete',
  'SnapshotComplete',
  'DynamicImageComplete',
  'AddLiveRecordVideoComplete',
  'LiveRecordVideoComposeStart',
  'CreateAuditComplete',
  'AIMediaAuditComplete',
  'AIMediaDNAComplete',
  'AIVideoTagComplete',
  'WorkflowTaskComplete',
  'ProduceMediaComplete',
  'DeleteMediaComplete',
  'MediaBaseChangeComplete',
  'UpdateMediaStorageClassComplete',
  'RestoreMediaComplete',
  'SubmitMediaRefreshComplete',
] as const;
