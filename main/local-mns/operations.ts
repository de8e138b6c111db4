/** The operation names the audit log and fault matching use (the MNS API action names). */
export const MNS_OPERATIONS = [
  'ListQueue',
  'CreateQueue',
  'SetQueueAttributes',
  'GetQueueAttributes',
  'DeleteQueue',
  'SendMessage',
  'BatchSendMessage',
  'ReceiveMessage',
  'BatchReceiveMessage',
  'PeekMessage',
  'BatchPeekMessage',
  'DeleteMessage',
  'BatchDeleteMessage',
  'ChangeMessageVisibility',
  'ListTopic',
  'CreateTopic',
  'SetTopicAttributes',
  'GetTopicAttributes',
  'DeleteTopic',
  'PublishMessage',
  'Subscribe',
  'Unsubscribe',
  'SetSubscriptionAttributes',
  'GetSubscriptionAttributes',
  'ListSubscriptionByTopic',
  'Unknown',
] as const;

/** One MNS operation, or 'Unknown' for requests that match no route. */
export type MnsOperation = (typeof MNS_OPERATIONS)[number];

/** Operations that hand out messages and may long-poll. */
export const RECEIVE_OPERATIONS: ReadonlySet<MnsOperation> = new Set([
  'ReceiveMessage',
  'BatchReceiveMessage',
]);

/** Operations whose response carries message bodies. */
export const MESSAGE_READ_OPERATIONS: ReadonlySet<MnsOperation> = new Set([
  'ReceiveMessage',
  'BatchReceiveMessage',
  'PeekMessage',
  'BatchPeekMessage',
]);

/** Operations answering with a `<Messages>` list. */
export const BATCH_READ_OPERATIONS: ReadonlySet<MnsOperation> = new Set([
  'BatchReceiveMessage',
  'BatchPeekMessage',
]);
