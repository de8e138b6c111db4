import { useT } from '../i18n/i18n-context';
import { CopyButton } from './CopyButton';
import { isWebUrl } from './format';

/**
 * A URL from a message, shown as text with a copy button. Only http(s) URLs get an "Open" link
 * (new window, no referrer): a `javascript:` or `file:` URL in a payload must never become a link.
 */
export function UrlText({ url }: { url: string }) {
  const t = useT();
  return (
    <span className="detail-url">
      <code className="detail-url__text">{url}</code>
      <span className="detail-url__actions">
        <CopyButton text={url} label={t('detail.url.copy')} />
        {isWebUrl(url) && (
          <a
            className="btn btn--small"
            href={url}
            target="_blank"
            rel="noreferrer noopener"
            aria-label={t('detail.url.openLabel')}
          >
            {t('detail.url.open')}
          </a>
        )}
      </span>
    </span>
  );
}
