/** What each way of reading a queue means for the queue and for other consumers, in plain words. */
export const QUEUE_MODE_TEXT = {
  watch: {
    label: 'Watch (peek only)',
    summary: 'Looks at messages without taking them. The queue is never changed.',
    consequence:
      'Safe on a production queue that another service consumes: that service still gets every message. MNS Watch only sees up to 16 visible messages at a time and checks every few seconds, so a message consumed quickly elsewhere may never appear here. Delete and release are not available.',
  },
  consume: {
    label: 'Consume (receive)',
    summary: 'Takes messages off the queue and holds them until you delete or release them.',
    consequence:
      'While MNS Watch holds a message, no other consumer of this queue can receive it; if nobody acts, it becomes visible again when its lease (the queue’s visibility timeout) runs out. Use it for queues that exist for you, or to clear a queue. With automatic delete, each message is deleted as soon as it is saved in the journal on this computer.',
  },
} as const;
