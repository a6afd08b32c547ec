/**
 * motcua SDK entry: DOM-free, usable in Node and in the browser. Importing it registers no element
 * and touches no DOM global.
 */
export * from './api/index.js';
export * from './model/index.js';
export * from './calendar/index.js';
// The calendar's `CalendarDay` type has the same shape as the model's; the model's (schema + type) wins.
export { CalendarDay } from './model/index.js';
export * from './qr/index.js';
