// Real event bodies from tests/fixtures/events, exactly as they sit in a queue.
import aiAuditBlock from '../../../fixtures/events/vod-ai/ai-audit-block.json?raw';
import aiAuditFailure from '../../../fixtures/events/vod-ai/ai-audit-failure.json?raw';
import aiDnaSuccess from '../../../fixtures/events/vod-ai/ai-dna-success.json?raw';
import aiTagSuccess from '../../../fixtures/events/vod-ai/ai-tag-success.json?raw';
import auditBlocked from '../../../fixtures/events/vod-audit/create-audit-blocked.json?raw';
import mnsResponseVod from '../../../fixtures/events/envelope/mns-response-vod.xml?raw';
import topicJsonMpsJob from '../../../fixtures/events/envelope/topic-json-mps-job.json?raw';
import topicXmlCdata from '../../../fixtures/events/envelope/topic-xml-cdata.xml?raw';
import workflowReport64kb from '../../../fixtures/events/hostile/body-64kb-workflow-report.json?raw';
import deepObject from '../../../fixtures/events/hostile/deep-object-10000.json?raw';
import nonJsonText from '../../../fixtures/events/hostile/non-json-text.txt?raw';
import xmlEntityExpansion from '../../../fixtures/events/hostile/xml-entity-expansion.xml?raw';
import workflowReportPartial from '../../../fixtures/events/mps-workflow/report-partial.json?raw';
import fileUploadSuccess from '../../../fixtures/events/vod-upload/file-upload-success.json?raw';
import snapshotSuccess from '../../../fixtures/events/vod-snapshot/snapshot-success.json?raw';
import transcodePartial from '../../../fixtures/events/vod-transcode/transcode-partial.json?raw';
import transcodeSuccessHls from '../../../fixtures/events/vod-transcode/transcode-success-hls.json?raw';

/** Fixture bodies by a short name. */
export const BODIES = {
  aiAuditBlock,
  aiAuditFailure,
  aiDnaSuccess,
  aiTagSuccess,
  auditBlocked,
  deepObject,
  fileUploadSuccess,
  nonJsonText,
  snapshotSuccess,
  topicJsonMpsJob,
  transcodePartial,
  transcodeSuccessHls,
  workflowReport64kb,
  workflowReportPartial,
} as const;

/** Whole XML documents from the fixtures. */
export const XML_DOCUMENTS = { mnsResponseVod, topicXmlCdata, xmlEntityExpansion } as const;
