// What the user does to events: delete with undo, release, extend a lease, copy and export.
// Watched queues are only peeked, so destructive actions skip their rows with a reason.
import type { ActionResultView, FeedRow } from '../../preload/contract';
import { pluralKey } from './plural-key';
import { canDelete, canRelease, indexQueues, queueFactsFor } from './queue-modes';
import { knownRow } from './selection-slice';
import type { SliceCreator } from './slice';
import { callEngine, errorText } from './store-deps';
import type { StoreDeps } from './store-deps';
import type { ToastText } from './toast-state';

/** The two export formats. */
export type ExportFormat = 'jsonl' | 'csv';

/** The actions on events. */
export interface ActionsSlice {
  /** Deletes the consumed events among `ids` after an undo window. */
  deleteEvents(ids: readonly string[]): Promise<void>;
  undoDelete(ticket: string): Promise<void>;
  /** The engine reports how a delete ticket went. */
  applyActionResults(ticket: string, results: readonly ActionResultView[]): void;
  /** Makes leased events visible to other consumers again. */
  releaseEvents(ids: readonly string[]): Promise<void>;
  extendLease(id: string, seconds: number): Promise<void>;
  /** Exports the given events, or every event matching the current filters. */
  exportEvents(ids: readonly string[] | 'filter', format: ExportFormat): Promise<void>;
  copyMessageIds(ids: readonly string[]): Promise<void>;
  copyBodies(ids: readonly string[]): Promise<void>;
}

/** The most bodies copied at once (each is one engine call). */
export const MAX_COPIED_BODIES = 100;

/** An action on one message that did not succeed. */
export type FailedResult = Extract<ActionResultView, { ok: false }>;

/** Narrows an action result to a failure. */
export function isFailure(result: ActionResultView): result is FailedResult {
  return !result.ok;
}

/** One failed message, in words. */
export function failureLine(result: FailedResult, rowLabel: string): ToastText {
  return {
    key: `feed.failure.${result.failure}`,
    values: { id: rowLabel, message: result.message },
  };
}

/** Creates the actions slice. */
export function createActionsSlice(deps: StoreDeps): SliceCreator<ActionsSlice> {
  return (_set, get) => {
    const rowsFor = (ids: readonly string[]): FeedRow[] => {
      const state = get();
      return ids.map((id) => knownRow(state, id)).filter((row) => row !== undefined);
    };
    const modeOf = (): ((row: FeedRow) => ReturnType<typeof queueFactsFor>['mode']) => {
      const index = indexQueues(get().statuses, get().settings);
      return (row) => queueFactsFor(index, row).mode;
    };
    const labelOf = (id: string): string => knownRow(get(), id)?.messageId ?? id;
    const engineError = (error: unknown): void => {
      get().pushToast({
        tone: 'error',
        text: { key: 'feed.toast.engineError', values: { message: errorText(error) } },
      });
    };

    return {
      deleteEvents: async (ids) => {
        const api = deps.api;
        if (api === undefined) return;
        const mode = modeOf();
        const rows = rowsFor(ids);
        const deletable = rows.filter((row) => canDelete(row, mode(row)));
        if (deletable.length === 0) {
          get().pushToast({ tone: 'warning', text: { key: 'feed.toast.nothingToDelete' } });
          return;
        }
        const skipped = rows.length - deletable.length;
        try {
          const pending = await callEngine(() =>
            api.deleteMessages({ ids: deletable.map((row) => row.id) }),
          );
          get().pushToast({
            tone: 'info',
            text: { key: 'feed.toast.deletePending', values: { count: pending.ids.length } },
            details:
              skipped > 0
                ? [
                    {
                      key: pluralKey('feed.toast.skippedWatched', skipped),
                      values: { count: skipped },
                    },
                  ]
                : [],
            persistent: true,
            undo: { ticket: pending.ticket, count: pending.ids.length, sendsAt: pending.sendsAt },
          });
        } catch (error) {
          engineError(error);
        }
      },

      undoDelete: async (ticket) => {
        const api = deps.api;
        if (api === undefined) return;
        try {
          const { undone } = await callEngine(() => api.undoDelete({ ticket }));
          get().settleTicketToast(
            ticket,
            undone
              ? { tone: 'success', text: { key: 'feed.toast.undone' } }
              : { tone: 'warning', text: { key: 'feed.toast.undoTooLate' } },
          );
        } catch (error) {
          engineError(error);
        }
      },

      applyActionResults: (ticket, results) => {
        const failed = results.filter(isFailure).filter((r) => r.failure !== 'undone');
        const deleted = results.filter((r) => r.ok).length;
        if (failed.length === 0 && deleted === 0) {
          get().settleTicketToast(ticket, { tone: 'success', text: { key: 'feed.toast.undone' } });
        } else if (failed.length === 0) {
          get().settleTicketToast(ticket, {
            tone: 'success',
            text: { key: pluralKey('feed.toast.deleted', deleted), values: { count: deleted } },
          });
        } else {
          get().settleTicketToast(ticket, {
            tone: 'error',
            text: {
              key: 'feed.toast.deleteFailed',
              values: { failed: failed.length, count: results.length },
            },
            details: failed.map((r) => failureLine(r, labelOf(r.id))),
          });
        }
      },

      releaseEvents: async (ids) => {
        const api = deps.api;
        if (api === undefined) return;
        const mode = modeOf();
        const releasable = rowsFor(ids).filter((row) => canRelease(row, mode(row)));
        if (releasable.length === 0) {
          get().pushToast({ tone: 'warning', text: { key: 'feed.toast.nothingToRelease' } });
          return;
        }
        try {
          const results = await Promise.all(
            releasable.map((row) => callEngine(() => api.releaseMessage({ id: row.id }))),
          );
          const failed = results.filter(isFailure);
          if (failed.length === 0) {
            get().pushToast({
              tone: 'success',
              text: {
                key: pluralKey('feed.toast.released', results.length),
                values: { count: results.length },
              },
            });
          } else {
            get().pushToast({
              tone: 'error',
              text: {
                key: 'feed.toast.releaseFailed',
                values: { failed: failed.length, count: results.length },
              },
              details: failed.map((r) => failureLine(r, labelOf(r.id))),
            });
          }
        } catch (error) {
          engineError(error);
        }
      },

      extendLease: async (id, seconds) => {
        const api = deps.api;
        if (api === undefined) return;
        try {
          const result = await callEngine(() => api.extendLease({ id, seconds }));
          get().pushToast(
            isFailure(result)
              ? {
                  tone: 'error',
                  text: { key: 'feed.toast.extendFailed' },
                  details: [failureLine(result, labelOf(id))],
                }
              : { tone: 'success', text: { key: 'feed.toast.extended', values: { seconds } } },
          );
        } catch (error) {
          engineError(error);
        }
      },

      exportEvents: async (ids, format) => {
        const api = deps.api;
        if (api === undefined) return;
        try {
          const request =
            ids === 'filter' ? { query: get().feed.query, format } : { ids: [...ids], format };
          const file = await callEngine(() => api.exportEvents(request));
          deps.saveFile(file);
          get().pushToast({
            tone: 'success',
            text: {
              key: pluralKey('feed.toast.exported', file.count),
              values: { count: file.count, file: file.fileName },
            },
          });
        } catch (error) {
          engineError(error);
        }
      },

      copyMessageIds: async (ids) => {
        const messageIds = ids.map(labelOf);
        try {
          await deps.copyText(messageIds.join('\n'));
          get().pushToast({
            tone: 'success',
            text: {
              key: pluralKey('feed.toast.copiedIds', messageIds.length),
              values: { count: messageIds.length },
            },
          });
        } catch (error) {
          engineError(error);
        }
      },

      copyBodies: async (ids) => {
        const api = deps.api;
        if (api === undefined) return;
        try {
          const details = await Promise.all(
            ids.slice(0, MAX_COPIED_BODIES).map((id) => callEngine(() => api.getEvent({ id }))),
          );
          const bodies = details.flatMap((d) => (d === null ? [] : [d.rawBody]));
          await deps.copyText(bodies.join('\n'));
          get().pushToast({
            tone: 'success',
            text: {
              key: pluralKey('feed.toast.copiedBodies', bodies.length),
              values: { count: bodies.length },
            },
          });
        } catch (error) {
          engineError(error);
        }
      },
    };
  };
}
