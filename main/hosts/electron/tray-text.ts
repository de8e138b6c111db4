// The tray's words in the app's two languages (the renderer's own strings cannot be imported into
// the main process, and the tray needs only these few).

/** Languages the app speaks (SettingsView.display.language). */
export type TrayLanguage = 'en' | 'zh-CN';

/** Counts of queues by health, for one status line or the tooltip. */
export interface HealthCounts {
  live: number;
  paused: number;
  retrying: number;
  offline: number;
  failing: number;
}

/** Every string the tray shows. */
export interface TrayText {
  appName: string;
  open: string;
  pauseAll: string;
  resumeAll: string;
  mute: string;
  mutedUntil(time: string): string;
  muteHour: string;
  muteTomorrow: string;
  unmute: string;
  pin: string;
  settings: string;
  quit: string;
  noQueues: string;
  tomorrow(time: string): string;
  /** "Demo account · cn-shanghai: 2 queues live". */
  statusLine(account: string, region: string, counts: HealthCounts): string;
  newEvents(count: number): string;
  failing(count: number): string;
  paused: string;
  muted: string;
}

const en: TrayText = {
  appName: 'MNS Watch',
  open: 'Open MNS Watch',
  pauseAll: 'Pause all queues',
  resumeAll: 'Resume all queues',
  mute: 'Mute notifications',
  mutedUntil: (time) => `Notifications muted until ${time}`,
  muteHour: 'For 1 hour',
  muteTomorrow: 'Until tomorrow morning',
  unmute: 'Unmute',
  pin: 'Keep panel open',
  settings: 'Settings…',
  quit: 'Quit MNS Watch',
  noQueues: 'No queues yet',
  tomorrow: (time) => `tomorrow ${time}`,
  statusLine: (account, region, counts) => {
    const parts: string[] = [];
    if (counts.live > 0)
      parts.push(`${counts.live} ${counts.live === 1 ? 'queue' : 'queues'} live`);
    if (counts.paused > 0) parts.push(`${counts.paused} paused`);
    if (counts.retrying > 0) parts.push(`${counts.retrying} retrying`);
    if (counts.offline > 0) parts.push(`${counts.offline} offline`);
    if (counts.failing > 0) parts.push(`${counts.failing} failing`);
    return `${account} · ${region}: ${parts.length > 0 ? parts.join(', ') : 'stopped'}`;
  },
  newEvents: (count) => `${count} new ${count === 1 ? 'event' : 'events'}`,
  failing: (count) => `${count} ${count === 1 ? 'queue' : 'queues'} failing`,
  paused: 'paused',
  muted: 'muted',
};

const zhCN: TrayText = {
  appName: 'MNS Watch',
  open: '打开 MNS Watch',
  pauseAll: '暂停所有队列',
  resumeAll: '恢复所有队列',
  mute: '通知静音',
  mutedUntil: (time) => `通知已静音至 ${time}`,
  muteHour: '1 小时',
  muteTomorrow: '直到明天早上',
  unmute: '取消静音',
  pin: '保持面板打开',
  settings: '设置…',
  quit: '退出 MNS Watch',
  noQueues: '尚无队列',
  tomorrow: (time) => `明天 ${time}`,
  statusLine: (account, region, counts) => {
    const parts: string[] = [];
    if (counts.live > 0) parts.push(`${counts.live} 个队列运行中`);
    if (counts.paused > 0) parts.push(`${counts.paused} 个已暂停`);
    if (counts.retrying > 0) parts.push(`${counts.retrying} 个重试中`);
    if (counts.offline > 0) parts.push(`${counts.offline} 个离线`);
    if (counts.failing > 0) parts.push(`${counts.failing} 个出错`);
    return `${account} · ${region}：${parts.length > 0 ? parts.join('，') : '已停止'}`;
  },
  newEvents: (count) => `${count} 个新事件`,
  failing: (count) => `${count} 个队列出错`,
  paused: '已暂停',
  muted: '已静音',
};

/** The tray's strings for `language`. */
export function trayText(language: TrayLanguage): TrayText {
  return language === 'zh-CN' ? zhCN : en;
}
