import { useState } from 'react';

import type { DisplayPreferences, NotificationPreferencesView } from '../../preload/contract';
import { useLanguage, useT } from '../i18n/i18n-context';
import { nextOccurrence } from './notification-rules';
import { useNow } from './use-now';

const HOUR_MS = 60 * 60 * 1000;

function formatUntil(ms: number, language: string, zone: DisplayPreferences['timeZone']): string {
  return new Intl.DateTimeFormat(language, {
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    ...(zone === 'utc' ? { timeZone: 'UTC', timeZoneName: 'short' } : {}),
  }).format(ms);
}

/** Silences notifications for a while: an hour, until a time, or back on. Applies at once. */
export function MuteControls(props: {
  saved: NotificationPreferencesView;
  timeZone: DisplayPreferences['timeZone'];
  pending: boolean;
  onMute(until: number | undefined): void;
}) {
  const t = useT();
  const language = useLanguage();
  const now = useNow(30_000);
  const [until, setUntil] = useState('08:00');
  const mutedUntil = props.saved.mutedUntil;

  if (mutedUntil !== undefined && mutedUntil > now) {
    return (
      <div className="settings-mute">
        <p className="settings-mute__state">
          <span className="badge badge--warning">{t('settings.mute.muted')}</span>
          {t('settings.mute.until', { time: formatUntil(mutedUntil, language, props.timeZone) })}
        </p>
        <button
          type="button"
          className="btn"
          disabled={props.pending}
          onClick={() => props.onMute(undefined)}
        >
          {t('settings.mute.unmute')}
        </button>
      </div>
    );
  }
  const untilAt = nextOccurrence(until, new Date(now));
  return (
    <div className="settings-mute">
      <button
        type="button"
        className="btn"
        disabled={props.pending}
        onClick={() => props.onMute(Date.now() + HOUR_MS)}
      >
        {t('settings.mute.hour')}
      </button>
      <span className="settings-mute__or">{t('settings.mute.or')}</span>
      <input
        type="time"
        className="input"
        aria-label={t('settings.mute.untilTime')}
        value={until}
        onChange={(event) => setUntil(event.target.value)}
      />
      <button
        type="button"
        className="btn"
        disabled={props.pending || untilAt === undefined}
        onClick={() => {
          // Computed at click time: the rendered `now` may be half a minute old.
          const at = nextOccurrence(until, new Date());
          if (at !== undefined) props.onMute(at);
        }}
      >
        {t('settings.mute.untilButton')}
      </button>
    </div>
  );
}
