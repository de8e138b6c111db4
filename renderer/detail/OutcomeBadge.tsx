import type { EventOutcome } from '../../preload/contract';
import { useT } from '../i18n/i18n-context';

const GLYPH: Record<EventOutcome, string> = {
  success: '✓',
  partial: '!',
  failure: '✕',
  'in-progress': '…',
  unknown: '?',
};

/** An outcome as a badge with a glyph and a word, so colour is never the only cue. */
export function OutcomeBadge({ outcome, text }: { outcome: EventOutcome; text?: string }) {
  const t = useT();
  const modifier = outcome === 'unknown' ? '' : ` badge--${outcome}`;
  return (
    <span className={`badge${modifier}`}>
      <span aria-hidden="true">{GLYPH[outcome]}</span>
      {text ?? t(`outcome.${outcome}`)}
    </span>
  );
}
