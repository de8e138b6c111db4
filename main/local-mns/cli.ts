/**
 * `npm run local-mns -- [options]`: runs a local MNS server until SIGINT/SIGTERM.
 *
 * The first stdout line is exactly `listening http://127.0.0.1:<port>` so scripts can wait for it.
 */
import { CLI_USAGE, parseCliArgs } from './cli-args';
import { createDemoSink } from './demo-sink';
import { startLocalMns } from './local-mns';

async function main(argv: readonly string[]): Promise<void> {
  const parsed = parseCliArgs(argv);
  if (parsed.kind === 'help') {
    process.stdout.write(`${CLI_USAGE}\n`);
    return;
  }
  if (parsed.kind === 'error') {
    process.stderr.write(`local-mns: ${parsed.message}\n\n${CLI_USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  const { options } = parsed;
  const mns = await startLocalMns({
    port: options.port,
    accountId: options.accountId,
    credentials: [{ accessKeyId: options.accessKeyId, accessKeySecret: options.accessKeySecret }],
    queues: options.queues,
    // A long-running demo server should not grow without bound.
    auditLimit: 10_000,
  });
  process.stdout.write(
    [
      `listening ${mns.url}`,
      `account-id ${mns.accountId}`,
      `access-key-id ${mns.accessKeyId}`,
      `access-key-secret ${mns.accessKeySecret}`,
      `queues ${mns.store.queueNames().join(' ') || '(none)'}`,
      '',
    ].join('\n'),
  );

  let stopDemo: (() => void) | undefined;
  if (options.demoTraffic) {
    // Loaded only on demand: the generator is a separate module and not needed otherwise.
    const { startDemoTraffic } = await import('./demo');
    const demo = startDemoTraffic(createDemoSink(mns.store), {
      accountId: mns.accountId,
      region: mns.region,
      log: (line) => process.stdout.write(`demo ${line}\n`),
    });
    stopDemo = () => demo.stop();
    demo.ready.then(
      () =>
        process.stdout.write(`demo traffic running; queues ${mns.store.queueNames().join(' ')}\n`),
      (error: unknown) =>
        process.stderr.write(`local-mns: demo traffic failed to start: ${String(error)}\n`),
    );
  }

  const shutdown = (signal: string): void => {
    process.stdout.write(`stopping (${signal})\n`);
    stopDemo?.();
    mns.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`local-mns: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
