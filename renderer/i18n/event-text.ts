// Event titles and subtitles come from the engine's classifier in English ("Transcode complete: 3
// renditions (LD, SD and HD)"). This maps them to the UI language by the templates in
// event-text-patterns.ts. Text no template matches is shown as it came: never half-translated
// guesses. The result is a plain string; React escapes it like any other text.
import { EVENT_TEXT_RULES, SUBTITLE_PART_RULES } from './event-text-patterns';
import type { Captures, EventTextRule } from './event-text-patterns';
import type { Language } from './translate';

/** Subtitles join their parts (asset name, key id, error) with this. */
const PART_SEPARATOR = ' · ';
/** Longer text is left as it is: no template makes text this long, and matching would be slow. */
const MAX_LENGTH = 2000;
/** Translations remembered, so a re-rendered feed does not match the same rows again. */
const CACHE_SIZE = 5000;

const cache = new Map<string, string>();

/** The classifier's English `text` in `language`; unknown text comes back unchanged. */
export function localizeEventText(text: string, language: Language): string {
  if (language === 'en' || text === '' || text.length > MAX_LENGTH) return text;
  const known = cache.get(text);
  if (known !== undefined) return known;
  const chinese = toChinese(text, EVENT_TEXT_RULES) ?? byParts(text) ?? text;
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(text, chinese);
  return chinese;
}

// The first rule that matches and accepts the match wins.
function toChinese(text: string, rules: readonly EventTextRule[]): string | undefined {
  for (const [english, chinese] of rules) {
    const match = english.exec(text);
    if (match === null) continue;
    const captures: Captures = [match[1] ?? '', match[2] ?? '', match[3] ?? '', match[4] ?? ''];
    const result = chinese(captures, (inner) => toChinese(inner, EVENT_TEXT_RULES));
    if (result !== undefined) return result;
  }
  return undefined;
}

// A subtitle such as "clip.mp4 · Job 7d2a41c0": each part on its own; names and ids stay.
function byParts(text: string): string | undefined {
  if (!text.includes(PART_SEPARATOR)) return undefined;
  let changed = false;
  const parts = text.split(PART_SEPARATOR).map((part) => {
    const chinese = toChinese(part, SUBTITLE_PART_RULES);
    if (chinese === undefined) return part;
    changed = true;
    return chinese;
  });
  return changed ? parts.join(PART_SEPARATOR) : undefined;
}
