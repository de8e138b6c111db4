// The bar above the feed: list or timeline, export, and actions on the selection.
import { useMemo } from 'react';
import { useStore } from 'zustand';

import type { AppStore } from '../store/app-store';
import { canDelete, canRelease, queueFactsFor } from '../store/queue-modes';
import type { QueueFactsIndex } from '../store/queue-modes';
import { ExportControls } from './ExportControls';
import { ExportMenu } from './ExportMenu';
import { SelectionActions } from './SelectionActions';
import type { SelectionCounts } from './SelectionActions';
import { ViewToggle } from './ViewToggle';

/** The feed toolbar, connected to the store; `compact` folds the export controls into a menu. */
export function FeedToolbar({
  store,
  queues,
  compact = false,
}: {
  store: AppStore;
  queues: QueueFactsIndex;
  compact?: boolean;
}) {
  const view = useStore(store, (s) => s.view);
  const total = useStore(store, (s) => s.feed.total);
  const ids = useStore(store, (s) => s.selection.ids);
  const rows = useStore(store, (s) => s.selectedRows);

  const counts = useMemo<SelectionCounts>(() => {
    const counted: SelectionCounts = {
      selected: ids.length,
      deletable: 0,
      releasable: 0,
      watched: 0,
    };
    for (const row of rows.values()) {
      const { mode } = queueFactsFor(queues, row);
      if (mode === 'watch') counted.watched += 1;
      if (canDelete(row, mode)) counted.deletable += 1;
      if (canRelease(row, mode)) counted.releasable += 1;
    }
    return counted;
  }, [ids, rows, queues]);

  const act = store.getState;
  const Export = compact ? ExportMenu : ExportControls;
  return (
    <div className="feed-toolbar">
      <ViewToggle view={view} onChange={(next) => act().setView(next)} />
      <Export
        selectedCount={ids.length}
        total={total}
        onExport={(scope, format) =>
          void act().exportEvents(scope === 'filter' ? 'filter' : ids, format)
        }
      />
      <SelectionActions
        counts={counts}
        onDelete={() => void act().deleteEvents(ids)}
        onRelease={() => void act().releaseEvents(ids)}
        onCopyIds={() => void act().copyMessageIds(ids)}
        onCopyBodies={() => void act().copyBodies(ids)}
        onClear={() => act().clearSelection()}
      />
    </div>
  );
}
