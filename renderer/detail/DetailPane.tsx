import { useId, useState } from 'react';

import type { EventDetail, FeedRow, QueueMode } from '../../preload/contract';
import { useT } from '../i18n/i18n-context';
import type { Translate } from '../i18n/i18n-context';
import type { TimeZoneChoice } from '../ui/time-format';
import { ActionBar } from './ActionBar';
import { DetailHeader } from './DetailHeader';
import { JsonTab } from './JsonTab';
import { PropertiesTab } from './PropertiesTab';
import { RawTab } from './RawTab';
import { SummaryTab } from './SummaryTab';
import { panelDomId, tabDomId, TabList } from './Tabs';
import type { TabDefinition } from './Tabs';
import { XmlTab } from './XmlTab';
import './detail.css';

/** The tabs of the detail pane. */
export type DetailTabId = 'summary' | 'json' | 'xml' | 'raw' | 'properties';

const TAB_IDS: readonly DetailTabId[] = ['summary', 'json', 'xml', 'raw', 'properties'];

/** Props of the detail pane; the parent owns loading, the clock and the actions. */
export interface DetailPaneProps {
  row: FeedRow;
  /** Undefined while loading (the header and actions already work from `row`). */
  detail: EventDetail | undefined;
  /** Why loading the detail failed: a whole sentence, shown as given. */
  error: string | undefined;
  /** How the message's queue is read; undefined when the queue is no longer configured. */
  mode: QueueMode | undefined;
  timeZone: TimeZoneChoice;
  /** Epoch ms, ticked by the parent for the lease countdown. */
  now: number;
  onDelete(): void;
  onRelease(): void;
  onExtend(seconds: number): void;
  onCompare(): void;
  onClose(): void;
}

/** One message in full: header, actions, and the Summary/JSON/XML/Raw/Properties tabs. */
export function DetailPane(props: DetailPaneProps) {
  const { row, detail, error, timeZone, now } = props;
  const t = useT();
  const idPrefix = useId();
  const headingId = `${idPrefix}-heading`;
  // The chosen tab survives moving to another message: people compare one view across messages.
  const [selected, setSelected] = useState<DetailTabId>('summary');
  const tabs = tabDefinitions(t);

  return (
    <section className="detail" aria-labelledby={headingId}>
      <DetailHeader row={row} timeZone={timeZone} now={now} headingId={headingId} />
      <ActionBar
        row={row}
        mode={props.mode}
        now={now}
        onDelete={props.onDelete}
        onRelease={props.onRelease}
        onExtend={props.onExtend}
        onCompare={props.onCompare}
        onClose={props.onClose}
      />
      {row.lastError !== undefined && (
        <div className="banner banner--warning detail-banner" role="status">
          {t('detail.lastError', { error: row.lastError })}
        </div>
      )}
      {error !== undefined && (
        <div className="banner banner--error detail-banner" role="alert">
          {error}
        </div>
      )}
      {detail === undefined ? (
        error === undefined && <LoadingState />
      ) : (
        <div className="detail-body">
          <TabList<DetailTabId>
            tabs={tabs}
            selected={selected}
            onSelect={setSelected}
            idPrefix={idPrefix}
            label={t('detail.tabs.label')}
          />
          {TAB_IDS.map((id) => (
            <div
              key={id}
              role="tabpanel"
              id={panelDomId(idPrefix, id)}
              aria-labelledby={tabDomId(idPrefix, id)}
              hidden={id !== selected}
              tabIndex={0}
              className="detail-panel"
            >
              {/* Only the visible panel renders, and it restarts for each message. */}
              {id === selected && (
                <TabContent
                  key={detail.row.id}
                  tab={id}
                  detail={detail}
                  timeZone={timeZone}
                  onShowRaw={() => setSelected('raw')}
                />
              )}
            </div>
          ))}
        </div>
      )}
    </section>
  );
}

function TabContent({
  tab,
  detail,
  timeZone,
  onShowRaw,
}: {
  tab: DetailTabId;
  detail: EventDetail;
  timeZone: TimeZoneChoice;
  onShowRaw(): void;
}) {
  switch (tab) {
    case 'summary':
      return <SummaryTab detail={detail} timeZone={timeZone} onShowRaw={onShowRaw} />;
    case 'json':
      return <JsonTab detail={detail} onShowRaw={onShowRaw} />;
    case 'xml':
      return <XmlTab rawXml={detail.rawXml} />;
    case 'raw':
      return <RawTab detail={detail} timeZone={timeZone} />;
    case 'properties':
      return <PropertiesTab detail={detail} timeZone={timeZone} />;
  }
}

function LoadingState() {
  const t = useT();
  return (
    <div className="detail-loading" role="status">
      <span className="detail-loading__bar" aria-hidden="true" />
      <span className="detail-loading__bar detail-loading__bar--short" aria-hidden="true" />
      <span>{t('detail.loading')}</span>
    </div>
  );
}

function tabDefinitions(t: Translate): TabDefinition<DetailTabId>[] {
  return [
    { id: 'summary', label: t('detail.tab.summary') },
    { id: 'json', label: t('detail.tab.json') },
    { id: 'xml', label: t('detail.tab.xml') },
    { id: 'raw', label: t('detail.tab.raw') },
    { id: 'properties', label: t('detail.tab.properties') },
  ];
}
