import type { RenditionView, SnapshotView } from '../../preload/contract';
import { useT } from '../i18n/i18n-context';
import { formatBitrate, formatBytes, formatDuration, formatResolution } from './format';
import { OutcomeBadge } from './OutcomeBadge';
import { Section } from './Section';
import { UrlText } from './UrlText';

const DASH = '—';

/** The outputs of a transcode: one row per definition, with its URL and error below it. */
export function RenditionsSection({ renditions }: { renditions: RenditionView[] }) {
  const t = useT();
  return (
    <Section title={t('detail.renditions.title', { n: renditions.length })}>
      {renditions.length === 0 ? (
        <p className="detail-muted">{t('detail.renditions.none')}</p>
      ) : (
        <div className="detail-table-scroll">
          <table className="detail-table detail-table--grid">
            <thead>
              <tr>
                <th scope="col">{t('detail.renditions.definition')}</th>
                <th scope="col">{t('detail.renditions.format')}</th>
                <th scope="col">{t('detail.renditions.resolution')}</th>
                <th scope="col">{t('detail.renditions.bitrate')}</th>
                <th scope="col">{t('detail.renditions.fps')}</th>
                <th scope="col">{t('detail.renditions.size')}</th>
                <th scope="col">{t('detail.renditions.duration')}</th>
                <th scope="col">{t('detail.renditions.status')}</th>
              </tr>
            </thead>
            {renditions.map((rendition, index) => (
              <RenditionRows key={index} rendition={rendition} />
            ))}
          </table>
        </div>
      )}
    </Section>
  );
}

/** One rendition: its facts, then (if any) its URL, job id and error on a full-width row. */
function RenditionRows({ rendition: r }: { rendition: RenditionView }) {
  const t = useT();
  const format = [
    r.format,
    r.codec,
    r.encrypted === true ? t('detail.renditions.encrypted') : undefined,
  ]
    .filter((part) => part !== undefined && part !== '')
    .join(' · ');
  const hasMore =
    r.url !== undefined ||
    r.jobId !== undefined ||
    r.errorCode !== undefined ||
    r.errorMessage !== undefined;
  return (
    <tbody className={`detail-rendition detail-rendition--${r.status}`}>
      <tr className={hasMore ? 'detail-rendition__main--has-more' : undefined}>
        <th scope="row" className="mono">
          {r.definition ?? DASH}
        </th>
        <td>{format === '' ? DASH : format}</td>
        <td className="mono">{formatResolution(r.width, r.height) || DASH}</td>
        <td className="mono">
          {r.bitrateKbps === undefined ? DASH : formatBitrate(r.bitrateKbps)}
        </td>
        <td className="mono">{r.fps ?? DASH}</td>
        <td className="mono">{r.sizeBytes === undefined ? DASH : formatBytes(r.sizeBytes)}</td>
        <td className="mono">
          {r.durationSeconds === undefined ? DASH : formatDuration(r.durationSeconds)}
        </td>
        <td>
          <OutcomeBadge outcome={r.status} />
        </td>
      </tr>
      {hasMore && (
        <tr className="detail-rendition__more">
          <td colSpan={8}>
            {(r.errorCode !== undefined || r.errorMessage !== undefined) && (
              <p className="detail-error-line">
                {r.errorCode !== undefined && <code>{r.errorCode}</code>} {r.errorMessage}
              </p>
            )}
            {r.url !== undefined && <UrlText url={r.url} />}
            {r.jobId !== undefined && (
              <span className="detail-muted detail-job">
                {t('detail.jobId')} <code>{r.jobId}</code>
              </span>
            )}
          </td>
        </tr>
      )}
    </tbody>
  );
}

/** Snapshot outputs (cover, normal, sprite) and the cover URL. */
export function SnapshotsSection({
  snapshots,
  coverUrl,
}: {
  snapshots: SnapshotView[] | undefined;
  coverUrl: string | undefined;
}) {
  const t = useT();
  return (
    <Section title={t('detail.snapshots.title')}>
      {coverUrl !== undefined && (
        <div className="detail-field">
          <span className="detail-field__label">{t('detail.snapshots.cover')}</span>
          <UrlText url={coverUrl} />
        </div>
      )}
      {snapshots !== undefined && snapshots.length > 0 && (
        <ul className="detail-list">
          {snapshots.map((snapshot, index) => (
            <li key={index} className="detail-list__item">
              <div className="detail-list__head">
                <OutcomeBadge outcome={snapshot.status} />
                <strong>{snapshot.type ?? t('detail.snapshots.untyped')}</strong>
                {snapshot.count !== undefined && (
                  <span className="detail-muted">
                    {t('detail.snapshots.count', { n: snapshot.count })}
                  </span>
                )}
              </div>
              {snapshot.url !== undefined && <UrlText url={snapshot.url} />}
              {snapshot.jobId !== undefined && (
                <span className="detail-muted detail-job">
                  {t('detail.jobId')} <code>{snapshot.jobId}</code>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
