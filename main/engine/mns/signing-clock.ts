/** A source of the current time in epoch milliseconds; injectable so tests control time. */
export interface Clock {
  now(): number;
}

/** The machine's clock. */
export const systemClock: Clock = { now: () => Date.now() };

/** The time requests are signed with: the local clock plus an offset learned from MNS. */
export class SigningClock {
  private offset = 0;

  constructor(private readonly clock: Clock) {}

  /** Milliseconds added to the local clock, learned from the server's Date header. */
  get offsetMs(): number {
    return this.offset;
  }

  /** The value for the Date and x-mns-date headers. */
  dateHeader(): string {
    return new Date(this.clock.now() + this.offset).toUTCString();
  }

  /**
   * Adopts the server's time from a Date header; returns false when the header is missing,
   * unreadable, or would not change anything (so a retry could not help).
   */
  correctFrom(serverDate: string | undefined): boolean {
    if (serverDate === undefined) return false;
    const serverMs = Date.parse(serverDate);
    if (Number.isNaN(serverMs)) return false;
    const next = serverMs - this.clock.now();
    // Date headers have one-second resolution: a smaller change cannot explain a TimeExpired.
    if (Math.abs(next - this.offset) < 2_000) return false;
    this.offset = next;
    return true;
  }
}
