// `npm start` until the desktop UI lands: runs the engine in the terminal against the local MNS
// server with demo traffic, so a new machine shows real VOD/MPS events flowing end to end.
import { DEMO_QUEUES, startDemoTraffic } from '../../local-mns/demo';
import { createDemoSink, startLocalMns } from '../../local-mns';
import { resolveEndpoint } from '../../engine/mns/endpoint';
import { createMnsQueueClient } from '../../engine/mns/mns-queue-client';
import { classifyMessage } from '../../engine/events/classify-message';
import { isDefaultNotifiable } from '../../engine/notifications';
import { formatFeedLine } from './feed-line';
import { watchQueue } from './watch-queue';

async function main(): Promise<void> {
  const server = await startLocalMns({});
  const endpoint = resolveEndpoint({ kind: 'url', url: server.url, accountId: server.accountId });
  const client = createMnsQueueClient({
    endpoint,
    credentials: { accessKeyId: server.accessKeyId, accessKeySecret: server.accessKeySecret },
  });
  const queues = Object.values(DEMO_QUEUES);
  const stop = new AbortController();
  const demo = startDemoTraffic(createDemoSink(server.store), {
    accountId: server.accountId,
    region: 'cn-shanghai',
  });
  await demo.ready;

  console.log('MNS Watch — engine preview in the terminal');
  console.log(
    `Local MNS server ${server.url} (account ${server.accountId}) with demo VOD/MPS traffic.`,
  );
  console.log(
    `Receiving from ${queues.join(', ')}: each message is decoded, classified and deleted once shown (🔔 = would notify).`,
  );
  console.log(
    'The desktop feed, tray and notifications come with the next releases. Press Ctrl+C to stop.\n',
  );

  const shutdown = async (): Promise<void> => {
    stop.abort();
    demo.stop();
    await server.stop();
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());

  await Promise.all(
    queues.map((queue) =>
      watchQueue(client, queue, stop.signal, {
        onMessage: (message) => {
          const classified = classifyMessage(message, {
            accountId: server.accountId,
            regionId: server.region,
            queue,
          });
          console.log(formatFeedLine(classified, isDefaultNotifiable(classified.event)));
        },
        onProblem: (text) => console.error(`${queue}: ${text}`),
      }),
    ),
  );
}

main().catch((error: unknown) => {
  console.error(
    `MNS Watch could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exitCode = 1;
});
