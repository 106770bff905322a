// Script-tag entry: the only file that touches `window` at load.
import { version } from './index';

declare global {
  interface Window {
    Pulso?: { version: string; q?: unknown[] };
  }
}

window.Pulso = { ...(window.Pulso ?? {}), version };
