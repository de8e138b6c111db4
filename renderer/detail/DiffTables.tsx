import { useMemo, useState } from 'react';

import type { JsonValue } from '../../preload/contract';
import { useT } from '../i18n/i18n-context';
import { countDiff, diffJson, formatPath } from './diff-json';
import type { DiffStatus } from './diff-json';
import { diffLines } from './diff-lines';
import { compactJson } from './format';
import { Section } from './Section';

/** Diff rows rendered at first and per "show more". */
export const DIFF_PAGE_ROWS = 500;

const SYMBOL: Record<DiffStatus, string> = { added: '+', removed: '−', changed: '~', same: '=' };

/** The structural payload diff: one row per path, marked by symbol and word as well as colour. */
export function PayloadDiff({
  left,
  right,
  onlyDifferences,
}: {
  left: JsonValue | undefined;
  right: JsonValue | undefined;
  onlyDifferences: boolean;
}) {
  const t = useT();
  const entries = useMemo(() => diffJson(left, right), [left, right]);
  const counts = useMemo(() => countDiff(entries), [entries]);
  const visible = onlyDifferences ? entries.filter((entry) => entry.status !== 'same') : entries;
  const [shown, setShown] = useState(DIFF_PAGE_ROWS);

  return (
    <Section title={t('detail.compare.payload')}>
      <p className="compare__counts">{t('detail.compare.counts', counts)}</p>
      {visible.length === 0 ? (
        <p className="detail-muted">{t('detail.compare.identical')}</p>
      ) : (
        <div className="detail-table-scroll">
          <table className="detail-table detail-table--grid compare-table compare-table--paths">
            <thead>
              <tr>
                <th scope="col">
                  <span className="visually-hidden">{t('detail.compare.marker')}</span>
                </th>
                <th scope="col">{t('detail.compare.path')}</th>
                <th scope="col">{t('detail.compare.left')}</th>
                <th scope="col">{t('detail.compare.right')}</th>
              </tr>
            </thead>
            <tbody>
              {visible.slice(0, shown).map((entry, index) => (
                <tr key={index} className={`diff--${entry.status}`}>
                  <DiffMarker status={entry.status} />
                  <th scope="row" className="mono compare__path">
                    {formatPath(entry.path)}
                  </th>
                  <DiffValue value={entry.left} />
                  <DiffValue value={entry.right} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ShowMore
        total={visible.length}
        shown={shown}
        onMore={() => setShown((was) => was + DIFF_PAGE_ROWS)}
      />
    </Section>
  );
}

/** A line diff of two raw bodies, for when either is not JSON. */
export function RawLineDiff({
  left,
  right,
  onlyDifferences,
}: {
  left: string;
  right: string;
  onlyDifferences: boolean;
}) {
  const t = useT();
  const rows = useMemo(() => diffLines(left, right), [left, right]);
  const visible = onlyDifferences ? rows.filter((row) => row.status !== 'same') : rows;
  const [shown, setShown] = useState(DIFF_PAGE_ROWS);

  return (
    <Section title={t('detail.compare.raw')}>
      <p className="detail-muted">{t('detail.compare.rawWhy')}</p>
      {visible.length === 0 ? (
        <p className="detail-muted">{t('detail.compare.identicalRaw')}</p>
      ) : (
        <div className="detail-table-scroll">
          <table className="detail-table detail-table--grid compare-table compare-table--lines">
            <thead>
              <tr>
                <th scope="col">
                  <span className="visually-hidden">{t('detail.compare.marker')}</span>
                </th>
                <th scope="col">{t('detail.compare.line')}</th>
                <th scope="col">{t('detail.compare.left')}</th>
                <th scope="col">{t('detail.compare.line')}</th>
                <th scope="col">{t('detail.compare.right')}</th>
              </tr>
            </thead>
            <tbody>
              {visible.slice(0, shown).map((row, index) => (
                <tr key={index} className={`diff--${row.status}`}>
                  <DiffMarker status={row.status} />
                  <td className="mono detail-muted">{row.leftNumber ?? ''}</td>
                  <td className="mono compare__line">{row.status === 'added' ? '' : row.text}</td>
                  <td className="mono detail-muted">{row.rightNumber ?? ''}</td>
                  <td className="mono compare__line">{row.status === 'removed' ? '' : row.text}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ShowMore
        total={visible.length}
        shown={shown}
        onMore={() => setShown((was) => was + DIFF_PAGE_ROWS)}
      />
    </Section>
  );
}

function DiffMarker({ status }: { status: DiffStatus }) {
  const t = useT();
  return (
    <td className="diff-marker">
      <span aria-hidden="true">{SYMBOL[status]}</span>
      <span className="visually-hidden">{t(`detail.diff.${status}`)}</span>
    </td>
  );
}

function DiffValue({ value }: { value: JsonValue | undefined }) {
  const t = useT();
  if (value === undefined) {
    return (
      <td className="compare__value compare__value--absent">
        <span className="detail-muted">{t('detail.compare.absent')}</span>
      </td>
    );
  }
  return <td className="mono compare__value">{compactJson(value, 300)}</td>;
}

function ShowMore({ total, shown, onMore }: { total: number; shown: number; onMore(): void }) {
  const t = useT();
  const remaining = total - shown;
  if (remaining <= 0) return null;
  return (
    <button type="button" className="btn btn--small" onClick={onMore}>
      {t('detail.compare.showMore', { n: Math.min(remaining, DIFF_PAGE_ROWS), remaining })}
    </button>
  );
}
