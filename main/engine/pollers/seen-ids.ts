// Watch mode peeks the same visible messages again and again; this remembers which MessageIds were
// already reported. Least-recently-seen ids are forgotten first, and a peek that sees an id again
// refreshes it, so a message that stays visible is never reported twice however long it sits.

/** Default number of ids remembered per watched queue. */
export const DEFAULT_SEEN_CAPACITY = 2_048;

/** A bounded least-recently-used set of message ids. */
export class SeenIds {
  private readonly ids = new Map<string, true>();

  constructor(private readonly capacity = DEFAULT_SEEN_CAPACITY) {
    if (!(capacity >= 1)) throw new RangeError('SeenIds capacity must be at least 1');
  }

  /** Whether `id` was remembered; a hit counts as a fresh sighting. */
  touch(id: string): boolean {
    if (!this.ids.has(id)) return false;
    this.ids.delete(id);
    this.ids.set(id, true);
    return true;
  }

  /** Remembers `id`, forgetting the least recently seen id when full. */
  add(id: string): void {
    this.ids.delete(id);
    this.ids.set(id, true);
    while (this.ids.size > this.capacity) {
      const oldest = this.ids.keys().next();
      if (oldest.done === true) break;
      this.ids.delete(oldest.value);
    }
  }

  /** How many ids are remembered. */
  get size(): number {
    return this.ids.size;
  }
}
