import type { AccountView, SettingsView } from '../../../preload/contract';
import type { VaultStatus } from '../../engine/credentials/credential-vault';
import type { Settings } from '../../engine/settings/settings-schema';
import { savedFilterViews } from './saved-filters';

/** "LTAI…x7Qp": enough to recognise a key, not enough to use it. */
export function maskAccessKeyId(id: string): string {
  // Real ids are 16–30 characters; a short one shows less so most of it stays hidden.
  if (id.length <= 12) return `${id.slice(0, 2)}…`;
  return `${id.slice(0, 4)}…${id.slice(-4)}`;
}

/** The settings as the renderer may see them: key ids masked, no secrets anywhere. */
export function toSettingsView(
  settings: Settings,
  vault: VaultStatus,
  hasSecret: ReadonlySet<string>,
  startAtLogin: boolean | undefined,
): SettingsView {
  const accounts: AccountView[] = settings.accounts.map((account) => ({
    id: account.id,
    name: account.name,
    accountId: account.accountId,
    accessKeyIdMasked: maskAccessKeyId(account.accessKeyId),
    credentialSource: account.credentialSource,
    hasSecret: hasSecret.has(account.id),
    regions: account.regions.map((region) => ({
      regionId: region.regionId,
      endpoint: region.endpoint,
      queues: region.queues.map((queue) => ({ ...queue })),
    })),
  }));
  return {
    accounts,
    notifications: { ...settings.notifications },
    journal: { ...settings.journal },
    display: { ...settings.display },
    savedFilters: savedFilterViews(settings.savedFilters),
    vault: { storage: vault.storage, reason: vault.reason, detail: vault.detail },
    startAtLogin,
  };
}
