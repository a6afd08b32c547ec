/**
 * Printing only the roster: while the element's own Print button is in use, a document-level
 * constructable stylesheet (allowed under a strict style-src CSP, unlike a <style> element) hides
 * everything on the host page that neither is nor contains the roster and asks for one landscape
 * A4 page. `@page` has no effect inside a shadow root, hence the document sheet. The roster's
 * ancestors are marked with an attribute rather than found with :has(), which Chromium did not
 * re-evaluate reliably here. All of it is removed after printing, so the host page's own printing
 * is left as it was.
 */
export const PRINTING_ATTR = 'data-motcua-printing';
const PATH_ATTR = 'data-motcua-print-path';

const PRINT_CSS = `
@page { size: A4 landscape; margin: 10mm; }
@media print {
  body *:not([${PATH_ATTR}]):not([${PRINTING_ATTR}]) { display: none !important; }
  body, [${PATH_ATTR}] {
    margin: 0 !important; padding: 0 !important; border: 0 !important; box-shadow: none !important;
    max-width: none !important; width: auto !important; background: none !important;
  }
}`;

let sheet: CSSStyleSheet | undefined;

function printSheet(): CSSStyleSheet | undefined {
  if (sheet) return sheet;
  try {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(PRINT_CSS);
  } catch {
    sheet = undefined; // very old browsers: print the page as the host styles it
  }
  return sheet;
}

/** Marks `host` for printing alone; returns the undo. */
export function isolateForPrint(host: HTMLElement): () => void {
  const doc = host.ownerDocument;
  const s = printSheet();
  host.setAttribute(PRINTING_ATTR, '');
  const path: Element[] = [];
  for (let n = parentOf(host); n && n !== doc.body && n !== doc.documentElement; n = parentOf(n)) {
    n.setAttribute(PATH_ATTR, '');
    path.push(n);
  }
  if (s && !doc.adoptedStyleSheets.includes(s)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, s];
  return () => {
    host.removeAttribute(PRINTING_ATTR);
    for (const n of path) n.removeAttribute(PATH_ATTR);
    if (s) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((x) => x !== s);
  };
}

/** The parent element, stepping out of shadow roots (slotted content is laid out in its host's tree too). */
function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}
