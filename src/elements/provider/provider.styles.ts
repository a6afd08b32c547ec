import { css } from 'lit';

export default css`
  /* No box of its own: the provider only shares context and, with theme, a colour scheme. */
  :host {
    display: contents;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
`;
