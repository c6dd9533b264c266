import { describe, expect, it } from 'vitest';

import { TICKET_TTL_MS, TicketBook } from '../../../main/checkin/tickets';
import { manualClock } from './fixtures';

describe('TicketBook', () => {
  it('resolves a fresh ticket to its reservation', () => {
    const book = new TicketBook(manualClock('2036-12-04T10:00:00Z').now);
    const ticket = book.issue(42);

    expect(book.resolve(ticket)).toBe(42);
  });

  it('issues unguessable distinct tickets', () => {
    const book = new TicketBook(manualClock('2036-12-04T10:00:00Z').now);
    const first = book.issue(1);
    const second = book.issue(1);

    expect(first).not.toBe(second);
    expect(first.length).toBeGreaterThanOrEqual(40);
  });

  it('rejects an expired ticket', () => {
    const time = manualClock('2036-12-04T10:00:00Z');
    const book = new TicketBook(time.now);
    const ticket = book.issue(7);

    time.advance(TICKET_TTL_MS);

    expect(() => book.resolve(ticket)).toThrow('expired or ended');
  });

  it('rejects a ticket after its session ended', () => {
    const book = new TicketBook(manualClock('2036-12-04T10:00:00Z').now);
    const ticket = book.issue(7);

    book.end(ticket);

    expect(() => book.resolve(ticket)).toThrow('expired or ended');
  });

  it('ends every ticket when none is named', () => {
    const book = new TicketBook(manualClock('2036-12-04T10:00:00Z').now);
    book.issue(1);
    book.issue(2);

    book.end();

    expect(book.activeCount()).toBe(0);
  });

  it('rejects a made-up ticket', () => {
    const book = new TicketBook(manualClock('2036-12-04T10:00:00Z').now);

    expect(() => book.resolve('A'.repeat(43))).toThrow('expired or ended');
  });
});
