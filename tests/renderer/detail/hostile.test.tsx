import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { EventDetail } from '../../../preload/contract';
import { CompareView } from '../../../renderer/detail/CompareView';
import { I18nProvider } from '../../../renderer/i18n/i18n-context';
import { makeDetail } from './support/details';
import { renderPane } from './support/render';

const SCRIPT = '<script>window.__pwned = 1</script>';
const IMG = '<img src=x onerror="window.__pwned = 2">';
const HOSTILE = `${SCRIPT}${IMG}`;

/** An event whose every text field carries markup. */
function hostileDetail(): EventDetail {
  const body = JSON.stringify({
    EventType: 'FileUploadComplete',
    VideoId: HOSTILE,
    [HOSTILE]: 'key is markup',
    Extend: { note: HOSTILE },
  });
  return makeDetail(body, {
    row: {
      title: `Upload complete: ${HOSTILE}`,
      subtitle: IMG,
      eventType: SCRIPT,
      keyId: HOSTILE,
      keyField: IMG,
      queue: IMG,
      lastError: HOSTILE,
      problem: HOSTILE,
    },
    summary: {
      renditions: [
        {
          definition: SCRIPT,
          format: IMG,
          width: 1,
          height: 1,
          bitrateKbps: 1,
          fps: 1,
          sizeBytes: 1,
          durationSeconds: 1,
          url: `javascript:${HOSTILE}`,
          status: 'failure',
          jobId: IMG,
          errorCode: SCRIPT,
          errorMessage: IMG,
          encrypted: true,
          codec: SCRIPT,
        },
      ],
      ai: {
        suggestion: SCRIPT,
        labels: [IMG],
        tags: [{ category: SCRIPT, tag: IMG }],
        matches: [],
      },
      review: { auditStatus: SCRIPT, auditor: IMG, reason: HOSTILE },
      workflow: {
        name: SCRIPT,
        state: IMG,
        activities: [
          {
            name: IMG,
            type: SCRIPT,
            state: IMG,
            outcome: 'failure',
            jobId: SCRIPT,
            errorCode: IMG,
            errorMessage: SCRIPT,
          },
        ],
      },
      error: { code: SCRIPT, message: IMG },
      extend: { raw: HOSTILE, parsed: undefined },
      facts: [{ label: SCRIPT, value: IMG }],
    },
    rawXml: `<Message><MessageBody>${HOSTILE}</MessageBody><![CDATA[${HOSTILE}]]><!--${HOSTILE}--></Message>`,
    layers: [
      {
        kind: 'topic-xml',
        topicName: SCRIPT,
        topicOwner: IMG,
        subscriptionName: SCRIPT,
        messageId: IMG,
        messageTag: SCRIPT,
        publishTime: undefined,
      },
    ],
  });
}

const expectNoMarkupExecuted = (): void => {
  expect(document.querySelector('script')).toBeNull();
  expect(document.querySelector('img')).toBeNull();
  expect((window as { __pwned?: number }).__pwned).toBeUndefined();
};

describe('hostile message content', () => {
  it('shows up literally, as text, in every tab', () => {
    renderPane(hostileDetail(), { mode: 'consume' });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(
      `Upload complete: ${HOSTILE}`,
    );
    for (const tab of ['Summary', 'JSON', 'XML', 'Raw', 'Properties']) {
      fireEvent.click(screen.getByRole('tab', { name: tab }));
      if (tab === 'JSON') fireEvent.click(screen.getByRole('button', { name: 'Expand all' }));
      expectNoMarkupExecuted();
      // The JSON tree shows strings JSON-escaped; the Properties tab shows the queue name.
      const literal =
        tab === 'JSON' ? JSON.stringify(HOSTILE).slice(1, -1) : tab === 'Properties' ? IMG : SCRIPT;
      expect(screen.getByRole('tabpanel').textContent).toContain(literal);
    }
    expect(screen.queryByRole('link')).toBeNull();
    expect(document.body.innerHTML).not.toContain('<script>');
  });

  it('shows up literally in the compare view', () => {
    const left = hostileDetail();
    const right = makeDetail(JSON.stringify({ EventType: IMG }), { row: { title: SCRIPT } });
    render(
      <I18nProvider language="en">
        <CompareView left={left} right={right} onClose={() => undefined} />
      </I18nProvider>,
    );
    expectNoMarkupExecuted();
    expect(document.body.textContent).toContain(SCRIPT);
    expect(document.body.textContent).toContain(IMG);
  });

  it('keeps a raw body that is markup as text', () => {
    renderPane(makeDetail(HOSTILE, { payload: null }));
    fireEvent.click(screen.getByRole('tab', { name: 'Raw' }));
    expect(screen.getByLabelText('Message body as received').textContent).toBe(HOSTILE);
    fireEvent.click(screen.getByRole('tab', { name: 'XML' }));
    expectNoMarkupExecuted();
  });
});
