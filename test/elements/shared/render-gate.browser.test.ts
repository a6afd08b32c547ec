// When a widget first renders (src/elements/shared/render-gate.ts): near the viewport, or once
// someone presses a key or a pointer or prints; one widget per task; at once without
// IntersectionObserver.
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

  it('holds widgets far below the viewport while the page loads, until scrolled near or a key is pressed', async () => {
    const box = await fixture<HTMLDivElement>(html`<div>
      <div style="height: 300vh"></div>
      <test-widget id="first"></test-widget>
      <div style="height: 300vh"></div>
      <test-widget id="second"></test-widget>
      <div style="height: 300vh"></div>
      <test-widget id="third"></test-widget>
    </div>`);
    const [first, second, third] = ['#first', '#second', '#third'].map((id) => box.querySelector<TestWidget>(id)!) as [TestWidget, TestWidget, TestWidget];
    try {
      // Idle time no longer draws them: an idle page stays as light as it loaded.
      await new Promise((resolve) => requestIdleCallback(resolve));
      await nextFrame();
      await aTimeout(200);
      expect(first.hasUpdated, 'far below: not drawn yet').to.equal(false);
      expect(first.shadowRoot?.querySelector('h2') ?? null).to.equal(null);

      first.scrollIntoView();
      await first.updateComplete;
      expect(first.shadowRoot!.querySelector('h2'), 'drawn once scrolled to').to.exist;
      expect(second.hasUpdated, 'the next one is still far').to.equal(false);

      // Tab, Ctrl+F or a screen reader's keys: whatever the reader aims at must be there.
      const seen: number[] = [];
      for (const w of [second, third]) void w.updateComplete.then(() => seen.push([second, third].filter((x) => x.hasUpdated).length));
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
      await Promise.all([second.updateComplete, third.updateComplete]);
      expect(second.shadowRoot!.querySelector('h2'), 'drawn after a key press without scrolling').to.exist;
      expect(seen, 'still one widget per task').to.deep.equal([1, 2]);
    } finally {
      window.scrollTo(0, 0);
    }
  });

  it('draws every held widget before printing', async () => {
    const box = await fixture<HTMLDivElement>(html`<div><div style="height: 300vh"></div><test-widget></test-widget></div>`);
    const w = box.querySelector<TestWidget>('test-widget')!;
    await nextFrame();
    expect(w.hasUpdated).to.equal(false);
    let taskPassed = false;
    setTimeout(() => (taskPassed = true));
    window.dispatchEvent(new Event('beforeprint'));
    // Released at once: its render runs in this task's microtasks, before the print snapshot.
    await w.updateComplete;
    expect(taskPassed, 'drawn within the beforeprint task').to.equal(false);
    expect(w.shadowRoot!.querySelector('h2')).to.exist;
  });

  it('forgets a held widget taken out of the page: no longer observed, not drawn at the next key press', async () => {
    const box = await fixture<HTMLDivElement>(html`<div>
      <div style="height: 300vh"></div>
      <test-widget id="removed"></test-widget>
      <test-widget id="kept"></test-widget>
    </div>`);
    const removed = box.querySelector<TestWidget>('#removed')!;
    const kept = box.querySelector<TestWidget>('#kept')!;
    const unobserved: Element[] = [];
    const unobserve = IntersectionObserver.prototype.unobserve;
    IntersectionObserver.prototype.unobserve = function (this: IntersectionObserver, target: Element) {
      unobserved.push(target);
      unobserve.call(this, target);
    };
    try {
      await nextFrame();
      expect(removed.hasUpdated, 'held far below').to.equal(false);
      removed.remove();
      expect(unobserved, 'no longer observed').to.include(removed);
      // Held renders go one per task in the order they were held, `removed` first: had it still
      // been held, it would have drawn before `kept` does.
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
      await kept.updateComplete;
      expect(removed.hasUpdated, 'not drawn once out of the page').to.equal(false);
    } finally {
      IntersectionObserver.prototype.unobserve = unobserve;
    }
  });

  it('holds a removed widget again when it is put back, and draws it near the viewport, in page order', async () => {
    const box = await fixture<HTMLDivElement>(html`<div>
      <div style="height: 300vh"></div>
      <test-widget id="moved"></test-widget>
      <div id="far" style="height: 300vh"></div>
      <test-widget id="after"></test-widget>
    </div>`);
    const moved = box.querySelector<TestWidget>('#moved')!;
    const after = box.querySelector<TestWidget>('#after')!;
    const far = box.querySelector<HTMLDivElement>('#far')!;
    try {
      await nextFrame();
      moved.remove();
      // Back in the page, still far below: held again, so a key press draws it (and `after`).
      far.after(moved);
      const order: string[] = [];
      for (const w of [moved, after]) void w.updateComplete.then(() => order.push(w.id));
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
      await Promise.all([moved.updateComplete, after.updateComplete]);
      expect(moved.shadowRoot!.querySelector('h2'), 'drawn after the key press').to.exist;
      // Held again after `after`, but above it in the page: the reader reaches it first.
      expect(order, 'drawn in page order').to.deep.equal(['moved', 'after']);
    } finally {
      window.scrollTo(0, 0);
    }
  });

  it('does not draw a widget taken out before its first render was scheduled', async () => {
    const box = await fixture<HTMLDivElement>(html`<div><div style="height: 300vh"></div></div>`);
    const gone = widget();
    // Connected then removed in the same task: Lit asks for the first render a microtask later.
    box.prepend(gone);
    gone.remove();
    await nextFrame();
    // Held after `gone` would have been: had `gone` been held, it would draw first.
    const kept = widget();
    box.append(kept);
    await nextFrame();
    expect(kept.hasUpdated, 'held far below').to.equal(false);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    await kept.updateComplete;
    expect(gone.hasUpdated, 'not drawn out of the page').to.equal(false);

    // Put back in view, it draws: its `updateComplete` resolves (the test would time out otherwise).
    box.prepend(gone);
    await gone.updateComplete;
    expect(gone.shadowRoot!.querySelector('h2')).to.exist;
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
