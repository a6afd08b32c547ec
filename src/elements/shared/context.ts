/**
 * Contexts that <motcua-provider> supplies to every motcua element inside it. Keys are
 * `Symbol.for` so a provider and elements from two bundles of the same major version still meet.
 */
import { createContext } from '@lit/context';
import type { MotcuaClient } from '../../api/client.js';

export type { MotcuaClient };

export const clientContext = createContext<MotcuaClient | undefined>(Symbol.for('motcua.v1.client'));

/** The provider's resolved locale (its own `lang`, else its nearest ancestor's). */
export const localeContext = createContext<string | undefined>(Symbol.for('motcua.v1.locale'));

/** The provider's API base URL (absolute). */
export const apiBaseContext = createContext<string | undefined>(Symbol.for('motcua.v1.apiBase'));
