/** Queue message bodies for topic → queue pushes in the three NotifyContentFormats (spec §7). */
import { escapeXml, SUCCESS_NAMESPACE } from './response-xml';

/** The formats a subscription can push in. */
export type NotifyContentFormat = 'XML' | 'JSON' | 'SIMPLIFIED';

/** What every notification carries about one published message and one subscription. */
export interface NotificationFields {
  accountId: string;
  topic: string;
  subscription: string;
  topicMessageId: string;
  body: string;
  bodyMd5: string;
  tag?: string;
  publishTime: number;
}

/**
 * The queue message body for one subscription. JSON PublishTime is a string, as the docs show;
 * SIMPLIFIED is the published body unchanged (MNS adds no base64 layer of its own).
 */
export function notificationBody(format: NotifyContentFormat, fields: NotificationFields): string {
  if (format === 'SIMPLIFIED') return fields.body;
  if (format === 'JSON') {
    return JSON.stringify({
      TopicOwner: fields.accountId,
      TopicName: fields.topic,
      Subscriber: fields.accountId,
      SubscriptionName: fields.subscription,
      MessageId: fields.topicMessageId,
      Message: fields.body,
      MessageMD5: fields.bodyMd5,
      ...(fields.tag === undefined ? {} : { MessageTag: fields.tag }),
      PublishTime: String(fields.publishTime),
    });
  }
  const element = (name: string, value: string): string => `<${name}>${escapeXml(value)}</${name}>`;
  return (
    '<?xml version="1.0" encoding="utf-8"?>' +
    `<Notification xmlns="${SUCCESS_NAMESPACE}">` +
    element('TopicOwner', fields.accountId) +
    element('TopicName', fields.topic) +
    element('Subscriber', fields.accountId) +
    element('SubscriptionName', fields.subscription) +
    element('MessageId', fields.topicMessageId) +
    element('Message', fields.body) +
    element('MessageMD5', fields.bodyMd5) +
    (fields.tag === undefined ? '' : element('MessageTag', fields.tag)) +
    element('PublishTime', String(fields.publishTime)) +
    '</Notification>'
  );
}
