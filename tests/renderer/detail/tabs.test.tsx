import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { DetailPane } from '../../../renderer/detail/DetailPane';
import { I18nProvider } from '../../../renderer/i18n/i18n-context';
import { BODIES, XML_DOCUMENTS } from './support/fixtures';
import { makeDetail, T0 } from './support/details';
import { mockClipboard, renderPane } from './support/render';

const TAB_NAMES = ['Summary', 'JSON', 'XML', 'Raw', 'Properties'];

const openTab = (name: string): HTMLElement => {
  fireEvent.click(screen.getByRole('tab', { name }));
  return screen.getByRole('tabpanel');
};

describe('detail tabs', () => {
  it('are WAI-ARIA tabs named Summary, JSON, XML, Raw and Properties', () => {
    renderPane(makeDetail(BODIES.transcodePartial));
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((tab) => tab.textContent)).toEqual(TAB_NAMES);
    expect(screen.getByRole('tablist').getAttribute('aria-label')).toBe('Message views');
    const selected = tabs.filter((tab) => tab.getAttribute('aria-selected') === 'true');
    expect(selected.map((tab) => tab.textContent)).toEqual(['Summary']);
    expect(tabs.map((tab) => tab.tabIndex)).toEqual([0, -1, -1, -1, -1]);
    const panel = screen.getByRole('tabpanel');
    expect(panel.getAttribute('aria-labelledby')).toBe(tabs[0]?.id);
    expect(tabs[0]?.getAttribute('aria-controls')).toBe(panel.id);
  });

  it('move with arrow keys, Home and End, wrapping around, and focus follows', () => {
    renderPane(makeDetail(BODIES.transcodePartial));
    const tab = (name: string): HTMLElement => screen.getByRole('tab', { name });
    tab('Summary').focus();
    const press = (key: string): void => {
      fireEvent.keyDown(document.activeElement ?? document.body, { key });
    };
    press('ArrowRight');
    expect(document.activeElement).toBe(tab('JSON'));
    expect(tab('JSON').getAttribute('aria-selected')).toBe('true');
    expect(tab('JSON').tabIndex).toBe(0);
    expect(tab('Summary').tabIndex).toBe(-1);
    press('End');
    expect(document.activeElement).toBe(tab('Properties'));
    press('ArrowRight');
    expect(document.activeElement).toBe(tab('Summary'));
    press('ArrowLeft');
    expect(document.activeElement).toBe(tab('Properties'));
    press('Home');
    expect(document.activeElement).toBe(tab('Summary'));
    press('a');
    expect(document.activeElement).toBe(tab('Summary'));
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(tab('Summary').id);
  });

  it('JSON shows the payload as a tree with expand/collapse all and copy', async () => {
    const writeText = mockClipboard();
    const detail = makeDetail(BODIES.transcodePartial);
    renderPane(detail);
    const panel = openTab('JSON');
    const tree = within(panel).getByRole('list', { name: 'Payload' });
    expect(tree.textContent).toContain('"EventType": "TranscodeComplete"');
    // StreamInfos (depth 1) is open, its items (depth 2) start closed.
    const streams = within(panel).getByRole('button', { name: /"StreamInfos"/ });
    expect(streams.getAttribute('aria-expanded')).toBe('true');
    const first = within(panel).getByRole('button', { name: /^0:/ });
    expect(first.getAttribute('aria-expanded')).toBe('false');
    expect(first.textContent).toContain('13 keys');
    expect(tree.textContent).not.toContain('"Bitrate"');

    fireEvent.click(first);
    expect(tree.textContent).toContain('"Bitrate": "498.1"');
    expect(tree.textContent).toContain('"Height": 360');
    expect(tree.textContent).toContain('"Encrypt": false');

    fireEvent.click(within(panel).getByRole('button', { name: 'Collapse all' }));
    expect(
      within(panel)
        .getByRole('button', { name: /"StreamInfos"/ })
        .getAttribute('aria-expanded'),
    ).toBe('false');
    fireEvent.click(within(panel).getByRole('button', { name: 'Expand all' }));
    expect(panel.textContent).toContain('"ErrorCode": "InvalidParameter.ResourceContentBad"');

    const copy = within(panel).getByRole('button', { name: 'Copy JSON' });
    fireEvent.click(copy);
    expect(writeText).toHaveBeenCalledWith(JSON.stringify(detail.payload, null, 2));
    await waitFor(() => expect(copy.textContent).toBe('Copied'));
  });

  it('JSON says why there is no tree for a body that is not JSON', () => {
    const detail = makeDetail(BODIES.nonJsonText, {
      row: { problem: 'The body is plain text, not JSON or XML.' },
    });
    renderPane(detail);
    const panel = openTab('JSON');
    expect(panel.textContent).toContain('This body is not JSON, so there is no tree to show.');
    expect(panel.textContent).toContain('The body is plain text, not JSON or XML.');
    fireEvent.click(within(panel).getByRole('button', { name: 'Show the Raw tab' }));
    expect(screen.getByRole('tab', { name: 'Raw' }).getAttribute('aria-selected')).toBe('true');
  });

  it('XML pretty-prints the MNS message and copies the original', () => {
    const writeText = mockClipboard();
    const detail = makeDetail(BODIES.transcodePartial, { rawXml: XML_DOCUMENTS.mnsResponseVod });
    renderPane(detail);
    const panel = openTab('XML');
    const code = within(panel).getByLabelText('MNS message XML');
    expect(code.textContent).toContain(
      '\n  <MessageId>5F290C926D472878-2-18F7A3C5D30-200000007</MessageId>\n',
    );
    expect(code.querySelector('.xml-tag')?.textContent).toBe('Message');
    expect(code.querySelector('.xml-value')?.textContent).toBe('"http://mns.aliyuncs.com/doc/v1/"');
    fireEvent.click(within(panel).getByRole('button', { name: 'Copy XML' }));
    expect(writeText).toHaveBeenCalledWith(XML_DOCUMENTS.mnsResponseVod);
  });

  it('XML indents a minified message generated for the body', () => {
    renderPane(makeDetail(BODIES.fileUploadSuccess));
    const code = within(openTab('XML')).getByLabelText('MNS message XML');
    expect(code.textContent).toContain('\n  <DequeueCount>1</DequeueCount>\n');
    expect(code.textContent).toContain('"Extend":"{\\"localId\\":\\"clip-0042\\"');
  });

  it('Raw shows the exact body, its size, the decode layers, a wrap toggle and copy', () => {
    const writeText = mockClipboard();
    const detail = makeDetail(BODIES.topicJsonMpsJob, {
      layers: [
        {
          kind: 'topic-json',
          topicName: 'mps-notify',
          topicOwner: '1234567890123456',
          subscriptionName: 'to-watch-queue',
          messageId: 'B8C4A6F2E0D94C1A-1-18F7A3C5D21-200000003',
          messageTag: 'transcode',
          publishTime: 1715675467123,
        },
      ],
    });
    renderPane(detail);
    const panel = openTab('Raw');
    const pre = within(panel).getByLabelText('Message body as received');
    expect(pre.textContent).toBe(BODIES.topicJsonMpsJob);
    const bytes = new TextEncoder().encode(BODIES.topicJsonMpsJob).length;
    expect(panel.textContent).toContain(`${bytes} bytes`);
    expect(within(panel).getAllByRole('listitem')[0]?.textContent).toBe(
      'Topic notification, JSON format: topic mps-notify of 1234567890123456, subscription to-watch-queue, MessageId B8C4A6F2E0D94C1A-1-18F7A3C5D21-200000003, tag transcode, published 2024-05-14 08:31:07.123 UTC.',
    );
    const wrap = within(panel).getByRole('button', { name: 'Wrap lines' });
    expect(wrap.getAttribute('aria-pressed')).toBe('true');
    expect(pre.classList.contains('detail-code--wrap')).toBe(true);
    fireEvent.click(wrap);
    expect(wrap.getAttribute('aria-pressed')).toBe('false');
    expect(pre.classList.contains('detail-code--wrap')).toBe(false);
    fireEvent.click(within(panel).getByRole('button', { name: 'Copy body' }));
    expect(writeText).toHaveBeenCalledWith(BODIES.topicJsonMpsJob);
  });

  it('Raw lists Base64 and MNS-document layers in order, and says when there are none', () => {
    const { unmount } = renderPane(
      makeDetail(BODIES.fileUploadSuccess, {
        layers: [{ kind: 'mns-response', messageId: 'M-1' }, { kind: 'base64' }],
      }),
    );
    const items = within(openTab('Raw')).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'MNS message document: a whole <Message> response was stored as the body (MessageId M-1).',
      'Base64: the body was Base64 text, decoded as UTF-8.',
    ]);
    unmount();
    renderPane(makeDetail(BODIES.fileUploadSuccess));
    expect(openTab('Raw').textContent).toContain('No wrappers: the body is the event itself.');
  });

  it('Properties shows MNS system properties with exact times and epoch ms', () => {
    const detail = makeDetail(BODIES.transcodePartial, {
      row: { deliveries: 2, leaseExpiresAt: undefined },
      properties: { nextVisibleTime: T0 + 31_000, dequeueCount: 2 },
    });
    renderPane(detail);
    const panel = openTab('Properties');
    const row = (label: string): string => {
      const header = within(panel).getByRole('rowheader', { name: label });
      return header.parentElement?.querySelector('td')?.textContent ?? '';
    };
    expect(row('MessageId')).toContain('5F290C926D472878-2-18F7A3C5D30-200000007');
    expect(row('EnqueueTime')).toBe(`2024-05-14 08:31:08.000 UTC ${T0 + 1000}`);
    expect(row('FirstDequeueTime')).toBe(`2024-05-14 08:31:08.100 UTC ${T0 + 1100}`);
    expect(row('NextVisibleTime')).toBe(`2024-05-14 08:31:38.000 UTC ${T0 + 31_000}`);
    expect(row('DequeueCount')).toBe('2 · delivered more than once');
    expect(row('Priority')).toContain('8');
    expect(row('MessageBodyMD5')).toContain('3F1D0A8E2B7C4D5E6F708192A3B4C5D6');
    expect(row('Account')).toBe('1234567890123456');
    expect(row('Region')).toBe('cn-shanghai');
    expect(row('Queue')).toBe('vod-events');
    expect(row('First seen')).toContain('2024-05-14 08:31:09.000 UTC');
    expect(row('Last seen')).toContain('2024-05-14 08:31:09.000 UTC');
    expect(row('Deliveries')).toBe('2');
  });

  it('Properties says when NextVisibleTime is unknown', () => {
    renderPane(makeDetail(BODIES.transcodePartial));
    expect(openTab('Properties').textContent).toContain(
      'Only known for a message MNS Watch received',
    );
  });

  it('keeps the chosen tab when another message is shown', () => {
    const { rerender, spies } = renderPane(makeDetail(BODIES.transcodePartial));
    openTab('Raw');
    const next = makeDetail(BODIES.fileUploadSuccess, { row: { id: 'other' } });
    // The same tree as renderPane renders, now with the next message.
    rerender(
      <I18nProvider language="en">
        <DetailPane
          row={next.row}
          detail={next}
          error={undefined}
          mode="watch"
          timeZone="utc"
          now={T0}
          {...spies}
        />
      </I18nProvider>,
    );
    expect(screen.getByRole('tab', { name: 'Raw' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByLabelText('Message body as received').textContent).toBe(
      BODIES.fileUploadSuccess,
    );
  });
});
