// Checks a client configuration once, at construction, so a typo in the
// settings fails early with the field named, not at the first guest.
import { QrMasterError } from './errors';
import type { QrMasterConfig } from './types';
import { assertTimeZone } from './wall-clock';

/** A configuration with every default filled in. */
export interface ResolvedConfig {
  baseUrl: URL;
  accountSid: string;
  authToken: string;
  communityNo: string;
  communityTimeZone: string;
  userAgent: string;
  format: 'json' | 'xml';
  connectTimeoutMs: number;
  totalTimeoutMs: number;
  now: () => Date;
  attempts: number;
  baseDelayMs: number;
}

const DEFAULT_CONNECT_TIMEOUT_MS = 5_000;
const DEFAULT_TOTAL_TIMEOUT_MS = 15_000;
const DEFAULT_ATTEMPTS = 3;
const DEFAULT_BASE_DELAY_MS = 200;

function reject(field: string, message: string): never {
  throw new QrMasterError('invalid-input', 'configure', message, { field });
}

/** True for `localhost`, 127.0.0.0/8 and ::1. */
export function isLoopbackHost(hostname: string): boolean {
  return (
    hostname === 'localhost' ||
    hostname === '[::1]' ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname)
  );
}

function parseBaseUrl(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    // The URL constructor's own message adds nothing to the one below.
    return reject(
      'baseUrl',
      `baseUrl "${value}" is not a URL; use https://api.uclbrt.com/.`,
    );
  }

  if (url.username !== '' || url.password !== '') {
    reject('baseUrl', 'baseUrl must not contain a user name or password.');
  }
  if (url.search !== '' || url.hash !== '') {
    reject('baseUrl', 'baseUrl must not contain a query or a fragment.');
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    reject(
      'baseUrl',
      `baseUrl "${value}" uses plain http; use https, which is required for every host but the loopback simulator.`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    reject('baseUrl', `baseUrl "${value}" must start with https://.`);
  }
  return url;
}

function positiveInteger(
  field: string,
  value: number | undefined,
  fallback: number,
): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value <= 0) {
    reject(field, `${field} must be a whole number above 0; got ${value}.`);
  }
  return value;
}

function checkAccount(config: QrMasterConfig): void {
  if (!/^[A-Za-z0-9]{32}$/.test(config.accountSid)) {
    reject(
      'accountSid',
      'accountSid must be 32 letters and digits, as shown in the QR Master console.',
    );
  }
  // Real tokens are 30 hex characters, but the vendor fixes no length.
  if (!/^[\x21-\x7e]+$/.test(config.authToken)) {
    reject(
      'authToken',
      'authToken is missing or contains spaces or non-ASCII characters.',
    );
  }
  if (!/^\d{1,20}$/.test(config.communityNo)) {
    reject(
      'communityNo',
      `communityNo "${config.communityNo}" must be digits only, such as 1316880000.`,
    );
  }
}

/** Checks a configuration and fills in the defaults. */
export function resolveConfig(config: QrMasterConfig): ResolvedConfig {
  const baseUrl = parseBaseUrl(config.baseUrl);
  checkAccount(config);

  try {
    assertTimeZone(config.communityTimeZone);
  } catch (error) {
    reject('communityTimeZone', (error as Error).message);
  }
  if (!/^[\w.+-]+$/.test(config.appVersion)) {
    reject(
      'appVersion',
      `appVersion "${config.appVersion}" must be a version such as 1.2.0.`,
    );
  }
  if (
    config.format !== undefined &&
    config.format !== 'json' &&
    config.format !== 'xml'
  ) {
    reject('format', 'format must be "json" or "xml".');
  }

  return {
    baseUrl,
    accountSid: config.accountSid,
    authToken: config.authToken,
    communityNo: config.communityNo,
    communityTimeZone: config.communityTimeZone,
    userAgent: `Lobbykey/${config.appVersion}`,
    format: config.format ?? 'json',
    connectTimeoutMs: positiveInteger(
      'connectTimeoutMs',
      config.connectTimeoutMs,
      DEFAULT_CONNECT_TIMEOUT_MS,
    ),
    totalTimeoutMs: positiveInteger(
      'totalTimeoutMs',
      config.totalTimeoutMs,
      DEFAULT_TOTAL_TIMEOUT_MS,
    ),
    now: config.now ?? (() => new Date()),
    attempts: positiveInteger(
      'retry.attempts',
      config.retry?.attempts,
      DEFAULT_ATTEMPTS,
    ),
    baseDelayMs: positiveInteger(
      'retry.baseDelayMs',
      config.retry?.baseDelayMs,
      DEFAULT_BASE_DELAY_MS,
    ),
  };
}
