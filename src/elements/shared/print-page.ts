/**
 * Printing one element alone, and the `@page` rule a print needs. Both are document-level
 * constructable stylesheets (allowed under a strict style-src CSP, unlike a <style> element):
 * `@page` has no effect inside a shadow root. While an element's own Print button is in use,
 * everything on the host page that neither is nor contains that element is hidden. Its ancestors
 * are marked with an attribute rather than found with :has(), which Chromium did not re-evaluate
 * reliably here. All of it is removed after printing, so the host page's own printing is left
 * as it was.
 */
export const PRINTING_ATTR = 'data-motcua-printing';
const PATH_ATTR = 'data-motcua-print-path';

/** The paper for `@page`: `size` as in CSS (`A4 landscape`), `margin` a length. */
export interface PageSetup {
  size: string;
  margin: string;
}

const ISOLATE_CSS = `
@media print {
  body *:not([${PATH_ATTR}]):not([${PRINTING_ATTR}]) { display: none !important; }
  body, [${PATH_ATTR}] {
    margin: 0 !important; padding: 0 !important; border: 0 !important; box-shadow: none !important;
    max-width: none !important; width: auto !important; background: none !important;
  }
}`;

/** One sheet per distinct text; null where constructable sheets are missing (very old browsers). */
const sheets = new Map<string, CSSStyleSheet | null>();
/** How many holders each adopted sheet has, so one element's undo keeps another's rule. */
const holders = new Map<CSSStyleSheet, number>();
/** Elements printing alone right now. */
let isolated = 0;

function sheetFor(css: string): CSSStyleSheet | null {
  let sheet = sheets.get(css);
  if (sheet !== undefined) return sheet;
  try {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  } catch {
    sheet = null; // the page prints as the host styles it
  }
  sheets.set(css, sheet);
  return sheet;
}

/** Adopts `css` into `doc` until the returned undo is called (calling it twice is harmless). */
function holdSheet(doc: Document, css: string): () => void {
  const sheet = sheetFor(css);
  if (!sheet) return () => {};
  holders.set(sheet, (holders.get(sheet) ?? 0) + 1);
  try {
    if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  } catch {
    // A sheet from another window cannot be adopted (element moved into an iframe).
  }
  let held = true;
  return () => {
    if (!held) return;
    held = false;
    const left = (holders.get(sheet) ?? 1) - 1;
    if (left > 0) {
      holders.set(sheet, left);
      return;
    }
    holders.delete(sheet);
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}

/** Adds the `@page` rule for `page` to `doc`; returns the undo. */
export function holdPageRule(page: PageSetup, doc: Document = document): () => void {
  return holdSheet(doc, `@page { size: ${page.size}; margin: ${page.margin}; }`);
}

/** Whether some element is printing alone now (its paper wins; others keep theirs out). */
export function isolatedPrintActive(): boolean {
  return isolated > 0;
}

/** Marks `host` for printing alone on `page`; returns the undo (calling it twice is harmless). */
export function isolateForPrint(host: HTMLElement, page: PageSetup): () => void {
  const doc = host.ownerDocument;
  host.setAttribute(PRINTING_ATTR, '');
  const path: Element[] = [];
  for (let n = parentOf(host); n && n !== doc.body && n !== doc.documentElement; n = parentOf(n)) {
    n.setAttribute(PATH_ATTR, '');
    path.push(n);
  }
  const undoIsolate = holdSheet(doc, ISOLATE_CSS);
  const undoPage = holdPageRule(page, doc);
  isolated++;
  let done = false;
  return () => {
    if (done) return;
    done = true;
    isolated--;
    host.removeAttribute(PRINTING_ATTR);
    for (const n of path) n.removeAttribute(PATH_ATTR);
    undoIsolate();
    undoPage();
  };
}

/** The parent element, stepping out of shadow roots (slotted content is laid out in its host's tree too). */
function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}
