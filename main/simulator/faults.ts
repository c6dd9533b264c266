// Faults the simulator injects per action, for tests of the client's error
// handling. Each fault fires a set number of times, with a probability from
// a seeded generator, or on every request.

export type FaultKind =
  /** Carry out the request, then wait `ms` before responding. */
  | 'delay'
  /** Never respond, and keep the socket open. */
  | 'no-answer'
  /** Carry out the request (a card is made), then close the socket without a response. */
  | 'drop-response'
  /** Respond with HTTP 500 and a plain-text body. */
  | 'http-500'
  /** Respond with HTTP 200 and an HTML page. */
  | 'html'
  /** Respond with the envelope of status 4005. */
  | 'quota'
  /** Reset the connection before reading the request. */
  | 'reset'
  /** Move the server clock by `ms` for this request. */
  | 'clock-offset';

export const FAULT_KINDS: readonly FaultKind[] = [
  'delay',
  'no-answer',
  'drop-response',
  'http-500',
  'html',
  'quota',
  'reset',
  'clock-offset',
];

export interface Fault {
  kind: FaultKind;
  /** Milliseconds for `delay` and `clock-offset`. */
  ms?: number;
  /** Fire this many times, then drop the fault. */
  count?: number;
  /** Chance from 0 to 1 that the fault fires on a request. */
  probability?: number;
}

/** An action name, or "*" for every action. */
export type FaultTarget = string;

/** Returns a seeded pseudo-random generator (mulberry32) of numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Checks a fault from a test or the control endpoint; returns a message or null. */
export function faultProblem(
  action: unknown,
  fault: Partial<Fault>,
): string | null {
  if (typeof action !== 'string' || action === '') {
    return 'action is missing; give an API action such as "getLink", or "*"';
  }
  if (!FAULT_KINDS.includes(fault.kind as FaultKind)) {
    return `kind must be one of ${FAULT_KINDS.join(', ')}`;
  }
  if (
    (fault.kind === 'delay' || fault.kind === 'clock-offset') &&
    !Number.isFinite(fault.ms)
  ) {
    return `a ${fault.kind} fault needs ms, a number of milliseconds`;
  }
  if (
    fault.count !== undefined &&
    (!Number.isInteger(fault.count) || fault.count < 1)
  ) {
    return 'count must be a whole number of at least 1';
  }
  if (
    fault.probability !== undefined &&
    (typeof fault.probability !== 'number' ||
      fault.probability < 0 ||
      fault.probability > 1)
  ) {
    return 'probability must be a number from 0 to 1';
  }
  return null;
}

/** The injected faults, consulted once per API request. */
export class FaultBook {
  private entries: Array<{
    target: FaultTarget;
    fault: Fault;
    remaining?: number;
  }> = [];
  private readonly random: () => number;

  constructor(seed: number) {
    this.random = seededRandom(seed);
  }

  add(target: FaultTarget, fault: Fault): void {
    const problem = faultProblem(target, fault);
    if (problem !== null) throw new RangeError(`Invalid fault: ${problem}.`);

    const entry: { target: FaultTarget; fault: Fault; remaining?: number } = {
      target,
      fault,
    };
    if (fault.count !== undefined) entry.remaining = fault.count;
    this.entries.push(entry);
  }

  clear(): void {
    this.entries = [];
  }

  /** Returns the faults that fire for one request of `action`, in order added. */
  draw(action: string): Fault[] {
    const fired: Fault[] = [];
    for (const entry of this.entries) {
      if (entry.target !== action && entry.target !== '*') continue;
      if (
        entry.fault.probability !== undefined &&
        this.random() >= entry.fault.probability
      ) {
        continue;
      }
      fired.push(entry.fault);
      if (entry.remaining !== undefined) entry.remaining -= 1;
    }

    this.entries = this.entries.filter((entry) => entry.remaining !== 0);
    return fired;
  }
}
