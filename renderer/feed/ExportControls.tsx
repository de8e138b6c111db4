import { useId, useState } from 'react';

import { useT } from '../i18n/i18n-context';
import type { ExportFormat } from '../store/actions-slice';

/** Export as JSON lines or CSV: the selected events, or everything matching the filters. */
export function ExportControls({
  selectedCount,
  total,
  onExport,
}: {
  selectedCount: number;
  total: number;
  onExport(scope: 'selection' | 'filter', format: ExportFormat): void;
}) {
  const t = useT();
  const id = useId();
  const [format, setFormat] = useState<ExportFormat>('jsonl');
  return (
    <div className="export-controls" role="group" aria-label={t('feed.export.label')}>
      <label className="visually-hidden" htmlFor={id}>
        {t('feed.export.format')}
      </label>
      <select
        id={id}
        className="input export-controls__format"
        value={format}
        onChange={(event) => setFormat(event.target.value === 'csv' ? 'csv' : 'jsonl')}
      >
        <option value="jsonl">{t('feed.export.jsonl')}</option>
        <option value="csv">{t('feed.export.csv')}</option>
      </select>
      {selectedCount > 0 && (
        <button
          type="button"
          className="btn btn--small"
          onClick={() => onExport('selection', format)}
        >
          {t('feed.export.selected', { count: selectedCount })}
        </button>
      )}
      <button
        type="button"
        className="btn btn--small"
        disabled={total === 0}
        onClick={() => onExport('filter', format)}
      >
        {t('feed.export.matching', { count: total })}
      </button>
    </div>
  );
}
