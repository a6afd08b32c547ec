import { css } from 'lit';
import type { PageSetup } from '../shared/print-page.js';

/** The paper, added to the document while printing (shadow roots cannot declare @page); the heights below fit it. */
export const PRINT_PAGE: PageSetup = { size: 'A4 portrait', margin: '12mm' };

export default css`
  .base {
    display: grid;
    gap: var(--_space-l);
  }
  p,
  .name,
  dl,
  dd {
    margin: 0;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .sheet {
    display: grid;
    gap: var(--_space-l);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .poster {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: var(--_space);
    padding: var(--_space-l);
    text-align: center;
    color: #000;
    background: #fff;
    border: 1px solid var(--_border);
    border-block-start: 10px solid var(--_primary);
    border-radius: var(--_radius);
    break-inside: avoid;
  }
  .office {
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.02em;
  }
  .scan {
    font-size: 1.125em;
  }
  .qr {
    display: block;
    width: min(100%, 20em);
    height: auto;
    aspect-ratio: 1;
  }
  .name {
    font-size: 1.5em;
    line-height: 1.25;
    overflow-wrap: anywhere;
  }
  .facts {
    display: grid;
    gap: calc(var(--_space) / 2);
    text-align: start;
  }
  .facts div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space);
  }
  dt {
    font-weight: 700;
  }
  dt::after {
    content: ':';
  }
  .time {
    display: block;
  }
  .url {
    font-size: 0.8125em;
    color: #3a3a3a;
    overflow-wrap: anywhere;
  }

  /* Cards: a grid on screen; two by three on each A4 page. */
  .sheet.layout-cards {
    grid-template-columns: repeat(auto-fill, minmax(16em, 1fr));
  }
  .layout-cards .poster {
    font-size: 0.875em;
  }
  .layout-cards .qr {
    width: min(100%, calc(12em / 0.875)); /* 12 of the widget's em inside the 0.875em card */
  }
  .layout-cards .name {
    font-size: 1.25em;
  }

  @media print {
    :host {
      background: #fff;
      color: #000;
    }
    .toolbar,
    .missing {
      display: none;
    }
    .sheet.layout-poster {
      display: block;
    }
    /* One poster per A4 page (297 mm minus the 12 mm margins). */
    .sheet.layout-poster .poster {
      box-sizing: border-box;
      height: 272mm;
      justify-content: center;
      gap: 6mm;
      border: 0;
      border-block-start: 6mm solid var(--_primary);
      font-size: 16pt;
      break-after: page;
    }
    .sheet.layout-poster .poster:last-child {
      break-after: auto;
    }
    .sheet.layout-poster .qr {
      width: 120mm;
    }
    .sheet.layout-poster .name {
      font-size: 26pt;
    }
    .sheet.layout-cards {
      grid-template-columns: 1fr 1fr;
      gap: 4mm;
    }
    .layout-cards .poster {
      box-sizing: border-box;
      height: 86mm;
      font-size: 9pt;
      border: 0.3mm dashed #000;
      border-block-start: 3mm solid var(--_primary);
      justify-content: center;
    }
    .layout-cards .qr {
      width: 42mm;
    }
    .layout-cards .name {
      font-size: 11pt;
    }
    /* Three rows of cards fill a page; the fourth starts the next. */
    .layout-cards .poster:nth-child(6n + 1) {
      break-before: page;
    }
    .layout-cards .poster:first-child {
      break-before: auto;
    }
  }
  @container motcua (max-width: 30em) {
    .name {
      font-size: 1.25em;
    }
  }
`;
