import { useCallback, useState } from 'react';

import { errorMessage } from './error-message';

/** What running an action gave: its value, or nothing because it failed (the error is in state). */
export type ActionOutcome<T> = { ok: true; value: T } | { ok: false };

/** One async action's pending flag and last error, for busy buttons and error text next to them. */
export interface AsyncAction {
  pending: boolean;
  error: string | undefined;
  run<T>(action: () => Promise<T>): Promise<ActionOutcome<T>>;
  clearError(): void;
}

/** Runs engine calls one at a time and keeps what the UI needs to show about them. */
export function useAsyncAction(): AsyncAction {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);

  const run = useCallback(async <T>(action: () => Promise<T>): Promise<ActionOutcome<T>> => {
    setPending(true);
    setError(undefined);
    try {
      const value = await action();
      return { ok: true, value };
    } catch (caught) {
      setError(errorMessage(caught));
      return { ok: false };
    } finally {
      setPending(false);
    }
  }, []);

  const clearError = useCallback(() => setError(undefined), []);

  return { pending, error, run, clearError };
}
