/** Where one demo message is delivered: straight into a queue, or published to a topic with a tag. */
export type DemoDestination =
  { readonly queue: string } | { readonly topic: string; readonly tag?: string };

/** The outcome a viewer should derive from the message when it follows event-formats.md §4. */
export type DemoOutcome = 'success' | 'partial' | 'failure' | 'in-progress' | 'unknown';

/** One scheduled demo message. */
export interface DemoMessage {
  /** Milliseconds after the scenario start at which the message is sent. */
  readonly atMs: number;
  readonly destination: DemoDestination;
  /** The raw body as the queue (or topic publish) receives it. */
  readonly body: string;
  /** What it is, e.g. `vod/TranscodeComplete`, `mps/job/Transcode`, `mps/workflow/Report`, `odd/non-json`. */
  readonly kind: string;
  readonly outcome: DemoOutcome;
  /** Serial number of the asset lifecycle this message belongs to; messages of one lifecycle correlate. */
  readonly lifecycle: number;
  /** The id a viewer groups the lifecycle by (VideoId, RunId, batch UserData, …). */
  readonly subject: string;
  /** One short human line for logs, e.g. `vod  TranscodeComplete  launch-teaser.mp4 → 4 renditions`. */
  readonly summary: string;
}

/** A moment in the scenario: offset from the scenario start, and the wall-clock time written into bodies. */
export interface TimePoint {
  readonly atMs: number;
  readonly epochMs: number;
}

/** Maps a lifecycle's natural offsets (as at speed 1) to scenario time, compressing them by `speed`. */
export interface Timeline {
  point(offsetMs: number): TimePoint;
}

/** Build the timeline of one lifecycle that starts `startAtMs` into a scenario anchored at `epochBaseMs`. */
export function createTimeline(startAtMs: number, speed: number, epochBaseMs: number): Timeline {
  return {
    point(offsetMs) {
      const atMs = startAtMs + Math.round(Math.max(0, offsetMs) / speed);
      return { atMs, epochMs: epochBaseMs + atMs };
    },
  };
}
