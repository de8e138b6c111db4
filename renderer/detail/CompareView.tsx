import { useId, useMemo, useState } from 'react';

import type { EventDetail } from '../../preload/contract';
import { useEventText, useT } from '../i18n/i18n-context';
import { OutcomeIcon } from '../ui/OutcomeIcon';
import { formatExact } from '../ui/time-format';
import type { TimeZoneChoice } from '../ui/time-format';
import { compareProperties } from './compare-properties';
import { PayloadDiff, RawLineDiff } from './DiffTables';
import { Section } from './Section';
import './detail.css';

/** Two messages side by side: their properties, then a structural diff of their payloads. */
export function CompareView(props: {
  left: EventDetail;
  right: EventDetail;
  onClose(): void;
  /** Clock for exact times; local unless given. */
  timeZone?: TimeZoneChoice;
}) {
  const { left, right, onClose, timeZone = 'local' } = props;
  const t = useT();
  const headingId = useId();
  const [onlyDifferences, setOnlyDifferences] = useState(true);
  const properties = useMemo(
    () => compareProperties(left, right, t, timeZone),
    [left, right, t, timeZone],
  );
  const bothJson = left.payload !== undefined && right.payload !== undefined;

  return (
    <section className="detail compare" aria-labelledby={headingId}>
      <header className="compare__header">
        <h2 id={headingId} tabIndex={-1}>
          {t('detail.compare.title')}
        </h2>
        <span className="detail-toolbar__spacer" />
        <label className="compare__only">
          <input
            type="checkbox"
            checked={onlyDifferences}
            onChange={(event) => setOnlyDifferences(event.target.checked)}
          />
          {t('detail.compare.onlyDifferences')}
        </label>
        <button type="button" className="btn" onClick={onClose}>
          {t('detail.actions.close')}
        </button>
      </header>
      <div className="compare__sides">
        <SideCard detail={left} side={t('detail.compare.left')} timeZone={timeZone} />
        <SideCard detail={right} side={t('detail.compare.right')} timeZone={timeZone} />
      </div>
      <Section title={t('detail.compare.properties')}>
        <table className="detail-table detail-table--grid compare-table compare-table--properties">
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">{t('detail.compare.marker')}</span>
              </th>
              <th scope="col">{t('detail.compare.property')}</th>
              <th scope="col">{t('detail.compare.left')}</th>
              <th scope="col">{t('detail.compare.right')}</th>
            </tr>
          </thead>
          <tbody>
            {properties
              .filter((row) => !onlyDifferences || !row.same)
              .map((row) => (
                <tr key={row.label} className={row.same ? 'diff--same' : 'diff--changed'}>
                  <td className="diff-marker">
                    <span aria-hidden="true">{row.same ? '=' : '≠'}</span>
                    <span className="visually-hidden">
                      {row.same ? t('detail.diff.same') : t('detail.diff.changed')}
                    </span>
                  </td>
                  <th scope="row">{t(row.label)}</th>
                  <td className="mono">{row.left}</td>
                  <td className="mono">{row.right}</td>
                </tr>
              ))}
          </tbody>
        </table>
        {onlyDifferences && properties.every((row) => row.same) && (
          <p className="detail-muted">{t('detail.compare.noPropertyDifferences')}</p>
        )}
      </Section>
      {bothJson ? (
        <PayloadDiff left={left.payload} right={right.payload} onlyDifferences={onlyDifferences} />
      ) : (
        <RawLineDiff left={left.rawBody} right={right.rawBody} onlyDifferences={onlyDifferences} />
      )}
    </section>
  );
}

function SideCard({
  detail,
  side,
  timeZone,
}: {
  detail: EventDetail;
  side: string;
  timeZone: TimeZoneChoice;
}) {
  const { row } = detail;
  const eventText = useEventText();
  return (
    <div className="compare__side panel">
      <span className="compare__side-label">{side}</span>
      <div className="detail-header__title-row">
        <OutcomeIcon outcome={row.outcome} />
        <strong className="compare__side-title">{eventText(row.title)}</strong>
      </div>
      <span className="detail-muted mono">
        {row.eventType} · {formatExact(row.time, timeZone)}
      </span>
    </div>
  );
}
