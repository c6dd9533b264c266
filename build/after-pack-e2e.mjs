// afterPack hook of electron-builder.e2e.yml: the test fuses, which keep
// the inspect arguments on for Playwright.
import { flipPackedFuses } from './fuse-config.mjs';

export default function afterPack(context) {
  return flipPackedFuses(context, 'test');
}
