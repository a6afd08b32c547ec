/**
 * Message types. Keys are typed from the Vietnamese catalogue (vi.ts), the one every other
 * locale falls back to, so a missing translation shows Vietnamese rather than a raw key.
 */
import type { vi } from './vi.js';

/** Plural forms by CLDR category; `other` is the one every language has. */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** A plain string with `{name}` placeholders, or plural forms chosen by the `count` parameter. */
export type Message = string | PluralMessage;

export type MessageKey = keyof typeof vi;

/** A complete catalogue: every key of the Vietnamese one. */
export type Messages = Record<MessageKey, Message>;

/** What a host may register: any subset, for any locale. */
export type PartialMessages = Partial<Messages>;

/** Interpolation values: `{name}` in a message is replaced by `params.name`. */
export type MessageParams = Record<string, string | number>;
