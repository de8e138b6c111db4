import { useT } from '../i18n/i18n-context';
import { pluralKey } from '../store/plural-key';

/** "N new events" above a list the user has scrolled down; a click goes back to the newest. */
export function NewEventsPill({ count, onJump }: { count: number; onJump(): void }) {
  const t = useT();
  if (count <= 0) return null;
  return (
    <button type="button" className="btn btn--small new-events-pill" onClick={onJump}>
      <span aria-hidden="true">↑</span> {t(pluralKey('feed.list.newEvents', count), { count })}
    </button>
  );
}
