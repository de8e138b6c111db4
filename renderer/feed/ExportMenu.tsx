import { useId, useRef, useState } from 'react';
import type { ComponentProps } from 'react';

import { useDismiss } from '../filters/use-dismiss';
import { useT } from '../i18n/i18n-context';
import { ExportControls } from './ExportControls';

/** The export controls folded behind one "Export" button, for the narrow layout's toolbar. */
export function ExportMenu(props: ComponentProps<typeof ExportControls>) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const container = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  useDismiss(open, () => setOpen(false), container, trigger);
  return (
    <div className="facet export-menu" ref={container}>
      <button
        ref={trigger}
        type="button"
        className="btn btn--small"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((was) => !was)}
      >
        {t('feed.export.label')}
        <span className="facet__caret" aria-hidden="true">
          ▾
        </span>
      </button>
      {open && (
        <div id={panelId} className="filter-popover export-menu__panel">
          <ExportControls
            {...props}
            onExport={(scope, format) => {
              setOpen(false);
              props.onExport(scope, format);
            }}
          />
        </div>
      )}
    </div>
  );
}
