import { describe, expect, it } from 'vitest';

import en from '../../../../renderer/src/i18n/locales/en/staff.json';
import zhCN from '../../../../renderer/src/i18n/locales/zh-CN/staff.json';

type Tree = { [key: string]: string | Tree };
const PLURAL = /_(zero|one|two|few|many|other)$/;

function keysOf(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [`${prefix}${key}`.replace(PLURAL, '')]
      : keysOf(value, `${prefix}${key}.`),
  );
}

// Vite (and so Vitest) inlines the source text of every staff module.
const sources = import.meta.glob<string>(
  '../../../../renderer/src/staff/**/*.{ts,tsx}',
  { query: '?raw', import: 'default', eager: true },
);
const enKeys = new Set(keysOf(en));
const zhKeys = new Set(keysOf(zhCN));

describe('staff translations', () => {
  it('has every English key in Chinese', () => {
    const missing = [...enKeys].filter((key) => !zhKeys.has(key));
    expect(missing).toEqual([]);
  });

  it('has no Chinese key without English', () => {
    const extra = [...zhKeys].filter((key) => !enKeys.has(key));
    expect(extra).toEqual([]);
  });

  it('defines every literal key the screens use', () => {
    const used = Object.values(sources).flatMap((text) =>
      [...text.matchAll(/\bt\(\s*'([\w.-]+)'/g)].map((match) => match[1]!),
    );
    expect(used.length).toBeGreaterThan(50);
    expect(used.filter((key) => !enKeys.has(key))).toEqual([]);
  });

  it('keeps English plurals complete', () => {
    const flat = JSON.stringify(en);
    for (const match of flat.matchAll(/"(\w+)_one"/g)) {
      expect(flat, match[1]).toContain(`"${match[1]}_other"`);
    }
  });
});
