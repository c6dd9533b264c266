// Throughput and latency of the QR Master client against the simulator on
// loopback, with CPU time per request. The simulator runs in a child process,
// so the client's and the server's CPU time are measured apart.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';

import { QrMasterClient, type GetLinkParams } from '../main/qrmaster';
import { interpretResponse } from '../main/qrmaster/response';
import { signCardCall } from '../main/qrmaster/signing';
import { buildGetLinkFields } from '../main/qrmaster/validation';
import { formatSignatureTimestamp } from '../main/qrmaster/wall-clock';
import { encodeBody } from '../main/qrmaster/wire';

const PHASE_MS = 1_500;
const WARM_UP_MS = 300;
const CONCURRENCIES = [1, 16];
const MICRO_ITERATIONS = 20_000;

interface Account {
  baseUrl: string;
  accountSid: string;
  authToken: string;
}

async function startSimulatorProcess(): Promise<{
  child: ChildProcess;
  account: Account;
}> {
  const cli = path.resolve(import.meta.dirname, '../main/simulator/cli.ts');
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', cli, '--port', '0'],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const lines: string[] = [];
  const reader = createInterface({ input: child.stdout });
  await new Promise<void>((resolve, reject) => {
    reader.on('line', (line) => {
      lines.push(line);
      if (lines.length === 3) resolve();
    });
    child.once('exit', (code) =>
      reject(new Error(`simulator exited with ${code}`)),
    );
  });

  const [baseUrl = '', sidLine = '', tokenLine = ''] = lines;
  return {
    child,
    account: {
      baseUrl,
      accountSid: sidLine.replace('accountSid=', ''),
      authToken: tokenLine.replace('authToken=', ''),
    },
  };
}

function stayParams(): GetLinkParams {
  return {
    mobile: '13800138000',
    areaCode: '86',
    buildNo: '1',
    floorNo: '1',
    roomNo: '101',
    startTime: new Date(),
    endTime: new Date(Date.now() + 86_400_000),
    sendSms: false,
  };
}

/**
 * Reads the CPU time of a process in microseconds from /proc (Linux only;
 * NaN elsewhere). The kernel counts in clock ticks of 10 ms on common
 * kernels (USER_HZ = 100), so short phases get a coarse figure.
 */
function processCpuUs(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10_000;
  } catch {
    // No /proc on this system: the column shows NaN.
    return NaN;
  }
}

function percentile(sorted: number[], p: number): number {
  return (
    sorted[
      Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))
    ] ?? NaN
  );
}

interface PhaseResult {
  requests: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  cpuUsPerRequest: number;
  serverCpuUsPerRequest: number;
}

/**
 * Runs `call` from `concurrency` loops for `ms`, recording each latency and
 * the CPU time of this process and of the simulator process `serverPid`.
 */
async function phase(
  call: () => Promise<unknown>,
  concurrency: number,
  ms: number,
  serverPid: number | undefined,
): Promise<PhaseResult> {
  const latencies: number[] = [];
  const serverCpuStart = processCpuUs(serverPid);
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const deadline = start + ms;

  const worker = async (): Promise<void> => {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      await call();
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));

  const elapsed = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  const serverCpu = processCpuUs(serverPid) - serverCpuStart;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    perSecond: (latencies.length * 1000) / elapsed,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    cpuUsPerRequest: (cpu.user + cpu.system) / latencies.length,
    serverCpuUsPerRequest: serverCpu / latencies.length,
  };
}

/** Median CPU microseconds of validate + sign + serialise + parse, per request. */
function clientOverheadUs(account: Account): number {
  const response = {
    httpStatus: 200,
    headers: {},
    body: '{"status":200,"info":"success","no":"0123456789ABCDEF"}',
  };
  const samples: number[] = [];
  for (let batch = 0; batch < 20; batch += 1) {
    const start = process.cpuUsage();
    for (let i = 0; i < MICRO_ITERATIONS / 20; i += 1) {
      const now = new Date();
      const fields = buildGetLinkFields(
        stayParams(),
        '1316880000',
        'Asia/Shanghai',
        now,
      );
      signCardCall(
        account.accountSid,
        account.authToken,
        formatSignatureTimestamp(now),
      );
      encodeBody(fields, 'json', 'request');
      interpretResponse('getLink', response, 'json', now);
    }
    const cpu = process.cpuUsage(start);
    samples.push((cpu.user + cpu.system) / (MICRO_ITERATIONS / 20));
  }
  samples.sort((a, b) => a - b);
  return percentile(samples, 50);
}

function row(name: string, concurrency: number, result: PhaseResult): string {
  return [
    name.padEnd(8),
    String(concurrency).padStart(4),
    String(result.requests).padStart(7),
    result.perSecond.toFixed(0).padStart(8),
    result.p50Ms.toFixed(2).padStart(8),
    result.p99Ms.toFixed(2).padStart(8),
    result.cpuUsPerRequest.toFixed(0).padStart(10),
    result.serverCpuUsPerRequest.toFixed(0).padStart(10),
  ].join(' ');
}

export async function run(): Promise<string> {
  const { child, account } = await startSimulatorProcess();
  const client = new QrMasterClient({
    ...account,
    communityNo: '1316880000',
    communityTimeZone: 'Asia/Shanghai',
    appVersion: 'bench',
  });

  try {
    const { cardNo } = await client.getLink(stayParams());
    const calls: Record<string, () => Promise<unknown>> = {
      getLink: () => client.getLink(stayParams()),
      getCard: () =>
        client.getCard({ cardNo, mobile: '13800138000', areaCode: '86' }),
    };

    const lines = [
      `machine: ${os.cpus().length} x ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, load average ${os.loadavg()[0]?.toFixed(1)}; simulator in a child process`,
      'call     conc    reqs    req/s  p50 ms  p99 ms  client CPU us/req  simulator CPU us/req',
    ];
    for (const [name, call] of Object.entries(calls)) {
      for (const concurrency of CONCURRENCIES) {
        await phase(call, concurrency, WARM_UP_MS, child.pid);
        const result = await phase(call, concurrency, PHASE_MS, child.pid);
        lines.push(row(name, concurrency, result));
      }
    }
    lines.push(
      `client overhead (validate + sign + serialise + parse, median): ${clientOverheadUs(account).toFixed(1)} us per getLink`,
    );
    return lines.join('\n');
  } finally {
    client.close();
    child.kill('SIGTERM');
  }
}
