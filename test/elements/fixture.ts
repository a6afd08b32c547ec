// open-wc's fixture, with the new fixture scrolled to the top of the viewport before waiting for
// its first render. Widgets draw when near the viewport (src/elements/shared/render-gate.ts), and
// a test page stacks the fixtures of one test one under another, so a second widget could sit
// below the fold and never draw — as on a real page, where the reader scrolls to it.
import { elementUpdated, fixtureSync } from '@open-wc/testing';

type Template = Parameters<typeof fixtureSync>[0];
type Options = Parameters<typeof fixtureSync>[1];

export async function fixture<T extends Element>(template: Template, options?: Options): Promise<T> {
  const el = fixtureSync<T>(template, options);
  el.scrollIntoView({ block: 'start' });
  await elementUpdated(el);
  return el;
}
