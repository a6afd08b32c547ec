/**
 * Moves focus to an element of the host's shadow root once the next render is on screen (the
 * element to focus often only exists after it): a heading after a result, a field after an error.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class FocusAfterUpdate implements ReactiveController {
  private selector: string | undefined;

  constructor(private readonly host: ReactiveControllerHost & { renderRoot: ParentNode }) {
    host.addController(this);
  }

  /** Focuses the element `selector` names after the next update. */
  request(selector: string): void {
    this.selector = selector;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (!this.selector) return;
    const target = this.host.renderRoot.querySelector<HTMLElement>(this.selector);
    this.selector = undefined;
    target?.focus();
  }
}
