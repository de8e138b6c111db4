import { describe, expect, it } from 'vitest';

import { START_USAGE, parseStartArgs } from '../../../../main/hosts/cli/start-args';

const defaults = { host: 'auto', demo: false, port: undefined, dataDir: undefined, open: true };

describe('parseStartArgs', () => {
  it('defaults to the desktop app (or the browser without Electron), opening it', () => {
    expect(parseStartArgs([])).toEqual({ ok: true, args: defaults });
  });

  it.each([
    [['--web'], { host: 'web' }],
    [['--terminal'], { host: 'terminal' }],
    [['--demo'], { demo: true }],
    [['--no-open'], { open: false }],
    [['--port', '8080'], { port: 8080 }],
    [['--port', '1'], { port: 1 }],
    [['--port', '65535'], { port: 65_535 }],
    [['--data-dir', '/tmp/mns watch'], { dataDir: '/tmp/mns watch' }],
    [['--data-dir', '-odd-name'], { dataDir: '-odd-name' }],
    [['--web', '--terminal'], { host: 'terminal' }],
    [['--port', '1000', '--port', '2000'], { port: 2000 }],
  ])('%j', (argv, change) => {
    expect(parseStartArgs(argv)).toEqual({ ok: true, args: { ...defaults, ...change } });
  });

  it('reads every flag together', () => {
    expect(
      parseStartArgs(['--web', '--demo', '--port', '4321', '--data-dir', 'data', '--no-open']),
    ).toEqual({
      ok: true,
      args: { host: 'web', demo: true, port: 4321, dataDir: 'data', open: false },
    });
  });

  it.each([
    [['--port'], '--port needs a number from 1 to 65535'],
    [['--port', '--web'], '--port needs a number from 1 to 65535'],
    [['--port', '0'], '--port needs a number from 1 to 65535, not "0"'],
    [['--port', '65536'], '--port needs a number from 1 to 65535, not "65536"'],
    [['--port', '80.5'], '--port needs a number from 1 to 65535, not "80.5"'],
    [['--port', '-1'], '--port needs a number from 1 to 65535, not "-1"'],
    [['--port', '0x50'], '--port needs a number from 1 to 65535, not "0x50"'],
    [['--port', ' 80'], '--port needs a number from 1 to 65535, not " 80"'],
    [['--data-dir'], '--data-dir needs a folder path'],
    [['--data-dir', '  '], '--data-dir needs a folder path'],
    [['--data-dir', '--demo'], '--data-dir needs a folder path'],
    [['--webb'], 'unknown option "--webb"'],
    [['web'], 'unknown option "web"'],
    [['--demo', '--port=80'], 'unknown option "--port=80"'],
  ])('refuses %j', (argv, error) => {
    expect(parseStartArgs(argv)).toEqual({ ok: false, error });
  });

  it('asks for help with --help or -h, wherever it is', () => {
    expect(parseStartArgs(['--help'])).toEqual({ ok: 'help' });
    expect(parseStartArgs(['-h'])).toEqual({ ok: 'help' });
    expect(parseStartArgs(['--web', '--port', '80', '-h'])).toEqual({ ok: 'help' });
  });

  it('documents every flag it accepts', () => {
    for (const flag of ['--web', '--demo', '--port N', '--data-dir DIR', '--no-open', '--terminal'])
      expect(START_USAGE).toContain(flag);
  });
});
