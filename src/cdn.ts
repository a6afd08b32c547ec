// The script-tag bundle (dist/cdn/motcua.js). It exposes the SDK and registers the elements:
// those on the page before this module finishes loading (top-level await), the rest as they
// appear or when the page is idle, each from its own lazy chunk beside this file. Hosts that
// need every tag defined at once can `await loadAllElements()`.
import { autoload } from './autoload.js';
import { elementLoaders } from './element-loaders.js';
import { reserveUndefined } from './reserve-undefined.js';

export * from './index.js';
export { loadAllElements, loadElement } from './autoload.js';
export { registerMessages } from './i18n/i18n.js';

reserveUndefined(Object.keys(elementLoaders));
await autoload();
