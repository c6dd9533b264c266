import type { Channel } from '../../preload/contract';
import type { Handlers } from '../ipc/dispatch';

/**
 * Tracks whether a guest is using the kiosk, from the check-in calls the
 * renderer makes: a `checkin:` call starts or extends a session, and
 * `checkin:end-session` ends it. A session with no call for `maxIdleMs`
 * counts as over, because the renderer resets itself on idle.
 */
export class GuestActivity {
  private lastCallAt: number | null = null;

  constructor(
    private readonly maxIdleMs: () => number,
    private readonly now: () => number = Date.now,
  ) {}

  record(channel: Channel): void {
    if (channel === 'checkin:end-session') {
      this.lastCallAt = null;
    } else if (channel.startsWith('checkin:')) {
      this.lastCallAt = this.now();
    }
  }

  isActive(): boolean {
    if (this.lastCallAt === null) return false;
    return this.now() - this.lastCallAt < this.maxIdleMs();
  }

  /** Returns handlers that record each check-in call before running it. */
  wrap(handlers: Handlers): Handlers {
    const wrapped: Record<string, unknown> = {};
    for (const [name, handler] of Object.entries(handlers)) {
      const run = handler as (request: unknown) => Promise<unknown>;
      wrapped[name] = (request: unknown) => {
        this.record(name as Channel);
        return run(request);
      };
    }
    return wrapped as Handlers;
  }
}
