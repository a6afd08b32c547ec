// A minimal element on the shared base, used by the element foundation tests.
import { html } from 'lit';
import { MotcuaElement } from '../../src/elements/shared/motcua-element.js';
import { define } from '../../src/elements/shared/define.js';
import { connectOnCall } from '../../src/elements/shared/lazy-client.js';

declare module '../../src/elements/shared/events.js' {
  interface MotcuaEventMap {
    'motcua-test-ping': { n: number };
  }
}

export class TestWidget extends MotcuaElement {
  // Calls the API like the real elements do (so the client-picking tests have a client to find).
  static override connect = connectOnCall('procedures', 'dossiers', 'surveys', 'roster', 'stats', 'calendar', 'queue');

  override render() {
    return html`<h2>${this.t('provider.label')}</h2>
      <p class="status">${this.t('status.4')}</p>
      <button type="button" class="primary">${this.t('common.retry')}</button>`;
  }

  /** Exposes the protected pieces the tests look at. */
  get resolvedClient() {
    return this.activeClient;
  }

  ping(n: number): boolean {
    return this.emit('motcua-test-ping', { n });
  }

  fail(error: unknown) {
    this.reportError(error);
  }
}

define('test-widget', TestWidget);

declare global {
  interface HTMLElementTagNameMap {
    'test-widget': TestWidget;
  }
}
