import { useRef } from 'react';
import type { KeyboardEvent } from 'react';

/** One tab: its id and its visible name. */
export interface TabDefinition<Id extends string> {
  id: Id;
  label: string;
}

/** The DOM id of a tab button. */
export function tabDomId(prefix: string, id: string): string {
  return `${prefix}-tab-${id}`;
}

/** The DOM id of a tab's panel. */
export function panelDomId(prefix: string, id: string): string {
  return `${prefix}-panel-${id}`;
}

/**
 * A WAI-ARIA tab list with a roving tabindex: Tab enters the selected tab, arrow keys, Home and
 * End move and select (automatic activation, since every panel renders quickly).
 */
export function TabList<Id extends string>(props: {
  tabs: readonly TabDefinition<Id>[];
  selected: Id;
  onSelect(id: Id): void;
  idPrefix: string;
  label: string;
}) {
  const { tabs, selected, onSelect, idPrefix, label } = props;
  const buttons = useRef(new Map<Id, HTMLButtonElement>());

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const index = tabs.findIndex((tab) => tab.id === selected);
    const last = tabs.length - 1;
    const target =
      event.key === 'ArrowRight'
        ? index >= last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index <= 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : undefined;
    const tab = target === undefined ? undefined : tabs[target];
    if (tab === undefined) return;
    event.preventDefault();
    onSelect(tab.id);
    buttons.current.get(tab.id)?.focus();
  };

  return (
    <div role="tablist" aria-label={label} className="tabs detail-tabs" onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button
          key={tab.id}
          ref={(element) => {
            if (element === null) buttons.current.delete(tab.id);
            else buttons.current.set(tab.id, element);
          }}
          type="button"
          role="tab"
          id={tabDomId(idPrefix, tab.id)}
          className="tab"
          aria-selected={tab.id === selected}
          aria-controls={panelDomId(idPrefix, tab.id)}
          tabIndex={tab.id === selected ? 0 : -1}
          onClick={() => onSelect(tab.id)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
