import { useEffect, useState } from 'react';

import { useT } from '../i18n/i18n-context';

type CopyStatus = 'idle' | 'copied' | 'failed';

/** How long "Copied" stays on the button before it reads "Copy" again. */
const FEEDBACK_MS = 1500;

/**
 * A small "Copy" button. `text` may be a function so that big values (pretty JSON of a 1 MB
 * payload) are only built when the user actually copies.
 */
export function CopyButton({ text, label }: { text: string | (() => string); label?: string }) {
  const t = useT();
  const [status, setStatus] = useState<CopyStatus>('idle');

  useEffect(() => {
    if (status === 'idle') return undefined;
    const timer = setTimeout(() => setStatus('idle'), FEEDBACK_MS);
    return () => clearTimeout(timer);
  }, [status]);

  const copy = (): void => {
    // navigator.clipboard is missing outside secure contexts (and in jsdom).
    const clipboard = navigator.clipboard as Clipboard | undefined;
    if (clipboard === undefined) {
      setStatus('failed');
      return;
    }
    clipboard.writeText(typeof text === 'function' ? text() : text).then(
      () => setStatus('copied'),
      () => setStatus('failed'),
    );
  };

  const caption =
    status === 'copied'
      ? t('detail.copy.done')
      : status === 'failed'
        ? t('detail.copy.failed')
        : t('detail.copy');
  return (
    <>
      <button
        type="button"
        className="btn btn--small detail-copy"
        onClick={copy}
        aria-label={label}
        data-status={status}
      >
        {caption}
      </button>
      <span className="visually-hidden" aria-live="polite">
        {status === 'idle' ? '' : caption}
      </span>
    </>
  );
}
