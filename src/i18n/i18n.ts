/**
 * Message catalogues: Vietnamese built in, English loaded on first use, and host overrides
 * (`registerMessages`) layered on top so a portal can reword any string or add a language.
 * Lookup order for `en-US`: vi ← en (built in) ← en-US (built in) ← host en ← host en-US.
 */
import { createFormatters } from './format.js';
import type { Message, MessageKey, MessageParams, Messages, PartialMessages } from './messages.js';
import { sharedOverrides } from './shared-overrides.js';
import { viCore } from './vi/core.js';

export const DEFAULT_LOCALE = 'vi';

/** Built-in catalogues other than Vietnamese, each a separate chunk. */
const loaders: Record<string, () => Promise<PartialMessages>> = {
  en: () => import('./en.js').then((m) => m.en),
};

/**
 * The Vietnamese messages loaded so far: the shared core, plus each element's group as the element
 * is first created (`useCatalogues`), so a page with one widget carries only that widget's strings.
 */
const vi: PartialMessages = { ...viCore };
const builtIn = new Map<string, PartialMessages>([[DEFAULT_LOCALE, vi]]);
const pending = new Map<string, Promise<PartialMessages>>();
const shared = sharedOverrides();
const overrides = shared.overrides;
const merged = new Map<string, Messages>();
const listeners = new Set<() => void>();
// Any copy's registerMessages refreshes this copy's catalogues and elements.
shared.copies.add(() => {
  merged.clear();
  for (const listener of [...listeners]) listener();
});

const addedGroups = new Set<PartialMessages>();

/** Adds groups of Vietnamese messages (src/i18n/vi/*.ts) to the default catalogue; cheap when repeated. */
export function useCatalogues(groups: readonly PartialMessages[]): void {
  let added = false;
  for (const group of groups) {
    if (addedGroups.has(group)) continue;
    addedGroups.add(group);
    Object.assign(vi, group);
    added = true;
  }
  if (added) merged.clear();
}

/** Canonical BCP 47 tag (`EN-us` → `en-US`), or the default for an empty or malformed one. */
export function normalizeLocale(tag: string | null | undefined): string {
  const trimmed = (tag ?? '').trim();
  if (!trimmed) return DEFAULT_LOCALE;
  try {
    return Intl.getCanonicalLocales(trimmed)[0] ?? DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

/** `en-US` → [`en`, `en-US`]: least to most specific. */
function chain(locale: string): string[] {
  const base = locale.split('-')[0] ?? locale;
  return base === locale ? [locale] : [base, locale];
}

/**
 * The locale the messages will be in: the tag itself when there is a catalogue for it or its
 * language (built in or registered by the host), otherwise Vietnamese.
 */
export function supportedLocale(tag: string | null | undefined): string {
  const locale = normalizeLocale(tag);
  const known = chain(locale).some((l) => builtIn.has(l) || Object.hasOwn(loaders, l) || overrides.has(l));
  return known ? locale : DEFAULT_LOCALE;
}

function loadBuiltIn(locale: string): Promise<PartialMessages> | PartialMessages | undefined {
  const ready = builtIn.get(locale);
  if (ready) return ready;
  const load = Object.hasOwn(loaders, locale) ? loaders[locale] : undefined;
  if (!load) return undefined;
  let promise = pending.get(locale);
  if (!promise) {
    promise = load().then((messages) => {
      builtIn.set(locale, messages);
      pending.delete(locale);
      merged.clear();
      return messages;
    });
    pending.set(locale, promise);
  }
  return promise;
}

function merge(locale: string): Messages {
  const hit = merged.get(locale);
  if (hit) return hit;
  const layers: PartialMessages[] = [vi];
  for (const l of chain(locale)) {
    const b = builtIn.get(l);
    if (b && b !== vi) layers.push(b);
  }
  for (const l of chain(locale)) {
    const o = overrides.get(l);
    if (o) layers.push(o);
  }
  const result = Object.assign({}, ...layers) as Messages;
  merged.set(locale, result);
  return result;
}

/** The catalogue for `locale`, if everything it needs is already loaded (no waiting). */
export function peekMessages(locale: string): Messages | undefined {
  const l = supportedLocale(locale);
  const missing = chain(l).some((part) => !builtIn.has(part) && Object.hasOwn(loaders, part));
  return missing ? undefined : merge(l);
}

/** The full catalogue for `locale`, loading built-in translations on first use. */
export async function getMessages(locale: string): Promise<Messages> {
  const l = supportedLocale(locale);
  await Promise.all(chain(l).map((part) => loadBuiltIn(part)));
  return merge(l);
}

/**
 * Overrides or adds messages for a locale, e.g. to reword a label for one portal or to add a
 * minority language (missing keys fall back to Vietnamese). Elements re-render at once.
 */
export function registerMessages(locale: string, messages: PartialMessages): void {
  const l = normalizeLocale(locale);
  overrides.set(l, { ...overrides.get(l), ...messages });
  for (const refresh of [...shared.copies]) refresh();
}

/** Called after every `registerMessages`; returns the unsubscribe function. */
export function onMessagesChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Replaces `{name}` with `params.name`; numbers are formatted for the locale. */
export function interpolate(text: string, params: MessageParams | undefined, locale: string): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? createFormatters(locale).number(value) : value;
  });
}

/** Picks the plural form for `params.count` (Intl.PluralRules), then interpolates. */
export function formatMessage(message: Message, params: MessageParams | undefined, locale: string): string {
  let text: string;
  if (typeof message === 'string') {
    text = message;
  } else {
    const count = Number(params?.['count'] ?? 0);
    text = message[createFormatters(locale).plural(count)] ?? message.other;
  }
  return interpolate(text, params, locale);
}

/** Looks `key` up in `messages` (then Vietnamese, then the key itself) and formats it. */
export function translate(messages: Messages, key: MessageKey, params?: MessageParams, locale = DEFAULT_LOCALE): string {
  const message: Message | undefined = messages[key] ?? vi[key];
  return message === undefined ? key : formatMessage(message, params, locale);
}
