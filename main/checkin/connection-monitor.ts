import type { z } from 'zod';

import type { ConnectionStateSchema } from '../../preload/contract';
import { createLogger } from '../logging/logger';

const log = createLogger('connection');

export type ConnectionState = z.infer<typeof ConnectionStateSchema>;

export interface ConnectionMonitorOptions {
  /**
   * A cheap call to the API. It resolves true when the server responded,
   * false when it could not be reached, and null when there is no client.
   */
  probe: () => Promise<boolean | null>;
  /** Pause between probes while offline or unknown. */
  intervalMs?: number;
  onChange: (state: ConnectionState, previous: ConnectionState) => void;
}

/**
 * Tracks whether QR Master can be reached. Real calls report their outcome.
 * While the state is not `online`, a probe runs every interval, so the state
 * recovers without a guest having to try.
 */
export class ConnectionMonitor {
  private state: ConnectionState = 'unknown';
  private timer: NodeJS.Timeout | null = null;
  private stopped = true;
  private probing: Promise<void> | null = null;
  private readonly intervalMs: number;

  constructor(private readonly options: ConnectionMonitorOptions) {
    this.intervalMs = options.intervalMs ?? 30_000;
  }

  current(): ConnectionState {
    return this.state;
  }

  start(): void {
    this.stopped = false;
    void this.probeNow();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.probing;
  }

  /** Records the outcome of a real API call. */
  report(reached: boolean): void {
    this.set(reached ? 'online' : 'offline');
  }

  /** Probes once now; resolves when the new state is known. */
  probeNow(): Promise<void> {
    this.probing ??= this.runProbe().finally(() => {
      this.probing = null;
      this.scheduleProbe();
    });
    return this.probing;
  }

  /** Forgets the state, as after switching to another server. */
  reset(): void {
    this.set('unknown');
  }

  private async runProbe(): Promise<void> {
    try {
      const reached = await this.options.probe();
      if (reached === null) return;
      this.report(reached);
    } catch (error) {
      // An unexpected probe error does not show that the network is down,
      // so the state stays and the next interval tries again.
      log.warn('connection probe failed', error);
    }
  }

  private scheduleProbe(): void {
    if (this.stopped || this.state === 'online') return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.probeNow();
    }, this.intervalMs);
    this.timer.unref();
  }

  private set(next: ConnectionState): void {
    const previous = this.state;
    if (previous === next) return;
    this.state = next;
    log.info(`connection ${previous} -> ${next}`);
    this.options.onChange(next, previous);
    this.scheduleProbe();
  }
}
