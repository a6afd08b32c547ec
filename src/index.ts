/**
 * motcua SDK entry: DOM-free, usable in Node and in the browser. Importing it registers no element
 * and touches no DOM global.
 */
export * from './api/index.js';
export * from './model/index.js';
export * from './calendar/index.js';
// Both model and calendar export `CalendarDay` (the calendar re-exports the model's); name the source once.
export { CalendarDay } from './model/index.js';
export * from './qr/index.js';
