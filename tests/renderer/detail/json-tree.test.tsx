import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { JsonValue } from '../../../preload/contract';
import { JSON_PAGE_SIZE, JsonTree, LONG_STRING } from '../../../renderer/detail/JsonTree';
import { I18nProvider } from '../../../renderer/i18n/i18n-context';
import { BODIES } from './support/fixtures';
import { makeDetail } from './support/details';
import { renderPane } from './support/render';

const renderTree = (value: JsonValue, mode: 'default' | 'all' | 'none' = 'default') =>
  render(
    <I18nProvider language="en">
      <JsonTree value={value} label="Tree" mode={mode} />
    </I18nProvider>,
  );

describe('JsonTree', () => {
  it('pages big arrays, 100 children at a time', () => {
    const items = Array.from({ length: 250 }, (_, i) => i);
    renderTree({ items });
    const tree = screen.getByRole('list', { name: 'Tree' });
    const children = (): number =>
      tree.querySelectorAll('.json-tree__children .json-tree__row').length;
    expect(children()).toBe(JSON_PAGE_SIZE);
    fireEvent.click(screen.getByText('Show 100 more (150 left)'));
    expect(children()).toBe(200);
    fireEvent.click(screen.getByText('Show 50 more (50 left)'));
    expect(children()).toBe(250);
    expect(screen.queryByText(/Show .* more/)).toBeNull();
  });

  it('cuts long strings until asked', () => {
    renderTree({ s: 'x'.repeat(LONG_STRING + 500) });
    const leaf = screen.getByRole('list', { name: 'Tree' }).querySelector('.json-tree__string');
    expect(leaf?.textContent?.length).toBe(LONG_STRING + 2);
    fireEvent.click(
      screen.getByRole('button', { name: `Show all ${LONG_STRING + 500} characters` }),
    );
    expect(leaf?.textContent?.length).toBe(LONG_STRING + 502);
  });

  it('shows empty containers and scalars of every type', () => {
    renderTree({ o: {}, a: [], n: 1.5, b: true, z: null, s: 'q"x' });
    const text = screen.getByRole('list', { name: 'Tree' }).textContent;
    for (const part of [
      '"o": {}',
      '"a": []',
      '"n": 1.5',
      '"b": true',
      '"z": null',
      '"s": "q\\"x"',
    ]) {
      expect(text).toContain(part);
    }
  });

  it('renders 10,000 levels of nesting lazily, and "expand all" stops at a sane depth', () => {
    const payload = JSON.parse(BODIES.deepObject) as { [key: string]: JsonValue };
    renderPane(makeDetail(BODIES.deepObject, { payload }));
    fireEvent.click(screen.getByRole('tab', { name: 'JSON' }));
    const panel = screen.getByRole('tabpanel');
    expect(panel.querySelectorAll('.json-tree__node').length).toBeLessThanOrEqual(3);
    fireEvent.click(within(panel).getByRole('button', { name: 'Expand all' }));
    const open = panel.querySelectorAll('[aria-expanded="true"]').length;
    expect(open).toBeGreaterThan(10);
    expect(open).toBeLessThanOrEqual(40);
  });

  it('opens a 64 KB workflow report without rendering all of it', () => {
    const detail = makeDetail(BODIES.workflowReport64kb);
    renderPane(detail);
    fireEvent.click(screen.getByRole('tab', { name: 'JSON' }));
    const panel = screen.getByRole('tabpanel');
    // ActivityList is deep inside and closed, so only a handful of rows exist.
    expect(panel.querySelectorAll('li').length).toBeLessThan(60);
    fireEvent.click(within(panel).getByRole('button', { name: 'Expand all' }));
    expect(panel.querySelectorAll('li').length).toBeGreaterThan(100);
    expect(screen.getByRole('button', { name: /Show 100 more/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'Raw' }));
    expect(screen.getByLabelText('Message body as received').textContent).toBe(
      BODIES.workflowReport64kb,
    );
  });

  it('shows a 1 MB raw body in part, with a way to see all of it', () => {
    const body = `{"EventType":"X","Pad":"${'y'.repeat(1024 * 1024)}"}`;
    renderPane(makeDetail(body));
    fireEvent.click(screen.getByRole('tab', { name: 'Raw' }));
    const pre = screen.getByLabelText('Message body as received');
    expect(pre.textContent?.length).toBe(256 * 1024);
    expect(screen.getByRole('tabpanel').textContent).toContain('1,048,602 bytes (1.0 MB)');
    fireEvent.click(screen.getByRole('button', { name: 'Show all 1,048,602 characters' }));
    expect(pre.textContent).toBe(body);
  });
});
