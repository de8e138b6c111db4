import { satisfies } from './check-shape';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function unexpected(object: Json, allowed: readonly string[], where: string): string[] {
  return Object.keys(object)
    .filter((key) => !allowed.includes(key))
    .map((key) => `${where}${key} unexpected`);
}

/** Problems with an MPS media-workflow Start/Report message (§3.3). */
export function checkWorkflow(event: Json): string[] {
  const problems = unexpected(
    event,
    ['RunId', 'Name', 'Type', 'State', 'Code', 'Message', 'MediaWorkflowExecution'],
    '',
  );
  const execution = event.MediaWorkflowExecution;
  if (!isObject(execution)) return [...problems, 'MediaWorkflowExecution missing'];
  if (!satisfies(event.RunId, 'id32') || execution.RunId !== event.RunId)
    problems.push('RunId mismatch');
  if (!satisfies(event.Type, ['Start', 'Report'])) problems.push('Type must be Start or Report');
  if (!satisfies(event.State, ['Success', 'Fail'])) problems.push('State must be Success or Fail');
  problems.push(
    ...unexpected(
      execution,
      [
        'MediaWorkflowId',
        'Name',
        'RunId',
        'MediaId',
        'Input',
        'State',
        'ActivityList',
        'CreationTime',
        'RequestId',
      ],
      'MediaWorkflowExecution.',
    ),
  );
  for (const key of ['MediaWorkflowId', 'MediaId'])
    if (!satisfies(execution[key], 'id32')) problems.push(`${key} is not 32 hex`);
  if (typeof execution.Name !== 'string' || !satisfies(execution.CreationTime, 'vod-time'))
    problems.push('Name/CreationTime malformed');
  const input = execution.Input;
  const file = isObject(input) ? input.InputFile : undefined;
  if (
    !isObject(file) ||
    typeof file.Bucket !== 'string' ||
    typeof file.Location !== 'string' ||
    typeof file.Object !== 'string'
  )
    problems.push('Input.InputFile must have Bucket/Location/Object');
  const activities = Array.isArray(execution.ActivityList)
    ? execution.ActivityList.filter(isObject)
    : [];
  for (const [i, activity] of activities.entries()) {
    const where = `ActivityList[${i}].`;
    problems.push(
      ...unexpected(
        activity,
        [
          'RunId',
          'Name',
          'Type',
          'JobId',
          'TemplateId',
          'State',
          'Code',
          'Message',
          'StartTime',
          'EndTime',
        ],
        where,
      ),
    );
    if (activity.RunId !== event.RunId) problems.push(`${where}RunId differs`);
    if (!satisfies(activity.State, ['Running', 'Success', 'Fail', 'Skipped']))
      problems.push(`${where}State ${String(activity.State)}`);
    if ((activity.State === 'Fail') !== ('Code' in activity && 'Message' in activity))
      problems.push(`${where}Code/Message must be present exactly on Fail`);
    if (activity.JobId !== undefined && !satisfies(activity.JobId, 'id32'))
      problems.push(`${where}JobId is not 32 hex`);
    if (!satisfies(activity.StartTime, 'vod-time') || !satisfies(activity.EndTime, 'vod-time'))
      problems.push(`${where}times malformed`);
  }
  const types = activities.map((activity) => activity.Type);
  if (event.Type === 'Start') {
    if (execution.State !== 'Running' || types.length !== 1 || types[0] !== 'Start')
      problems.push('a Start message lists only the Start activity of a Running execution');
  } else {
    if (!satisfies(execution.State, ['Completed', 'Fail']))
      problems.push('a Report ends Completed or Fail');
    if (!types.includes('Start') || !types.includes('Report'))
      problems.push('a Report lists every activity, Start and Report included');
  }
  return problems;
}
