import { afterEach, describe, expect, it } from 'vitest';

import { startTestServices, type TestServices } from '../../support/services';

let running: TestServices | null = null;

afterEach(async () => {
  await running?.cleanup();
  running = null;
});

const wrongSurname = {
  booking: { by: 'code', code: 'DEMO1001' },
  secondFactor: { by: 'surname', surname: 'Nobody' },
} as const;
const rightSurname = {
  booking: { by: 'code', code: 'DEMO1001' },
  secondFactor: { by: 'surname', surname: 'Wang' },
} as const;

async function lockLookups(app: TestServices): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    await app.call('checkin:lookup', wrongSurname);
  }
}

describe('staff:clear-lookup-lock', () => {
  it('lets a guest look up again at once', async () => {
    const app = (running = await startTestServices());
    await lockLookups(app);
    const paused = await app.call('checkin:lookup', rightSurname);
    await app.call('staff:set-initial-pin', { pin: '246810' });

    const cleared = await app.call('staff:clear-lookup-lock', {});
    const again = await app.call('checkin:lookup', rightSurname);

    expect(paused.ok).toBe(false);
    if (!paused.ok) expect(paused.error.code).toBe('lookup-locked');
    expect(cleared.ok).toBe(true);
    expect(again.ok).toBe(true);
  });

  it('needs an open staff session', async () => {
    const app = (running = await startTestServices());
    await app.call('staff:set-initial-pin', { pin: '246810' });
    await app.call('staff:lock', {});

    const result = await app.call('staff:clear-lookup-lock', {});

    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('staff-locked');
  });
});
