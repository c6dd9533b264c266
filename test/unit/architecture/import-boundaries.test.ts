import path from 'node:path';

import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
// The snippets are not files of the TypeScript project, so type-aware rules
// are off here; the import and console rules need no types.
const eslint = new ESLint({
  cwd: root,
  overrideConfig: [tseslint.configs.disableTypeChecked],
});

async function ruleIdsFor(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, {
    filePath: path.join(root, file),
  });
  return (result?.messages ?? []).map((message) => message.ruleId ?? '');
}

describe('import boundaries', () => {
  it('rejects renderer code that imports main', async () => {
    const rules = await ruleIdsFor(
      'renderer/src/leak.ts',
      "import { dispatch } from '../../main/ipc/dispatch';\nexport const d = dispatch;\n",
    );

    expect(rules).toContain('no-restricted-imports');
  });

  it('rejects renderer code that imports electron', async () => {
    const rules = await ruleIdsFor(
      'renderer/src/leak.ts',
      "import { ipcRenderer } from 'electron';\nexport const r = ipcRenderer;\n",
    );

    expect(rules).toContain('no-restricted-imports');
  });

  it('allows the renderer to import the contract', async () => {
    const rules = await ruleIdsFor(
      'renderer/src/ok.ts',
      "import { channels } from '../../preload/contract';\nexport const c = channels;\n",
    );

    expect(rules).not.toContain('no-restricted-imports');
  });

  it('rejects the QR Master client importing electron', async () => {
    const rules = await ruleIdsFor(
      'main/qrmaster/leak.ts',
      "import { app } from 'electron';\nexport const a = app;\n",
    );

    expect(rules).toContain('no-restricted-imports');
  });

  it('rejects console outside the logger', async () => {
    const rules = await ruleIdsFor(
      'main/ipc/noisy.ts',
      "console.log('hello');\n",
    );

    expect(rules).toContain('no-console');
  });
});
