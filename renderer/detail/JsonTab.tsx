import { useState } from 'react';

import type { EventDetail } from '../../preload/contract';
import { useEventText, useT } from '../i18n/i18n-context';
import { CopyButton } from './CopyButton';
import { JsonTree } from './JsonTree';
import type { ExpansionMode } from './JsonTree';

/** The JSON tab: the decoded payload as a collapsible tree, or why there is none. */
export function JsonTab({ detail, onShowRaw }: { detail: EventDetail; onShowRaw(): void }) {
  const t = useT();
  const eventText = useEventText();
  // Each "expand all" / "collapse all" remounts the tree so it overrides what the user toggled.
  const [expansion, setExpansion] = useState<{ mode: ExpansionMode; version: number }>({
    mode: 'default',
    version: 0,
  });
  const { payload } = detail;

  if (payload === undefined) {
    return (
      <div className="empty-state">
        <p>{t('detail.json.none')}</p>
        {detail.row.problem !== undefined && (
          <p className="detail-problem">{eventText(detail.row.problem)}</p>
        )}
        <button type="button" className="btn btn--small" onClick={onShowRaw}>
          {t('detail.showRaw')}
        </button>
      </div>
    );
  }

  const apply = (mode: ExpansionMode): void =>
    setExpansion((was) => ({ mode, version: was.version + 1 }));
  return (
    <div className="detail-code-view">
      <div className="detail-toolbar">
        <button type="button" className="btn btn--small" onClick={() => apply('all')}>
          {t('detail.json.expandAll')}
        </button>
        <button type="button" className="btn btn--small" onClick={() => apply('none')}>
          {t('detail.json.collapseAll')}
        </button>
        <span className="detail-toolbar__spacer" />
        <CopyButton text={() => JSON.stringify(payload, null, 2)} label={t('detail.json.copy')} />
      </div>
      <div className="detail-code">
        <JsonTree
          key={expansion.version}
          value={payload}
          mode={expansion.mode}
          label={t('detail.json.treeLabel')}
        />
      </div>
    </div>
  );
}
