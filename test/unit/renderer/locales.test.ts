import { describe, expect, it } from 'vitest';

import enCommon from '../../../renderer/src/i18n/locales/en/common.json';
import enGuest from '../../../renderer/src/i18n/locales/en/guest.json';
import zhCommon from '../../../renderer/src/i18n/locales/zh-CN/common.json';
import zhGuest from '../../../renderer/src/i18n/locales/zh-CN/guest.json';

type Tree = { [key: string]: string | Tree };

/** Lists every leaf as a dotted key with its text. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') found.set(prefix + key, value);
    else
      for (const [inner, text] of leaves(value, `${prefix}${key}.`))
        found.set(inner, text);
  }
  return found;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)]
    .map((match) => match[1] ?? '')
    .sort();
}

const namespaces = [
  {
    name: 'common',
    en: leaves(enCommon),
    zh: leaves(zhCommon),
  },
  { name: 'guest', en: leaves(enGuest), zh: leaves(zhGuest) },
];

describe.each(namespaces)('$name translations', ({ en, zh }) => {
  it('has the same keys in English and Chinese', () => {
    expect([...zh.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it('has no empty text', () => {
    const empty = [...en, ...zh].filter(([, text]) => text.trim() === '');
    expect(empty).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    const mismatched = [...en]
      .filter(
        ([key, text]) =>
          placeholders(text).join() !== placeholders(zh.get(key) ?? '').join(),
      )
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });

  it('has Chinese text that differs from the English', () => {
    // Language names are written in their own language in both files.
    const same = [...en]
      .filter(
        ([key, text]) => zh.get(key) === text && !key.startsWith('language.'),
      )
      .map(([key]) => key);
    expect(same).toEqual([]);
  });
});
