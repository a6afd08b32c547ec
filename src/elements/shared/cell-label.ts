import { css } from 'lit';

// A table that a narrow widget draws as blocks (display: block on its rows and cells) shows each
// cell's column name before it, from the cell's `data-label`. That name is for the eye only:
// screen readers already read the column header with the cell (the table keeps explicit ARIA
// roles, as browsers that base table semantics on the layout drop them for blocks), so the drawn
// name gets empty alternative text (`/ ''`) lest it be read twice ("Bản chính: 1" for "1"). A
// browser without that syntax keeps the plain `content` line before it. Put this inside the
// element's narrow @container rule. (Notes here, not in the css: comments inside it ship to the page.)

export const cellLabel = css`
  td[data-label]::before {
    content: attr(data-label);
    content: attr(data-label) / '';
  }
`;
