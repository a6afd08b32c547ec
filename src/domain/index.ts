/**
 * The rules of the one-stop office's domain, each written once (docs/domain.md lists them):
 * dossier codes, look-up keys, procedure codes, the office's time zone and dates, statistics
 * periods, search facets. Pure and DOM-free: the model, the SDK, the elements, the QR parser,
 * the search index and the server all derive theirs from here.
 */
export * from './dossier-code.js';
export * from './lookup-key.js';
export * from './procedure-code.js';
export * from './office-time.js';
export * from './periods.js';
export * from './facets.js';
