/**
 * Host message overrides live on the page, not in one copy of motcua: a portal may load the CDN
 * file and an npm build side by side, and its `registerMessages` call must reach the elements of
 * whichever copy defined the tags. Every copy (of this version or later) finds the same store
 * under a registry symbol and adds one listener that refreshes its own caches and elements.
 */
import type { PartialMessages } from './messages.js';

interface SharedOverrides {
  /** host overrides by canonical locale */
  readonly overrides: Map<string, PartialMessages>;
  /** one per copy of motcua on the page */
  readonly copies: Set<() => void>;
}

const KEY = Symbol.for('motcua.i18n.overrides.v1');

export function sharedOverrides(): SharedOverrides {
  const scope = globalThis as typeof globalThis & { [KEY]?: SharedOverrides };
  scope[KEY] ??= { overrides: new Map(), copies: new Set() };
  return scope[KEY];
}
