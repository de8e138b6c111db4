// A collapsible JSON tree that stays responsive on megabyte payloads: closed nodes render nothing
// below them, containers show their children a page at a time, and long strings are cut until
// the user asks for all of it. Every value is rendered as text.
import { createContext, useContext, useMemo, useState } from 'react';

import type { JsonValue } from '../../preload/contract';
import { useT } from '../i18n/i18n-context';

/** How nodes start: by depth, all open (to a sane depth) or all closed but the root. */
export type ExpansionMode = 'default' | 'all' | 'none';

/** Children shown per page ("show 100 more"). */
export const JSON_PAGE_SIZE = 100;
/** "Expand all" stops here so a 10,000-level payload cannot hang the window. */
export const EXPAND_ALL_DEPTH = 32;
/** Strings longer than this are cut until the user asks for all of it. */
export const LONG_STRING = 1000;

interface TreeSettings {
  mode: ExpansionMode;
  openDepth: number;
}

const TreeSettingsContext = createContext<TreeSettings>({ mode: 'default', openDepth: 2 });

type Container = JsonValue[] | { [key: string]: JsonValue };

/**
 * Shows a JSON value as a tree. Containers up to `openDepth` levels start open. To apply a new
 * `mode` to nodes the user already toggled, remount the tree (give it a new `key`).
 */
export function JsonTree(props: {
  value: JsonValue;
  label: string;
  mode?: ExpansionMode;
  openDepth?: number;
}) {
  const { value, label, mode = 'default', openDepth = 2 } = props;
  const settings = useMemo(() => ({ mode, openDepth }), [mode, openDepth]);
  return (
    <TreeSettingsContext.Provider value={settings}>
      <ul className="json-tree" aria-label={label}>
        <JsonNode name={undefined} value={value} depth={0} />
      </ul>
    </TreeSettingsContext.Provider>
  );
}

function JsonNode({
  name,
  value,
  depth,
}: {
  name: string | number | undefined;
  value: JsonValue;
  depth: number;
}) {
  if (value !== null && typeof value === 'object' && childCount(value) > 0) {
    return <ContainerNode name={name} value={value} depth={depth} />;
  }
  return (
    <li className="json-tree__row">
      <span className="json-tree__spacer" aria-hidden="true" />
      <KeyLabel name={name} />
      <LeafValue value={value} />
    </li>
  );
}

function ContainerNode({
  name,
  value,
  depth,
}: {
  name: string | number | undefined;
  value: Container;
  depth: number;
}) {
  const t = useT();
  const { mode, openDepth } = useContext(TreeSettingsContext);
  const [open, setOpen] = useState(() => startsOpen(mode, depth, openDepth));
  const [shown, setShown] = useState(JSON_PAGE_SIZE);
  const keys = useMemo(() => (Array.isArray(value) ? undefined : Object.keys(value)), [value]);
  const count = keys?.length ?? (Array.isArray(value) ? value.length : 0);
  const isArray = Array.isArray(value);
  const [openBracket, closeBracket] = isArray ? ['[', ']'] : ['{', '}'];
  const size = isArray
    ? count === 1
      ? t('detail.json.oneItem')
      : t('detail.json.items', { n: count })
    : count === 1
      ? t('detail.json.oneKey')
      : t('detail.json.keys', { n: count });
  const remaining = count - shown;

  return (
    <li className="json-tree__node">
      <button
        type="button"
        className="json-tree__toggle"
        aria-expanded={open}
        onClick={() => setOpen((was) => !was)}
      >
        <span className="json-tree__caret" aria-hidden="true">
          {open ? '▾' : '▸'}
        </span>
        <KeyLabel name={name} />
        <span className="json-tree__punct">
          {open ? openBracket : `${openBracket}…${closeBracket}`}
        </span>
        {!open && <span className="json-tree__size">{size}</span>}
      </button>
      {open && (
        <>
          <ul className="json-tree__children">
            {isArray
              ? value
                  .slice(0, shown)
                  .map((child, index) => (
                    <JsonNode key={index} name={index} value={child} depth={depth + 1} />
                  ))
              : (keys ?? [])
                  .slice(0, shown)
                  .map((key) => (
                    <JsonNode key={key} name={key} value={value[key] ?? null} depth={depth + 1} />
                  ))}
          </ul>
          {remaining > 0 && (
            <button
              type="button"
              className="btn btn--small json-tree__more"
              onClick={() => setShown((was) => was + JSON_PAGE_SIZE)}
            >
              {t('detail.json.showMore', {
                n: Math.min(JSON_PAGE_SIZE, remaining),
                remaining,
              })}
            </button>
          )}
          <span className="json-tree__punct json-tree__close">{closeBracket}</span>
        </>
      )}
    </li>
  );
}

function KeyLabel({ name }: { name: string | number | undefined }) {
  if (name === undefined) return null;
  return (
    <>
      <span className={typeof name === 'number' ? 'json-tree__index' : 'json-tree__key'}>
        {typeof name === 'number' ? name : JSON.stringify(name)}
      </span>
      <span className="json-tree__punct">: </span>
    </>
  );
}

function LeafValue({ value }: { value: JsonValue }) {
  if (typeof value === 'string') return <StringValue value={value} />;
  if (Array.isArray(value)) return <span className="json-tree__punct">[]</span>;
  if (value !== null && typeof value === 'object')
    return <span className="json-tree__punct">{'{}'}</span>;
  const kind = value === null ? 'null' : typeof value;
  return <span className={`json-tree__${kind}`}>{String(value)}</span>;
}

function StringValue({ value }: { value: string }) {
  const t = useT();
  const [full, setFull] = useState(false);
  const cut = !full && value.length > LONG_STRING;
  const quoted = JSON.stringify(cut ? value.slice(0, LONG_STRING) : value);
  return (
    <>
      <span className="json-tree__string">{cut ? `${quoted.slice(0, -1)}…` : quoted}</span>
      {cut && (
        <button
          type="button"
          className="btn btn--small json-tree__more"
          onClick={() => setFull(true)}
        >
          {t('detail.json.showString', { n: value.length })}
        </button>
      )}
    </>
  );
}

function childCount(value: Container): number {
  return Array.isArray(value) ? value.length : Object.keys(value).length;
}

function startsOpen(mode: ExpansionMode, depth: number, openDepth: number): boolean {
  if (mode === 'all') return depth < EXPAND_ALL_DEPTH;
  if (mode === 'none') return depth === 0;
  return depth < openDepth;
}
