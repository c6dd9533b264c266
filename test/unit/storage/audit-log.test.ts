import { describe, expect, it } from 'vitest';

import type { NewAuditRecord } from '../../../main/storage';
import { csvCell } from '../../../main/storage/csv';
import { useStorage } from './temp-dir';

function entry(overrides: Partial<NewAuditRecord> = {}): NewAuditRecord {
  return {
    actor: 'staff',
    action: 'card.issued',
    reservationId: 1,
    cardNo: 'C-1',
    room: '301',
    detail: null,
    ...overrides,
  };
}

describe('audit log', () => {
  const openTemp = useStorage();

  it('records an entry with the current time', () => {
    const { audit } = openTemp();

    const record = audit.record(entry());

    expect(record.id).toBeGreaterThan(0);
    expect(Math.abs(Date.parse(record.at) - Date.now())).toBeLessThan(60_000);
    expect(audit.list({})).toEqual([record]);
  });

  it('lists newest first', () => {
    const { audit } = openTemp();
    audit.record(entry({ at: '2026-12-01T10:00:00.000Z', action: 'a.old' }));
    audit.record(entry({ at: '2026-12-03T10:00:00.000Z', action: 'a.new' }));

    expect(audit.list({}).map((e) => e.action)).toEqual(['a.new', 'a.old']);
  });

  it('filters by inclusive UTC day bounds', () => {
    const { audit } = openTemp();
    for (const at of [
      '2026-11-30T23:59:59.999Z',
      '2026-12-01T00:00:00.000Z',
      '2026-12-02T23:59:59.999Z',
      '2026-12-03T00:00:00.000Z',
    ]) {
      audit.record(entry({ at, detail: at }));
    }

    const details = audit
      .list({ from: '2026-12-01', to: '2026-12-02' })
      .map((e) => e.detail);

    expect(details).toEqual([
      '2026-12-02T23:59:59.999Z',
      '2026-12-01T00:00:00.000Z',
    ]);
  });

  it('filters by room, action and limit', () => {
    const { audit } = openTemp();
    audit.record(entry({ room: '301', action: 'card.issued' }));
    audit.record(entry({ room: '302', action: 'card.issued' }));
    audit.record(entry({ room: '301', action: 'card.lost' }));

    expect(audit.list({ room: '301' })).toHaveLength(2);
    expect(audit.list({ action: 'card.lost' })).toHaveLength(1);
    expect(audit.list({ limit: 1 })).toHaveLength(1);
  });

  it('rejects a malformed date bound', () => {
    const { audit } = openTemp();

    expect(() => audit.list({ from: '12/01/2026' })).toThrow(
      'Audit filter from "12/01/2026" is invalid; use YYYY-MM-DD.',
    );
  });

  it('exports CSV with a header row and CRLF line ends', () => {
    const { audit } = openTemp();
    const record = audit.record(entry({ at: '2026-12-01T10:00:00.000Z' }));

    const csv = audit.exportCsv({});

    expect(csv).toBe(
      'id,at,actor,action,reservationId,cardNo,room,detail\r\n' +
        `${record.id},2026-12-01T10:00:00.000Z,staff,card.issued,1,C-1,301,\r\n`,
    );
  });

  it('exports every row regardless of the list limit', () => {
    const { audit, transaction } = openTemp();
    transaction(() => {
      for (let i = 0; i < 1005; i += 1) audit.record(entry());
    });

    const lines = audit.exportCsv({}).trimEnd().split('\r\n');

    expect(lines).toHaveLength(1006);
  });

  it('quotes commas, quotes and newlines in a cell', () => {
    const { audit } = openTemp();
    audit.record(entry({ detail: 'said "hi", then\nleft' }));

    const csv = audit.exportCsv({});

    expect(csv).toContain('"said ""hi"", then\nleft"\r\n');
  });

  it('neutralises cells that start a spreadsheet formula', () => {
    const { audit } = openTemp();
    audit.record(entry({ detail: '=HYPERLINK("http://evil.test")' }));

    const csv = audit.exportCsv({});

    expect(csv).toContain(`"'=HYPERLINK(""http://evil.test"")"`);
  });
});

describe('csvCell', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+86 138', "'+86 138"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['plain', 'plain'],
    ['a=b', 'a=b'],
  ])('writes %j as %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('writes null as an empty cell', () => {
    expect(csvCell(null)).toBe('');
  });

  it('writes numbers as they are', () => {
    expect(csvCell(42)).toBe('42');
  });
});
