// afterPack hook of electron-builder.yml: always the production fuses, so
// no environment variable can weaken a shipped build.
import { flipPackedFuses } from './fuse-config.mjs';

export default function afterPack(context) {
  return flipPackedFuses(context, 'production');
}
