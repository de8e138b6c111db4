/** Why an action on one message did not succeed. */
export type ActionFailure =
  /** The lease expired or a newer delivery superseded the handle: nothing was changed in MNS. */
  | 'lease-expired'
  /** The message was never leased to us (watch mode) or is already gone from the journal. */
  | 'no-lease'
  /** The user undid the delete before it was sent. */
  | 'undone'
  /** MNS or the network failed; `message` says how. */
  | 'failed';

/** The outcome of an action on one message; `ok` only when MNS confirmed it (204 for a delete). */
export type ActionResult =
  { id: string; ok: true } | { id: string; ok: false; failure: ActionFailure; message: string };
