import { defineCatalog } from '../translate';

/** Messages of the setup area (first run, account form). Keys start with "setup.". */
export const setupCatalog = defineCatalog(
  {
    'setup.firstRun.title': 'Welcome to MNS Watch',
    'setup.firstRun.what':
      'MNS Watch follows the MNS queues where ApsaraVideo VOD and MPS report job events, and shows every account and region as one live feed, with desktop notifications when jobs finish or fail.',
    'setup.firstRun.safe':
      'Queues start in Watch mode, which only peeks at messages, so nothing is taken from the other consumers of a queue.',
    'setup.firstRun.demo': 'Try the demo',
    'setup.firstRun.demoBusy': 'Starting the demo…',
    'setup.firstRun.demoText':
      'A built-in server sends sample VOD and MPS events. No account or AccessKey needed.',
    'setup.firstRun.connect': 'Connect an account',
    'setup.firstRun.connectText':
      'Use a RAM user’s AccessKey to watch your own queues in any region.',
    'setup.firstRun.demoFailed': 'The demo could not start: {message}',
    'setup.firstRun.footnote':
      'Secrets are kept in your system keychain and never shown again. You can add more accounts later in Settings.',

    'setup.form.title': 'Connect an account',
    'setup.form.editTitle': 'Edit {name}',
    'setup.form.intro': 'Tell MNS Watch where the queues that VOD and MPS send job events to live.',
    'setup.form.manyRegions':
      'This account reads {count} regions. Saving here keeps only the one shown below.',
    'setup.form.saving': 'Saving…',
    'setup.form.saveFailed': 'The account was not saved: {message}',

    'setup.field.name': 'Account name',
    'setup.field.nameHint': 'Shown in the feed and in notifications, e.g. “Production”.',
    'setup.field.accountId': 'Account ID',
    'setup.field.accountIdHint':
      'The numeric UID shown at the top right of the Alibaba Cloud console.',
    'setup.field.accountIdFromUrl': 'Optional: the URL names account {accountId}.',
    'setup.field.accountIdCustomHint':
      'Needed when the URL is a custom endpoint (local server or proxy).',
    'setup.field.region': 'Region',
    'setup.field.url': 'Endpoint or queue URL',
    'setup.field.urlHint':
      'Paste the endpoint or a queue URL from the MNS console, e.g. https://1234567890123456.mns.cn-hangzhou.aliyuncs.com',
    'setup.field.keyId': 'AccessKey ID',
    'setup.field.secret': 'AccessKey Secret',

    'setup.where.title': 'Where the queues live',
    'setup.where.how': 'How to enter it',
    'setup.where.pick': 'Account ID and region',
    'setup.where.paste': 'Paste a URL',
    'setup.where.chooseRegion': 'Choose a region…',

    'setup.area.china': 'China (mainland)',
    'setup.area.asiaPacific': 'Asia Pacific',
    'setup.area.europeAmericas': 'Europe & Americas',
    'setup.area.middleEast': 'Middle East',

    'setup.keys.title': 'AccessKey',
    'setup.keys.stored': 'Stored key: {keyId}. Leave both fields blank to keep the stored secret.',
    'setup.keys.storedNoSecret':
      'Stored key: {keyId}, but no secret is stored. Enter the key and its secret to start polling.',
    'setup.keys.blankKeeps': 'Leave blank to keep the stored key.',
    'setup.keys.blankKeepsSecret': 'Leave blank to keep the stored secret.',
    'setup.keys.sessionOnly':
      'Keep the secret for this session only (don’t save it to the keychain)',
    'setup.keys.sessionOnlyHint': 'You will enter it again the next time MNS Watch starts.',

    'setup.found.title': 'AccessKeys found on this computer',
    'setup.found.environment': 'From the environment ({origin})',
    'setup.found.cli': 'From the aliyun CLI configuration ({origin})',
    'setup.found.use': 'Use this key ID',
    'setup.found.typeSecret':
      'MNS Watch does not copy secrets from other tools: type the secret yourself.',

    'setup.check.run': 'Test connection',
    'setup.check.running': 'Testing…',
    'setup.check.withQueue': 'Checks the endpoint, the AccessKey and the queue {queue}.',
    'setup.check.withoutQueue': 'Checks the endpoint and the AccessKey.',
    'setup.check.results': 'Connection test results',
    'setup.check.passed': 'Passed',
    'setup.check.failed': 'Failed',
    'setup.check.endpoint': 'Endpoint',
    'setup.check.credentials': 'AccessKey',
    'setup.check.queue': 'Queue',

    'setup.queues.title': 'Queues',
    'setup.queues.load': 'Load queues',
    'setup.queues.loading': 'Loading the queues…',
    'setup.queues.loadHint': 'Load the queues of this region, or type a queue name below.',
    'setup.queues.listed': '{count} queues in this region.',
    'setup.queues.noneListed': 'This region has no queues yet. Type a name below.',
    'setup.queues.typeInstead': 'You can still type the queue name below.',
    'setup.queues.filter': 'Filter queues',
    'setup.queues.noMatch': 'No queue matches the filter.',
    'setup.queues.modeOf': 'Mode of {queue}',
    'setup.queues.consumeWarning':
      'Consume takes messages: other consumers of this queue will not get the ones MNS Watch holds.',
    'setup.queues.typed': 'Queue name',
    'setup.queues.add': 'Add queue',
    'setup.queues.typeName': 'Type a queue name first.',
    'setup.queues.badName':
      'Queue names use letters, digits and hyphens, start with a letter or digit and have at most 120 characters.',

    'setup.saved.title': 'Account saved',
    'setup.saved.keychain': 'The secret is stored in the system keychain.',
    'setup.saved.memory':
      'The secret is kept in memory for this session only. Enter it again after MNS Watch restarts.',
    'setup.saved.unchanged': 'The stored secret was kept.',
    'setup.saved.next': 'MNS Watch starts reading the queues now; new events appear in the feed.',
    'setup.saved.done': 'Done',

    'setup.error.nameRequired': 'Enter a name for this account, e.g. “Production”.',
    'setup.error.accountIdRequired': 'Enter the account ID: the numeric Alibaba Cloud UID.',
    'setup.error.accountIdNumeric': 'The account ID is made of digits only, e.g. 1234567890123456.',
    'setup.error.accountIdForCustom': 'This URL does not name the account: enter its account ID.',
    'setup.error.regionRequired': 'Choose the region where the queues are.',
    'setup.error.urlRequired': 'Paste the endpoint or queue URL.',
    'setup.error.urlInvalid': 'This is not a URL: it should start with https://',
    'setup.error.keyIdRequired': 'Enter the AccessKey ID.',
    'setup.error.secretRequired': 'Enter the AccessKey Secret: a new account needs one.',
    'setup.error.secretForNewKey':
      'Enter the secret of this AccessKey ID, or clear the ID to keep the stored key.',
    'setup.error.secretNotStored':
      'No secret is stored for this account: enter the AccessKey ID and Secret.',
    'setup.error.queuesRequired': 'Choose at least one queue, or type its name.',
  },
  {
    'setup.firstRun.title': '欢迎使用 MNS Watch',
    'setup.firstRun.what':
      'MNS Watch 监听视频点播（VOD）和媒体处理（MPS）上报作业事件的 MNS 队列，把所有账号和地域的消息汇成一个实时信息流，并在作业完成或失败时发出桌面通知。',
    'setup.firstRun.safe':
      '队列默认使用观察模式，只查看消息而不取走，因此不会影响该队列的其他消费者。',
    'setup.firstRun.demo': '试用演示',
    'setup.firstRun.demoBusy': '正在启动演示…',
    'setup.firstRun.demoText': '内置服务器会发送示例 VOD 和 MPS 事件，无需账号或 AccessKey。',
    'setup.firstRun.connect': '连接账号',
    'setup.firstRun.connectText': '使用 RAM 用户的 AccessKey，监听您自己在任意地域的队列。',
    'setup.firstRun.demoFailed': '演示无法启动：{message}',
    'setup.firstRun.footnote':
      '密钥保存在系统钥匙串中，不会再次显示。之后可以在“设置”中添加更多账号。',

    'setup.form.title': '连接账号',
    'setup.form.editTitle': '编辑 {name}',
    'setup.form.intro': '告诉 MNS Watch，VOD 和 MPS 发送作业事件的队列在哪里。',
    'setup.form.manyRegions': '此账号读取 {count} 个地域。在这里保存后，只会保留下方显示的地域。',
    'setup.form.saving': '正在保存…',
    'setup.form.saveFailed': '账号未保存：{message}',

    'setup.field.name': '账号名称',
    'setup.field.nameHint': '显示在信息流和通知中，例如“生产环境”。',
    'setup.field.accountId': '账号 ID',
    'setup.field.accountIdHint': '阿里云控制台右上角显示的数字 UID。',
    'setup.field.accountIdFromUrl': '可不填：该 URL 已指明账号 {accountId}。',
    'setup.field.accountIdCustomHint': '如果 URL 是自定义接入点（本地服务器或代理），则必须填写。',
    'setup.field.region': '地域',
    'setup.field.url': '接入点或队列 URL',
    'setup.field.urlHint':
      '粘贴 MNS 控制台中的接入点或队列 URL，例如 https://1234567890123456.mns.cn-hangzhou.aliyuncs.com',
    'setup.field.keyId': 'AccessKey ID',
    'setup.field.secret': 'AccessKey Secret',

    'setup.where.title': '队列所在位置',
    'setup.where.how': '填写方式',
    'setup.where.pick': '账号 ID 和地域',
    'setup.where.paste': '粘贴 URL',
    'setup.where.chooseRegion': '选择地域…',

    'setup.area.china': '中国内地',
    'setup.area.asiaPacific': '亚太',
    'setup.area.europeAmericas': '欧洲与美洲',
    'setup.area.middleEast': '中东',

    'setup.keys.title': 'AccessKey',
    'setup.keys.stored': '已保存的密钥：{keyId}。两个字段都留空即可保留已保存的 Secret。',
    'setup.keys.storedNoSecret':
      '已保存的密钥：{keyId}，但没有保存 Secret。请输入密钥及其 Secret 以开始轮询。',
    'setup.keys.blankKeeps': '留空则保留已保存的密钥。',
    'setup.keys.blankKeepsSecret': '留空则保留已保存的 Secret。',
    'setup.keys.sessionOnly': '仅在本次运行期间保留 Secret（不保存到钥匙串）',
    'setup.keys.sessionOnlyHint': '下次启动 MNS Watch 时需要重新输入。',

    'setup.found.title': '在这台电脑上找到的 AccessKey',
    'setup.found.environment': '来自环境变量（{origin}）',
    'setup.found.cli': '来自 aliyun CLI 配置（{origin}）',
    'setup.found.use': '使用此密钥 ID',
    'setup.found.typeSecret': 'MNS Watch 不会从其他工具复制 Secret，请自行输入。',

    'setup.check.run': '测试连接',
    'setup.check.running': '正在测试…',
    'setup.check.withQueue': '检查接入点、AccessKey 以及队列 {queue}。',
    'setup.check.withoutQueue': '检查接入点和 AccessKey。',
    'setup.check.results': '连接测试结果',
    'setup.check.passed': '通过',
    'setup.check.failed': '未通过',
    'setup.check.endpoint': '接入点',
    'setup.check.credentials': 'AccessKey',
    'setup.check.queue': '队列',

    'setup.queues.title': '队列',
    'setup.queues.load': '加载队列',
    'setup.queues.loading': '正在加载队列…',
    'setup.queues.loadHint': '加载此地域的队列，或在下方输入队列名称。',
    'setup.queues.listed': '此地域共有 {count} 个队列。',
    'setup.queues.noneListed': '此地域还没有队列，请在下方输入名称。',
    'setup.queues.typeInstead': '仍可在下方手动输入队列名称。',
    'setup.queues.filter': '筛选队列',
    'setup.queues.noMatch': '没有与筛选条件匹配的队列。',
    'setup.queues.modeOf': '{queue} 的模式',
    'setup.queues.consumeWarning':
      '消费模式会取走消息：MNS Watch 持有的消息，该队列的其他消费者将收不到。',
    'setup.queues.typed': '队列名称',
    'setup.queues.add': '添加队列',
    'setup.queues.typeName': '请先输入队列名称。',
    'setup.queues.badName':
      '队列名称只能包含字母、数字和连字符，须以字母或数字开头，最多 120 个字符。',

    'setup.saved.title': '账号已保存',
    'setup.saved.keychain': 'Secret 已保存在系统钥匙串中。',
    'setup.saved.memory': 'Secret 仅在本次运行期间保存在内存中，MNS Watch 重启后需要重新输入。',
    'setup.saved.unchanged': '已保留原有的 Secret。',
    'setup.saved.next': 'MNS Watch 现在开始读取这些队列，新事件会出现在信息流中。',
    'setup.saved.done': '完成',

    'setup.error.nameRequired': '请为此账号输入名称，例如“生产环境”。',
    'setup.error.accountIdRequired': '请输入账号 ID，即阿里云的数字 UID。',
    'setup.error.accountIdNumeric': '账号 ID 只包含数字，例如 1234567890123456。',
    'setup.error.accountIdForCustom': '此 URL 中没有账号信息，请输入账号 ID。',
    'setup.error.regionRequired': '请选择队列所在的地域。',
    'setup.error.urlRequired': '请粘贴接入点或队列 URL。',
    'setup.error.urlInvalid': '这不是有效的 URL，应以 https:// 开头。',
    'setup.error.keyIdRequired': '请输入 AccessKey ID。',
    'setup.error.secretRequired': '请输入 AccessKey Secret：新账号必须提供。',
    'setup.error.secretForNewKey':
      '请输入此 AccessKey ID 对应的 Secret，或清空 ID 以保留已保存的密钥。',
    'setup.error.secretNotStored': '此账号没有保存 Secret，请输入 AccessKey ID 和 Secret。',
    'setup.error.queuesRequired': '请至少选择一个队列，或输入队列名称。',
  },
);
