import type { EventOutcome } from './event-model';

/** Maps every status spelling VOD and MPS use (success, Success, Succeed, fail, Failed, Fail…). */
export function outcomeOf(status: string | undefined): EventOutcome {
  if (status === undefined) return 'unknown';
  const s = status.trim().toLowerCase();
  if (/^(success|successful|succeed|succeeded|finished|completed?|ok|normal|pass)$/.test(s))
    return 'success';
  if (/^(fail|failed|failure|error|errored|aborted|cancell?ed)$/.test(s)) return 'failure';
  if (
    /^(running|start|started|submitted|processing|pending|queuing|queued|init|in-progress)$/.test(s)
  )
    return 'in-progress';
  return 'unknown';
}
