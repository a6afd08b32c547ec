export * from './i18n.js';
export * from './format.js';
export type * from './messages.js';
export { vi } from './vi.js';
