// The script-tag bundle (dist/cdn/motcua.js). It exposes the SDK and registers the elements
// the page uses: those on the page before this module finishes loading (top-level await), the
// rest when their tag appears, each from its own lazy chunk beside this file; an element the page
// never shows is never downloaded. Hosts that create tags inside their own shadow roots (which
// no observer sees) call `loadElement(tag)`, or `await loadAllElements()` for every tag at once.
//
// The SDK (createClient, schemas, QR payloads, working days) is not re-exported here: every page
// would download all of it before any widget, whether it shows one widget or none. A portal script
// that wants it imports `sdk.js` beside this file, which shares the same chunks.
import { autoload } from './autoload.js';
import { elementLoaders } from './element-loaders.js';
import { reserveUndefined } from './reserve-undefined.js';

export { loadAllElements, loadElement } from './autoload.js';
export { registerMessages } from './i18n/i18n.js';

reserveUndefined(Object.keys(elementLoaders));
await autoload();
