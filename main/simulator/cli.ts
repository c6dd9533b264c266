// Command line: `npm run simulator -- --port 8058 --account-sid SID
// --auth-token TOKEN`. Prints the base URL on the first line of stdout and,
// when it generated the account, `accountSid=...` and `authToken=...` on the
// next two. Serves until SIGINT or SIGTERM. Bad arguments exit with code 2.
import { parseArgs } from 'node:util';

import {
  startSimulator,
  type Simulator,
  type SimulatorOptions,
} from './server';

const USAGE =
  'usage: npm run simulator -- [--port N] [--account-sid SID --auth-token TOKEN] [--community-no DIGITS] [--card-number-field no|cardNo]';

class UsageError extends Error {}

function parsePort(value: string | undefined): number {
  if (value === undefined) return 0;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) {
    throw new UsageError(
      `--port "${value}" must be a whole number from 0 to 65535 (0 picks a free port).`,
    );
  }
  return port;
}

function optionsFrom(argv: string[]): SimulatorOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        'account-sid': { type: 'string' },
        'auth-token': { type: 'string' },
        'community-no': { type: 'string' },
        'card-number-field': { type: 'string' },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }

  const options: SimulatorOptions = { port: parsePort(values.port) };
  const sid = values['account-sid'];
  const token = values['auth-token'];
  if ((sid === undefined) !== (token === undefined)) {
    throw new UsageError(
      '--account-sid and --auth-token must be given together, or neither to generate both.',
    );
  }
  if (sid !== undefined && !/^[A-Za-z0-9]{32}$/.test(sid)) {
    throw new UsageError('--account-sid must be 32 letters and digits.');
  }
  if (token !== undefined && !/^[\x21-\x7e]+$/.test(token)) {
    throw new UsageError(
      '--auth-token must be printable ASCII with no spaces.',
    );
  }
  if (sid !== undefined && token !== undefined) {
    options.accountSid = sid;
    options.authToken = token;
  }

  const communityNo = values['community-no'];
  if (communityNo !== undefined) {
    if (!/^\d{1,20}$/.test(communityNo)) {
      throw new UsageError(
        `--community-no "${communityNo}" must be digits only, such as 1316880000.`,
      );
    }
    options.communityNo = communityNo;
  }

  const field = values['card-number-field'];
  if (field !== undefined && field !== 'no' && field !== 'cardNo') {
    throw new UsageError(
      `--card-number-field "${field}" must be "no" or "cardNo".`,
    );
  }
  if (field !== undefined) options.cardNumberField = field;
  return options;
}

async function main(): Promise<void> {
  let options: SimulatorOptions;
  try {
    options = optionsFrom(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`simulator: ${error.message}\n${USAGE}\n`);
    process.exit(2);
  }

  // Handlers go in before the URL is printed, so a caller that signals as
  // soon as it reads the URL always reaches them.
  const running: { simulator?: Simulator } = {};
  const shutdown = (): void => {
    const stopped = running.simulator?.stop() ?? Promise.resolve();
    stopped.then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(
          `simulator: failed to stop cleanly: ${String(error)}\n`,
        );
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);

  const simulator = await startSimulator(options);
  running.simulator = simulator;
  let output = `${simulator.baseUrl}\n`;
  if (options.accountSid === undefined) {
    output += `accountSid=${simulator.accountSid}\nauthToken=${simulator.authToken}\n`;
  }
  process.stdout.write(output);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `simulator: failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
