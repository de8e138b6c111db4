// The notification-area icon: shows a TrayView (icon, tooltip, menu) and reports clicks. macOS
// opens an attached menu on every click, so there the menu pops up on right-click only; elsewhere
// it is always attached, because Linux trays may never deliver a click
// (https://www.electronjs.org/docs/latest/api/tray).
import type { MenuItemConstructorOptions } from 'electron';

import type { TrayView } from './tray-model';
import type { TrayAction, TrayMenuItem } from './tray-menu';
import type { TrayIconState } from './tray-state';
import type { ShellElectron, ShellMenu, ShellTray } from './shell-ports';

/** The tray's handle. */
export interface TrayAdapter {
  readonly tray: ShellTray;
  show(view: TrayView): void;
  destroy(): void;
}

/** Labels are user data (account names): a lone `&` would become a Windows menu mnemonic. */
export function menuLabel(label: string, platform: NodeJS.Platform): string {
  return platform === 'win32' ? label.replace(/&/g, '&&') : label;
}

/** The plain menu as Electron menu options, each action wired to `run`. */
export function toElectronMenu(
  items: readonly TrayMenuItem[],
  run: (action: TrayAction) => void,
  platform: NodeJS.Platform,
): MenuItemConstructorOptions[] {
  return items.map((item): MenuItemConstructorOptions => {
    switch (item.kind) {
      case 'separator':
        return { type: 'separator' };
      case 'status':
        return { label: menuLabel(item.label, platform), enabled: false };
      case 'submenu':
        return {
          label: menuLabel(item.label, platform),
          submenu: toElectronMenu(item.items, run, platform),
        };
      case 'checkbox':
        return {
          type: 'checkbox',
          label: menuLabel(item.label, platform),
          checked: item.checked,
          click: () => run(item.action),
        };
      case 'action':
        return { label: menuLabel(item.label, platform), click: () => run(item.action) };
    }
  });
}

/** Creates the tray icon. */
export function createTrayAdapter(options: {
  electron: Pick<ShellElectron, 'Tray' | 'Menu'>;
  platform: NodeJS.Platform;
  iconFile: (state: TrayIconState) => string;
  onClick: () => void;
  onAction: (action: TrayAction) => void;
}): TrayAdapter {
  const { electron, platform } = options;
  const tray = new electron.Tray(options.iconFile('idle'));
  let icon: TrayIconState = 'idle';
  let tooltip: string | undefined;
  let title: string | undefined;
  let menuKey: string | undefined;
  let menu: ShellMenu | undefined;

  if (platform === 'darwin') tray.setIgnoreDoubleClickEvents(true);
  tray.on('click', options.onClick);
  tray.on('right-click', () => {
    if (platform === 'darwin' && menu !== undefined) tray.popUpContextMenu(menu);
  });

  return {
    tray,
    show(view) {
      if (view.icon !== icon) {
        icon = view.icon;
        tray.setImage(options.iconFile(icon));
      }
      if (view.tooltip !== tooltip) {
        tooltip = view.tooltip;
        tray.setToolTip(tooltip);
      }
      if (platform === 'darwin' && view.title !== title) {
        title = view.title;
        tray.setTitle(title);
      }
      // Rebuilding an unchanged menu would close it under the user's pointer on some desktops.
      const key = JSON.stringify(view.menu);
      if (key === menuKey) return;
      menuKey = key;
      menu = electron.Menu.buildFromTemplate(toElectronMenu(view.menu, options.onAction, platform));
      if (platform !== 'darwin') tray.setContextMenu(menu);
    },
    destroy: () => tray.destroy(),
  };
}
