// `npm run bench`: runs the exported run() of every bench/*.bench.ts module
// in turn (or only those whose names contain an argument) and prints what
// each returns. A module may also print its own lines as it goes.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

interface BenchModule {
  run?: () => unknown;
}

function format(result: unknown): string {
  if (result === undefined || result === null) return '';
  if (typeof result === 'string')
    return result.endsWith('\n') ? result : `${result}\n`;
  return `${JSON.stringify(result, null, 2)}\n`;
}

async function main(): Promise<void> {
  const filters = process.argv.slice(2);
  const files = readdirSync(import.meta.dirname)
    .filter((name) => name.endsWith('.bench.ts'))
    .filter(
      (name) => filters.length === 0 || filters.some((f) => name.includes(f)),
    )
    .sort();

  let failures = 0;
  for (const file of files) {
    process.stdout.write(`\n== ${file}\n`);
    try {
      const module = (await import(
        pathToFileURL(path.join(import.meta.dirname, file)).href
      )) as BenchModule;
      if (typeof module.run !== 'function')
        throw new Error(`${file} exports no run() function`);
      process.stdout.write(format(await module.run()));
    } catch (error) {
      failures += 1;
      process.stderr.write(
        `${file} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
    }
  }
  process.exit(failures > 0 ? 1 : 0);
}

void main();
