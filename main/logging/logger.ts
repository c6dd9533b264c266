import path from 'node:path';

import log from 'electron-log/node';

/** A module's logger: four levels, every line prefixed with the module. */
export interface Logger {
  error(message: string, ...details: unknown[]): void;
  warn(message: string, ...details: unknown[]): void;
  info(message: string, ...details: unknown[]): void;
  debug(message: string, ...details: unknown[]): void;
}

export type LogLevel = 'error' | 'warn' | 'info' | 'debug';

const FILE_MAX_BYTES = 5 * 1024 * 1024;

// Nothing goes to a file until an entry point says where; a default path
// would land in the home folder of the user running the tests.
log.transports.file.level = false;
log.transports.console.level = consoleLevelFrom(process.env.LOBBYKEY_LOG_LEVEL);
log.transports.console.format = '[{level}]{scope} {text}';

/**
 * Sends log lines to `<logDir>/lobbykey.log`, rotated at 5 MB (electron-log
 * keeps one `.old.log`), and sets the console level.
 */
export function configureLogging(options: {
  logDir: string;
  fileLevel?: LogLevel;
  consoleLevel?: LogLevel | false;
}): string {
  const file = path.join(options.logDir, 'lobbykey.log');
  log.transports.file.resolvePathFn = () => file;
  log.transports.file.maxSize = FILE_MAX_BYTES;
  log.transports.file.level = options.fileLevel ?? 'info';
  if (options.consoleLevel !== undefined) {
    log.transports.console.level = options.consoleLevel;
  }
  return file;
}

/**
 * Reads the console level from LOBBYKEY_LOG_LEVEL: error, warn (the
 * default), info, debug, or off.
 */
export function consoleLevelFrom(value: string | undefined): LogLevel | false {
  if (value === 'off') return false;
  const levels: LogLevel[] = ['error', 'warn', 'info', 'debug'];
  return levels.find((level) => level === value) ?? 'warn';
}

/** Returns the logger for one module, such as `createLogger('qrmaster')`. */
export function createLogger(module: string): Logger {
  return log.scope(module);
}
