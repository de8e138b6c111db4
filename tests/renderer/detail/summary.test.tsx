import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { ActivityView, RenditionView, SummaryView } from '../../../preload/contract';
import { BODIES } from './support/fixtures';
import { makeDetail } from './support/details';
import { renderPane } from './support/render';

const rendition = (overrides: Partial<RenditionView>): RenditionView => ({
  definition: undefined,
  format: undefined,
  width: undefined,
  height: undefined,
  bitrateKbps: undefined,
  fps: undefined,
  sizeBytes: undefined,
  durationSeconds: undefined,
  url: undefined,
  status: 'success',
  jobId: undefined,
  errorCode: undefined,
  errorMessage: undefined,
  encrypted: undefined,
  codec: undefined,
  ...overrides,
});

const activity = (overrides: Partial<ActivityView> & { name: string }): ActivityView => ({
  type: undefined,
  state: undefined,
  outcome: 'success',
  jobId: undefined,
  errorCode: undefined,
  errorMessage: undefined,
  ...overrides,
});

const section = (name: string | RegExp): HTMLElement => screen.getByRole('region', { name });

/** TranscodeComplete with one failed stream (vod-transcode/transcode-partial.json). */
const TRANSCODE_PARTIAL: SummaryView = {
  renditions: [
    rendition({
      definition: 'SD',
      format: 'mp4',
      width: 640,
      height: 360,
      bitrateKbps: 498.1,
      fps: 25,
      sizeBytes: 5953001,
      durationSeconds: 95.6,
      url: 'http://vod.example.com/4c3b2a190f8e/sd.mp4',
      jobId: '0a1b2c3d4e5f46a7b8c9d0e1f2a3b4c5',
      encrypted: false,
    }),
    rendition({
      definition: 'HD',
      format: 'mp4',
      status: 'failure',
      jobId: '1b2c3d4e5f6a47b8c9d0e1f2a3b4c5d6',
      errorCode: 'InvalidParameter.ResourceContentBad',
      errorMessage: 'The source bitrate is too low for the HD template',
    }),
  ],
  facts: [],
};

describe('Summary tab', () => {
  it('shows the event identity with copyable ids', () => {
    renderPane(makeDetail(BODIES.transcodePartial, { summary: TRANSCODE_PARTIAL }));
    const identity = section('Event');
    expect(within(identity).getByRole('rowheader', { name: 'VideoId' })).toBeTruthy();
    expect(identity.textContent).toContain('4c3b2a190f8e4d7c6b5a49382716f5e4');
    expect(within(identity).getByRole('button', { name: 'Copy key id' })).toBeTruthy();
    expect(identity.textContent).toContain('2024-05-14 08:31:07.000 UTC');
  });

  it('lays renditions out as a table with human-readable numbers', () => {
    renderPane(makeDetail(BODIES.transcodePartial, { summary: TRANSCODE_PARTIAL }));
    const table = within(section('Renditions (2)')).getByRole('table');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    expect(headers).toEqual([
      'Definition',
      'Format',
      'Resolution',
      'Bitrate',
      'FPS',
      'Size',
      'Duration',
      'Status',
    ]);
    const sd = within(table).getByRole('rowheader', { name: 'SD' }).parentElement;
    expect([...(sd?.querySelectorAll('td') ?? [])].map((cell) => cell.textContent)).toEqual([
      'mp4',
      '640×360',
      '498.1 kbps',
      '25',
      '5.7 MB',
      '1:35.6',
      '✓Succeeded',
    ]);
    const hd = within(table).getByRole('rowheader', { name: 'HD' }).parentElement;
    expect(hd?.textContent).toContain('✕Failed');
    expect(table.textContent).toContain(
      'InvalidParameter.ResourceContentBad The source bitrate is too low for the HD template',
    );
    expect(table.textContent).toContain('http://vod.example.com/4c3b2a190f8e/sd.mp4');
    expect(table.textContent).toContain('1b2c3d4e5f6a47b8c9d0e1f2a3b4c5d6');
  });

  it('gives http URLs copy and a safe Open link, and other schemes only copy', () => {
    const summary: SummaryView = {
      renditions: [
        rendition({ definition: 'SD', url: 'http://vod.example.com/sd.mp4' }),
        rendition({ definition: 'HD', url: 'javascript:alert(1)' }),
        rendition({ definition: 'FD', url: 'file:///etc/passwd' }),
      ],
      facts: [{ label: 'Play URL', value: 'https://cdn.example.com/a.m3u8' }],
    };
    renderPane(makeDetail(BODIES.transcodePartial, { summary }));
    const links = screen.getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      'http://vod.example.com/sd.mp4',
      'https://cdn.example.com/a.m3u8',
    ]);
    for (const link of links) {
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noreferrer noopener');
    }
    expect(screen.getByText('javascript:alert(1)').tagName).toBe('CODE');
    expect(screen.getByText('file:///etc/passwd').tagName).toBe('CODE');
    expect(screen.getAllByRole('button', { name: 'Copy URL' })).toHaveLength(4);
  });

  it('shows snapshots, the cover URL and a parsed Extend as a tree', () => {
    const summary: SummaryView = {
      coverUrl: 'http://vod.example.com/5aed8101f2f04d3c9e3c1c9f6a7b8c01/snapshot/cover/00001.jpg',
      snapshots: [
        {
          type: 'CoverSnapshot',
          count: 1,
          url: 'http://vod.example.com/5aed/snapshot/cover/{SnapshotCount}.jpg',
          status: 'success',
          jobId: '5f6a7b8c9d0e41f2a3b4c5d6e7f80912',
        },
        { type: 'SpriteSnapshot', count: 2, url: undefined, status: 'failure', jobId: undefined },
      ],
      extend: { raw: '{"localId":"clip-0042"}', parsed: { localId: 'clip-0042' } },
      facts: [],
    };
    renderPane(makeDetail(BODIES.snapshotSuccess, { summary }));
    const snapshots = section('Snapshots');
    expect(snapshots.textContent).toContain('Cover');
    expect(snapshots.textContent).toContain('snapshot/cover/00001.jpg');
    const items = within(snapshots).getAllByRole('listitem');
    expect(items[0]?.textContent).toContain('CoverSnapshot');
    expect(items[0]?.textContent).toContain('1 images');
    expect(items[1]?.textContent).toContain('✕Failed');
    const extend = section('Extend / UserData');
    expect(within(extend).getByRole('list', { name: 'Extend / UserData' }).textContent).toContain(
      '"localId": "clip-0042"',
    );
  });

  it('shows an Extend that is not JSON as the raw string', () => {
    const summary: SummaryView = { extend: { raw: 'test data', parsed: undefined }, facts: [] };
    renderPane(makeDetail(BODIES.fileUploadSuccess, { summary }));
    const extend = section('Extend / UserData');
    expect(extend.textContent).toContain('Not JSON; shown as sent.');
    expect(extend.querySelector('pre')?.textContent).toBe('test data');
  });

  it('shows an AI moderation verdict with its labels', () => {
    const summary: SummaryView = {
      ai: { suggestion: 'block', labels: ['terrorism'], tags: [], matches: [] },
      facts: [],
    };
    renderPane(makeDetail(BODIES.aiAuditBlock, { summary }));
    const ai = section('AI result');
    expect(ai.textContent).toContain('Suggestion');
    expect(ai.querySelector('.badge--failure')?.textContent).toBe('✕block');
    expect(within(ai).getByRole('list', { name: 'Labels' }).textContent).toBe('terrorism');
  });

  it('shows smart tags and fingerprint matches as tables', () => {
    const summary: SummaryView = {
      ai: {
        suggestion: undefined,
        labels: [],
        tags: [
          { category: 'Keyword', tag: 'car' },
          { category: 'Person', tag: 'Jane Doe' },
        ],
        matches: [{ primaryKey: '3d3d12340d92c641401fab46a0b81234', similarity: '0.98' }],
      },
      facts: [],
    };
    renderPane(makeDetail(BODIES.aiTagSuccess, { summary }));
    const tags = screen.getByRole('table', { name: 'Smart tags' });
    expect(
      within(tags)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual(['CategoryTag', 'Keywordcar', 'PersonJane Doe']);
    const matches = screen.getByRole('table', { name: 'Fingerprint matches' });
    expect(matches.textContent).toContain('3d3d12340d92c641401fab46a0b81234');
    expect(matches.textContent).toContain('0.98');
  });

  it('shows a manual review result', () => {
    const summary: SummaryView = {
      review: {
        auditStatus: 'Blocked',
        auditor: 'reviewer-07',
        reason: 'Contains copyrighted footage',
      },
      facts: [],
    };
    renderPane(makeDetail(BODIES.auditBlocked, { summary }));
    const review = section('Manual review');
    expect(review.querySelector('.badge--failure')?.textContent).toBe('✕Blocked');
    expect(review.textContent).toContain('reviewer-07');
    expect(review.textContent).toContain('Contains copyrighted footage');
  });

  it('lists workflow activities with outcomes and errors', () => {
    const summary: SummaryView = {
      workflow: {
        name: 'hls-multi-rate',
        state: 'Completed',
        activities: [
          activity({ name: 'Act-Start', type: 'Start', state: 'Success' }),
          activity({
            name: 'Act-Transcode-HD',
            type: 'Transcode',
            state: 'Fail',
            outcome: 'failure',
            jobId: '2c3d4e5f6a7b48c9d0e1f2a3b4c5d6e8',
            errorCode: 'InvalidParameter.ResourceContentBad',
            errorMessage: 'The resource operated "InputFile" is bad',
          }),
        ],
      },
      facts: [],
    };
    renderPane(makeDetail(BODIES.workflowReportPartial, { summary }));
    const workflow = section('Workflow');
    expect(workflow.textContent).toContain('hls-multi-rate');
    expect(workflow.textContent).toContain('Completed');
    const items = within(within(workflow).getByRole('list', { name: 'Activities' })).getAllByRole(
      'listitem',
    );
    expect(items).toHaveLength(2);
    expect(items[0]?.textContent).toContain('✓Succeeded');
    expect(items[1]?.textContent).toContain('✕Failed');
    expect(items[1]?.textContent).toContain('2c3d4e5f6a7b48c9d0e1f2a3b4c5d6e8');
    expect(items[1]?.textContent).toContain('The resource operated "InputFile" is bad');
  });

  it('explains a known error code', () => {
    const summary: SummaryView = {
      error: { code: 'InvalidVideo.NoneStream', message: 'The video has no playable stream.' },
      facts: [],
    };
    renderPane(makeDetail(BODIES.aiAuditFailure, { summary }));
    const error = section('Error');
    expect(error.textContent).toContain('InvalidVideo.NoneStream');
    expect(error.textContent).toContain('The video has no playable stream.');
    expect(error.textContent).toContain('no playable audio or video stream');
  });

  it('explains an error code by its family, and leaves unknown codes unexplained', () => {
    const { unmount } = renderPane(
      makeDetail(BODIES.aiAuditFailure, {
        summary: { error: { code: 'Throttling.PreloadQuota', message: 'Quota' }, facts: [] },
      }),
    );
    expect(section('Error').textContent).toContain('quota or rate limit');
    unmount();
    renderPane(
      makeDetail(BODIES.aiAuditFailure, {
        summary: { error: { code: 'Weird.Thing', message: undefined }, facts: [] },
      }),
    );
    expect(section('Error').querySelector('.detail-error__hint')).toBeNull();
    expect(section('Error').textContent).toContain('No error message was given.');
  });

  it('lists other facts', () => {
    const summary: SummaryView = {
      facts: [
        { label: 'Size', value: '69.8 MB' },
        { label: 'Storage class', value: 'IA' },
      ],
    };
    renderPane(makeDetail(BODIES.fileUploadSuccess, { summary }));
    const facts = section('Other facts');
    expect(
      within(facts)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual(['Size69.8 MB', 'Storage classIA']);
  });

  it('explains a body that is not an event and points to the Raw tab', () => {
    const detail = makeDetail(BODIES.nonJsonText, {
      row: { problem: 'The body is plain text, not JSON or XML.', eventType: 'Unknown' },
    });
    renderPane(detail);
    const panel = screen.getByRole('tabpanel');
    expect(panel.textContent).toContain('This body is not a VOD or MPS event.');
    expect(panel.textContent).toContain('The body is plain text, not JSON or XML.');
    expect(panel.textContent).not.toContain('nothing more to summarise');
    fireEvent.click(within(panel).getByRole('button', { name: 'Show the Raw tab' }));
    expect(screen.getByRole('tab', { name: 'Raw' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByLabelText('Message body as received').textContent).toBe(BODIES.nonJsonText);
  });

  it('says when there is nothing more to summarise', () => {
    renderPane(makeDetail(BODIES.fileUploadSuccess));
    expect(screen.getByRole('tabpanel').textContent).toContain('nothing more to summarise');
  });
});
