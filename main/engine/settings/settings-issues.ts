// Zod issues turned into text a person can act on: what is wrong, and exactly where in the file
// ("settings.accounts[0].regions[1].queues[2].name: expected a queue name …").
import type { z } from 'zod';

/** Error customisation for objects: say "expected an object" instead of zod's type jargon. */
export function objectError(issue: { code: string }): string | undefined {
  return issue.code === 'invalid_type' ? 'expected an object' : undefined;
}

/** Every issue, each with its place in the document, joined with "; ". */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues.map(describeIssue).join('; ');
}

function describeIssue(issue: z.core.$ZodIssue): string {
  // Issues from nested parsers (notification preferences) carry their own place already.
  if (issue.code === 'custom' && issue.params?.verbatim === true) return issue.message;
  const where = formatPath(issue.path);
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((key) => JSON.stringify(key)).join(', ');
    return `${where}: unknown setting ${keys}`;
  }
  return `${where}: ${issue.message}`;
}

/** `settings.accounts[0].name` for the path ['accounts', 0, 'name']. */
export function formatPath(path: readonly PropertyKey[], root = 'settings'): string {
  let text = root;
  for (const part of path) {
    text += typeof part === 'number' ? `[${part}]` : `.${String(part)}`;
  }
  return text;
}

/** Adds a "duplicate …" issue at every repeat of a value that must be unique. */
export function addDuplicateIssues(
  values: readonly string[],
  context: z.RefinementCtx,
  path: string,
  what: string,
): void {
  const seen = new Set<string>();
  values.forEach((value, index) => {
    if (seen.has(value)) {
      context.addIssue({
        code: 'custom',
        path: [path, index],
        message: `duplicate ${what} ${JSON.stringify(value)}`,
      });
    }
    seen.add(value);
  });
}
