import { useMemo, useState } from 'react';

import { useT } from '../i18n/i18n-context';
import { CopyButton } from './CopyButton';
import { prettyXml } from './xml-pretty';

/** Lines rendered at first; the rest come a page at a time. */
export const XML_PAGE_LINES = 2000;

/** The XML tab: the MNS `<Message>` pretty-printed with light colouring; Copy copies the original. */
export function XmlTab({ rawXml }: { rawXml: string }) {
  const t = useT();
  const lines = useMemo(() => prettyXml(rawXml), [rawXml]);
  const [shown, setShown] = useState(XML_PAGE_LINES);
  const [wrap, setWrap] = useState(true);

  if (rawXml.trim() === '') {
    return (
      <div className="empty-state">
        <p>{t('detail.xml.none')}</p>
      </div>
    );
  }
  const remaining = lines.length - shown;
  return (
    <div className="detail-code-view">
      <div className="detail-toolbar">
        <WrapToggle wrap={wrap} onToggle={() => setWrap((was) => !was)} />
        <span className="detail-toolbar__spacer" />
        <CopyButton text={rawXml} label={t('detail.xml.copy')} />
      </div>
      <pre
        className={`detail-code xml-view${wrap ? ' detail-code--wrap' : ''}`}
        aria-label={t('detail.xml.label')}
        tabIndex={0}
      >
        {lines.slice(0, shown).map((line, index) => (
          <span key={index} className="xml-view__line">
            {'  '.repeat(line.depth)}
            {line.spans.map((span, spanIndex) => (
              <span key={spanIndex} className={`xml-${span.kind}`}>
                {span.text}
              </span>
            ))}
            {'\n'}
          </span>
        ))}
      </pre>
      {remaining > 0 && (
        <button
          type="button"
          className="btn btn--small"
          onClick={() => setShown((was) => was + XML_PAGE_LINES)}
        >
          {t('detail.xml.showMore', { n: Math.min(remaining, XML_PAGE_LINES), remaining })}
        </button>
      )}
    </div>
  );
}

/** A toggle button for soft-wrapping long lines. */
export function WrapToggle({ wrap, onToggle }: { wrap: boolean; onToggle(): void }) {
  const t = useT();
  return (
    <button type="button" className="btn btn--small" aria-pressed={wrap} onClick={onToggle}>
      {t('detail.wrap')}
    </button>
  );
}
