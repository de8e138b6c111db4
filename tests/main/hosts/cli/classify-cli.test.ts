import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = join(__dirname, '../../../..');

async function classify(
  ...files: string[]
): Promise<{ lines: Record<string, unknown>[]; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', 'main/hosts/cli/classify.ts', ...files],
      { cwd: root },
    );
    return {
      lines: stdout
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>),
      stderr,
      code: 0,
    };
  } catch (error) {
    const failed = error as { stdout: string; stderr: string; code: number };
    return {
      lines: failed.stdout
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>),
      stderr: failed.stderr,
      code: failed.code,
    };
  }
}

describe('npm run classify', () => {
  const dir = mkdtempSync(join(tmpdir(), 'classify-'));
  const file = (name: string, content: string | Buffer): string => {
    writeFileSync(join(dir, name), content);
    return join(dir, name);
  };

  it('prints one JSON line per file with the default notification decision', async () => {
    const transcode = file(
      'transcode.json',
      '{"EventType":"TranscodeComplete","VideoId":"v1","Status":"fail","StreamInfos":[{"Definition":"SD","Status":"fail","ErrorMessage":"bad source"}]}',
    );
    const upload = file(
      'upload.b64',
      Buffer.from('{"EventType":"FileUploadComplete","VideoId":"v2"}').toString('base64'),
    );
    const response = file(
      'response.xml',
      '<?xml version="1.0"?><Message xmlns="http://mns.aliyuncs.com/doc/v1/"><MessageId>M</MessageId><MessageBody>{&quot;JobId&quot;:&quot;j&quot;,&quot;Type&quot;:&quot;Snapshot&quot;,&quot;State&quot;:&quot;Success&quot;}</MessageBody></Message>',
    );
    const junk = file('junk.bin', Buffer.from([0, 255, 1, 254]));
    const result = await classify(transcode, upload, response, junk);
    expect(result.code).toBe(0);
    expect(result.lines).toEqual([
      {
        file: transcode,
        source: 'vod',
        eventType: 'TranscodeComplete',
        kind: 'transcode',
        outcome: 'failure',
        keyId: 'v1',
        notify: true,
        title: 'Transcode failed: bad source',
      },
      {
        file: upload,
        source: 'vod',
        eventType: 'FileUploadComplete',
        kind: 'upload',
        outcome: 'success',
        keyId: 'v2',
        notify: false,
        title: 'Video uploaded',
      },
      {
        file: response,
        source: 'mps-job',
        eventType: 'Snapshot',
        kind: 'snapshot',
        outcome: 'success',
        keyId: 'j',
        notify: false,
        title: 'MPS snapshot complete',
      },
      {
        file: junk,
        source: 'unknown',
        eventType: 'Unknown',
        kind: 'other',
        outcome: 'unknown',
        keyId: null,
        notify: false,
        title: 'Unreadable message',
      },
    ]);
  });

  it('reports an unreadable file, keeps going, and exits non-zero', async () => {
    const ok = file('ok.json', '{"JobId":"j","Type":"Transcode","State":"Success"}');
    const result = await classify(join(dir, 'missing.json'), ok);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('cannot read');
    expect(result.lines.map((l) => l.keyId)).toEqual(['j']);
  });
});
