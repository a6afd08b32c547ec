/** The contract shared by the SDK, the elements and the reference server. */
export * from './common.js';
export * from './procedure.js';
export * from './search-index.js';
export * from './dossier.js';
export * from './calendar.js';
export * from './survey.js';
export * from './roster.js';
export * from './stats.js';
export * from './summary.js';
export * from './catalogue.js';
export * from './queue.js';
