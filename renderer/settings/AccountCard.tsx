import { useState } from 'react';

import type { AccountView, Api, QueueMode } from '../../preload/contract';
import { useT } from '../i18n/i18n-context';
import { useAsyncAction } from '../setup/use-async-action';
import { ConfirmDialog } from './ConfirmDialog';
import { QueueRow } from './QueueRow';

/** A change waiting for the user's yes. */
type Pending = { kind: 'consume'; regionId: string; queue: string } | { kind: 'remove' };

/** Where the account's secret is, as a badge; demo and session-only stand out. */
function SourceBadge({ account }: { account: AccountView }) {
  const t = useT();
  switch (account.credentialSource) {
    case 'demo':
      return <span className="badge badge--demo">{t('settings.account.demo')}</span>;
    case 'session':
      return <span className="badge badge--warning">{t('settings.account.session')}</span>;
    case 'keychain':
      return <span className="badge">{t('settings.account.keychain')}</span>;
  }
}

/** One account in settings: who it is, its queues and how they are read, edit and remove. */
export function AccountCard(props: { api: Api; account: AccountView; onEdit(id: string): void }) {
  const { api, account } = props;
  const t = useT();
  const action = useAsyncAction();
  const [confirm, setConfirm] = useState<Pending | undefined>(undefined);
  const demo = account.credentialSource === 'demo';

  const change = async (
    regionId: string,
    queue: string,
    patch: { mode?: QueueMode; paused?: boolean },
  ) => action.run(() => api.setQueueMode({ profileId: account.id, regionId, queue, ...patch }));

  const chooseMode = (regionId: string, queue: string, mode: QueueMode) => {
    // Watch never harms anyone; Consume takes messages, so it needs a yes first.
    if (mode === 'consume') setConfirm({ kind: 'consume', regionId, queue });
    else void change(regionId, queue, { mode });
  };

  const confirmPending = async () => {
    if (confirm === undefined) return;
    const outcome =
      confirm.kind === 'remove'
        ? await action.run(() => api.removeAccount({ id: account.id }))
        : await change(confirm.regionId, confirm.queue, { mode: 'consume' });
    if (outcome.ok) setConfirm(undefined);
  };

  return (
    <article className="account-card" aria-label={account.name}>
      <header className="account-card__header">
        <div className="account-card__identity">
          <div className="account-card__title">
            <h4>{account.name}</h4>
            <SourceBadge account={account} />
          </div>
          <p className="account-card__meta">
            <span>
              {t('settings.account.accountId')} <span className="mono">{account.accountId}</span>
            </span>
            {!demo && (
              <span>
                {t('settings.account.keyId')}{' '}
                <span className="mono">{account.accessKeyIdMasked}</span>
              </span>
            )}
          </p>
        </div>
        <div className="account-card__actions">
          {!demo && (
            <button
              type="button"
              className="btn btn--small"
              onClick={() => props.onEdit(account.id)}
            >
              {t('settings.account.edit')}
            </button>
          )}
          <button
            type="button"
            className="btn btn--small btn--danger"
            onClick={() => setConfirm({ kind: 'remove' })}
          >
            {t('settings.account.remove')}
          </button>
        </div>
      </header>

      {!account.hasSecret && !demo && (
        <div className="banner banner--warning account-card__warning">
          <span>{t('settings.account.noSecret')}</span>
          <button type="button" className="btn btn--small" onClick={() => props.onEdit(account.id)}>
            {t('settings.account.enterSecret')}
          </button>
        </div>
      )}

      {account.regions.map((region) => (
        <div key={region.regionId} className="account-card__region">
          <p className="account-card__region-name">
            <span className="mono">{region.regionId}</span>
            {region.endpoint !== undefined && (
              <span className="field__hint mono">{region.endpoint}</span>
            )}
          </p>
          {region.queues.length === 0 ? (
            <p className="field__hint">{t('settings.account.noQueues')}</p>
          ) : (
            <ul className="account-card__queues">
              {region.queues.map((queue) => (
                <QueueRow
                  key={queue.name}
                  queue={queue}
                  busy={action.pending}
                  onMode={(mode) => chooseMode(region.regionId, queue.name, mode)}
                  onPause={(paused) => void change(region.regionId, queue.name, { paused })}
                />
              ))}
            </ul>
          )}
        </div>
      ))}

      {action.error !== undefined && confirm === undefined && (
        <p role="alert" className="banner banner--error settings-status">
          {t('settings.notSaved', { message: action.error })}
        </p>
      )}

      {confirm !== undefined && (
        <ConfirmDialog
          title={
            confirm.kind === 'remove'
              ? t('settings.remove.title', { name: account.name })
              : t('settings.consume.title', { queue: confirm.queue })
          }
          body={
            confirm.kind === 'remove'
              ? t('settings.remove.body')
              : t('settings.consume.body', { queue: confirm.queue })
          }
          confirmLabel={
            confirm.kind === 'remove' ? t('settings.remove.confirm') : t('settings.consume.confirm')
          }
          danger={confirm.kind === 'remove'}
          pending={action.pending}
          error={action.error}
          onConfirm={() => void confirmPending()}
          onCancel={() => {
            action.clearError();
            setConfirm(undefined);
          }}
        />
      )}
    </article>
  );
}
