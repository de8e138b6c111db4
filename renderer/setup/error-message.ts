/** The message of a rejected engine call: the engine writes them for people, so show them as is. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
