// When a widget first renders (src/elements/shared/render-gate.ts): near the viewport or at an idle
// moment, one widget per task, at once without IntersectionObserver.
import { aTimeout, expect, fixture, html, nextFrame } from '@open-wc/testing';
import type { TestWidget } from '../test-widget.js';
import '../test-widget.js';

function widget(): TestWidget {
  return document.createElement('test-widget');
}

describe('render gate', () => {
  it('renders widgets in view one per task, not all in one long task', async () => {
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    const widgets = [widget(), widget(), widget()];
    // How many had rendered when each one's update completed (a microtask of its own render's task).
    const seen: number[] = [];
    for (const w of widgets) void w.updateComplete.then(() => seen.push(widgets.filter((x) => x.hasUpdated).length));
    box.append(...widgets);
    await Promise.all(widgets.map((w) => w.updateComplete));
    expect(seen).to.deep.equal([1, 2, 3]);
    expect(widgets[0]!.shadowRoot!.querySelector('h2')).to.exist;
  });

  it('holds a widget far below the viewport until it is scrolled near, or the browser is idle', async () => {
    // An idle callback the gate asked for earlier runs first (they run in order); from then on idle
    // callbacks are kept back here, so only scrolling can release the first widget.
    await new Promise((resolve) => requestIdleCallback(resolve));
    const idle: IdleRequestCallback[] = [];
    const original = window.requestIdleCallback;
    window.requestIdleCallback = (callback) => idle.push(callback);
    try {
      const box = await fixture<HTMLDivElement>(html`<div>
        <div style="height: 300vh"></div>
        <test-widget id="first"></test-widget>
        <div style="height: 300vh"></div>
        <test-widget id="second"></test-widget>
      </div>`);
      const [first, second] = [box.querySelector<TestWidget>('#first')!, box.querySelector<TestWidget>('#second')!];
      await nextFrame();
      await aTimeout(100);
      expect(first.hasUpdated, 'far below: not drawn yet').to.equal(false);
      expect(first.shadowRoot?.querySelector('h2') ?? null).to.equal(null);

      first.scrollIntoView();
      await first.updateComplete;
      expect(first.shadowRoot!.querySelector('h2'), 'drawn once scrolled to').to.exist;
      expect(second.hasUpdated, 'the next one is still far').to.equal(false);

      expect(idle.length).to.be.above(0);
      for (const callback of idle.splice(0)) callback({ didTimeout: false, timeRemaining: () => 50 });
      await second.updateComplete;
      expect(second.shadowRoot!.querySelector('h2'), 'drawn at an idle moment without scrolling').to.exist;
    } finally {
      window.requestIdleCallback = original;
      for (const callback of idle.splice(0)) callback({ didTimeout: false, timeRemaining: () => 50 });
      window.scrollTo(0, 0);
    }
  });

  it('renders at once, as before, where there is no IntersectionObserver', async () => {
    const original = window.IntersectionObserver;
    (window as { IntersectionObserver?: unknown }).IntersectionObserver = undefined;
    try {
      const box = await fixture<HTMLDivElement>(html`<div></div>`);
      let taskPassed = false;
      setTimeout(() => (taskPassed = true));
      const w = widget();
      box.append(w);
      await w.updateComplete;
      expect(taskPassed, 'rendered within the same task').to.equal(false);
      expect(w.shadowRoot!.querySelector('h2')).to.exist;
    } finally {
      window.IntersectionObserver = original;
    }
  });
});
