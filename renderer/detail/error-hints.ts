// Plain-words explanations for error codes VOD and MPS put in events. Exact codes first, then a
// family by prefix; unknown codes get no hint rather than a guess.
import type { MessageKey } from '../i18n/messages';

const EXACT = new Map<string, MessageKey>([
  ['InvalidParameter.ResourceContentBad', 'detail.errorHint.resourceContentBad'],
  ['InvalidParameter.ResourceNotFound', 'detail.errorHint.resourceNotFound'],
  ['InvalidVideo.NoneStream', 'detail.errorHint.noneStream'],
  ['InvalidVideo.NotFound', 'detail.errorHint.videoNotFound'],
  ['URLInvalidError', 'detail.errorHint.urlInvalid'],
  ['NoSuchKey', 'detail.errorHint.noSuchKey'],
  ['InternalError', 'detail.errorHint.internal'],
  ['DNA.DBNotExist', 'detail.errorHint.dnaDbMissing'],
]);

const PREFIXES: readonly (readonly [string, MessageKey])[] = [
  ['Throttling', 'detail.errorHint.throttling'],
  ['Forbidden', 'detail.errorHint.forbidden'],
  ['InvalidParameter', 'detail.errorHint.invalidParameter'],
];

/** The message key explaining an error code, or undefined when the code is not known. */
export function errorHintKey(code: string | undefined): MessageKey | undefined {
  if (code === undefined) return undefined;
  const exact = EXACT.get(code);
  if (exact !== undefined) return exact;
  return PREFIXES.find(([prefix]) => code === prefix || code.startsWith(`${prefix}.`))?.[1];
}
