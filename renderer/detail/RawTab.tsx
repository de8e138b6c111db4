import { useMemo, useState } from 'react';

import type { EventDetail, LayerView } from '../../preload/contract';
import { useLanguage, useT } from '../i18n/i18n-context';
import type { Translate } from '../i18n/i18n-context';
import { formatExact } from '../ui/time-format';
import type { TimeZoneChoice } from '../ui/time-format';
import { CopyButton } from './CopyButton';
import { formatBytes, utf8Length } from './format';
import { Section } from './Section';
import { WrapToggle } from './XmlTab';

/** Characters shown before "Show all": one text node this size still lays out quickly. */
export const RAW_DISPLAY_LIMIT = 256 * 1024;

/** The Raw tab: the body exactly as received, its size, and the wrappers taken off it. */
export function RawTab({ detail, timeZone }: { detail: EventDetail; timeZone: TimeZoneChoice }) {
  const t = useT();
  const language = useLanguage();
  const [wrap, setWrap] = useState(true);
  const [showAll, setShowAll] = useState(false);
  const { rawBody } = detail;
  const bytes = useMemo(() => utf8Length(rawBody), [rawBody]);
  const cut = !showAll && rawBody.length > RAW_DISPLAY_LIMIT;

  return (
    <div className="detail-code-view">
      <div className="detail-toolbar">
        <WrapToggle wrap={wrap} onToggle={() => setWrap((was) => !was)} />
        <span className="detail-raw__size">
          {t('detail.raw.bytes', { n: bytes.toLocaleString(language), size: formatBytes(bytes) })}
        </span>
        <span className="detail-toolbar__spacer" />
        <CopyButton text={rawBody} label={t('detail.raw.copy')} />
      </div>
      {rawBody === '' ? (
        <p className="empty-state">{t('detail.raw.empty')}</p>
      ) : (
        <pre
          className={`detail-code detail-raw${wrap ? ' detail-code--wrap' : ''}`}
          aria-label={t('detail.raw.label')}
          tabIndex={0}
        >
          {cut ? rawBody.slice(0, RAW_DISPLAY_LIMIT) : rawBody}
        </pre>
      )}
      {cut && (
        <button type="button" className="btn btn--small" onClick={() => setShowAll(true)}>
          {t('detail.raw.showAll', { n: rawBody.length.toLocaleString(language) })}
        </button>
      )}
      <Section title={t('detail.raw.layers')}>
        {detail.layers.length === 0 ? (
          <p className="detail-muted">{t('detail.raw.noLayers')}</p>
        ) : (
          <ol className="detail-layers">
            {detail.layers.map((layer, index) => (
              <li key={index}>{describeLayer(layer, t, timeZone)}</li>
            ))}
          </ol>
        )}
        <p className="detail-muted">
          {detail.payload === undefined ? t('detail.raw.endNotJson') : t('detail.raw.endJson')}
        </p>
      </Section>
    </div>
  );
}

/** One wrapper in words. */
export function describeLayer(layer: LayerView, t: Translate, timeZone: TimeZoneChoice): string {
  switch (layer.kind) {
    case 'base64':
      return t('detail.layer.base64');
    case 'mns-response':
      return t('detail.layer.mnsResponse', { id: layer.messageId ?? '—' });
    case 'topic-json':
    case 'topic-xml':
      return t(layer.kind === 'topic-json' ? 'detail.layer.topicJson' : 'detail.layer.topicXml', {
        topic: layer.topicName ?? '—',
        owner: layer.topicOwner ?? '—',
        subscription: layer.subscriptionName ?? '—',
        id: layer.messageId ?? '—',
        tag: layer.messageTag ?? '—',
        time: layer.publishTime === undefined ? '—' : formatExact(layer.publishTime, timeZone),
      });
  }
}
