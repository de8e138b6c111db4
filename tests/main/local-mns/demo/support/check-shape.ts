import { normalizeStatus } from './classify-event';
import type { Rule, Spec } from './vod-specs';

const ID32 = /^[0-9a-f]{32}$/;
const VOD_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const AI_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}:\d{3}Z$/;

/** Whether one value satisfies a rule. */
export function satisfies(value: unknown, rule: Rule): boolean {
  if (Array.isArray(rule)) return typeof value === 'string' && rule.includes(value);
  switch (rule) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'id32':
      return typeof value === 'string' && ID32.test(value);
    case 'numeric':
      return typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value);
    case 'url':
      return typeof value === 'string' && /^https?:\/\/[a-z0-9.-]+(:\d+)?\//.test(value);
    case 'vod-time':
      return typeof value === 'string' && VOD_TIME.test(value) && !Number.isNaN(Date.parse(value));
    case 'ai-time':
      return typeof value === 'string' && AI_TIME.test(value);
    case 'json-string':
      if (typeof value !== 'string') return false;
      try {
        JSON.parse(value);
        return true;
      } catch {
        return false;
      }
    case 'array':
      return Array.isArray(value);
    case 'string-or-object':
      return (
        typeof value === 'string' ||
        (typeof value === 'object' && value !== null && !Array.isArray(value))
      );
    case 'string-or-number':
      return typeof value === 'string' || typeof value === 'number';
  }
  return false;
}

/** Problems with one object against a spec: missing, mistyped and unexpected keys. */
export function checkShape(object: Record<string, unknown>, spec: Spec, where = ''): string[] {
  const failed =
    normalizeStatus(typeof object.Status === 'string' ? object.Status : undefined) === 'failure';
  const required = { ...spec.always, ...(failed ? (spec.failure ?? {}) : (spec.success ?? {})) };
  const allowed: Record<string, Rule> = { ...required, ...(spec.optional ?? {}) };
  const problems: string[] = [];
  for (const key of Object.keys(required)) {
    if (!(key in object)) problems.push(`${where}${key} missing`);
  }
  for (const [key, value] of Object.entries(object)) {
    const rule = allowed[key];
    if (rule === undefined) problems.push(`${where}${key} unexpected`);
    else if (!satisfies(value, rule))
      problems.push(`${where}${key}=${JSON.stringify(value)} is not ${JSON.stringify(rule)}`);
  }
  return problems;
}
