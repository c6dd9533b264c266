import { useEffect, useState } from 'react';

const TICK_MS = 250;

/** Seconds left until `untilMs` (epoch milliseconds), updated 4 times a second. */
export function useCountdown(untilMs: number | null): number {
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (untilMs === null) return;
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, [untilMs]);

  if (untilMs === null) return 0;
  return Math.max(0, Math.ceil((untilMs - now) / 1000));
}
