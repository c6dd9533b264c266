import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

import { afterEach, describe, expect, it } from 'vitest';

const cli = path.resolve(import.meta.dirname, '../../../main/simulator/cli.ts');
const children: ChildProcess[] = [];

afterEach(() => {
  for (const child of children.splice(0)) {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
});

/** Starts the CLI and resolves with its first `count` stdout lines. */
function start(
  args: string[],
  count: number,
): Promise<{ child: ChildProcess; lines: string[] }> {
  const child = spawn(process.execPath, ['--import', 'tsx', cli, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);

  return new Promise((resolve, reject) => {
    const lines: string[] = [];
    const reader = createInterface({ input: child.stdout });
    reader.on('line', (line) => {
      lines.push(line);
      if (lines.length === count) resolve({ child, lines });
    });
    child.once('exit', (code) =>
      reject(new Error(`simulator exited early with ${code}`)),
    );
  });
}

function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

function runToEnd(args: string[]): { status: number | null; stderr: string } {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', cli, ...args],
    {
      encoding: 'utf8',
      timeout: 15_000,
    },
  );
  return { status: result.status, stderr: result.stderr };
}

describe('simulator CLI', () => {
  it('prints the base URL and generated account', async () => {
    const { lines } = await start(['--port', '0'], 3);

    expect(lines[0]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(lines[1]).toMatch(/^accountSid=[0-9a-f]{32}$/);
    expect(lines[2]).toMatch(/^authToken=[0-9a-f]{30}$/);
  });

  it('serves the given account', async () => {
    const sid = 'a'.repeat(32);
    const { lines } = await start(
      ['--account-sid', sid, '--auth-token', 'b'.repeat(30)],
      1,
    );

    const cards = await fetch(`${lines[0]}sim/cards`);
    expect(cards.status).toBe(200);
  });

  it('stops cleanly on SIGTERM', async () => {
    const { child } = await start([], 1);
    const exit = exitOf(child);
    child.kill('SIGTERM');

    expect(await exit).toBe(0);
  });

  it('stops cleanly on SIGINT', async () => {
    const { child } = await start([], 1);
    const exit = exitOf(child);
    child.kill('SIGINT');

    expect(await exit).toBe(0);
  });

  it('rejects a bad port with exit code 2', () => {
    const result = runToEnd(['--port', '70000']);

    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--port "70000"/);
  });

  it('rejects an unknown option with exit code 2', () => {
    const result = runToEnd(['--colour', 'red']);

    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--colour/);
  });

  it('rejects a sid without a token with exit code 2', () => {
    const result = runToEnd(['--account-sid', 'a'.repeat(32)]);

    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--auth-token/);
  });

  it('rejects a short sid with exit code 2', () => {
    const result = runToEnd(['--account-sid', 'abc', '--auth-token', 'x']);

    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--account-sid must be 32/);
  });
});
