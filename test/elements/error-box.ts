// The error box every element shows for a failed request, checked the same way in each behaviour
// file: an alert (announced), saying `says` when given, passing axe; then the fake's failure is
// cleared and the box's "try again" clicked. Each caller then checks what its element loaded.
import { expect } from '@open-wc/testing';
import type { FakeClient } from './fake-client.js';

export async function retryFromErrorBox(el: HTMLElement, fake: FakeClient, says?: string): Promise<void> {
  const box = el.shadowRoot!.querySelector<HTMLElement>('[part=error]')!;
  expect(box, 'error box').to.not.equal(null);
  expect(box.getAttribute('role')).to.equal('alert');
  if (says) expect(box.textContent).to.include(says);
  await expect(el).to.be.accessible();
  fake.failWith(undefined);
  box.querySelector('button')!.click();
}
