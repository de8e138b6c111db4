import type { EventOutcome } from '../../preload/contract';
import { useT } from '../i18n/i18n-context';

const GLYPH: Record<EventOutcome, string> = {
  success: '✓',
  partial: '!',
  failure: '✕',
  'in-progress': '…',
  unknown: '?',
};

/** The outcome as a coloured glyph with its name for screen readers (colour is never the only cue). */
export function OutcomeIcon({ outcome }: { outcome: EventOutcome }) {
  const t = useT();
  return (
    <span
      className={`outcome-icon outcome-icon--${outcome}`}
      role="img"
      aria-label={t(`outcome.${outcome}`)}
      title={t(`outcome.${outcome}`)}
    >
      {GLYPH[outcome]}
    </span>
  );
}
