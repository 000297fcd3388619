/** Real pointer input for the framework tests: `sendMouse` moves and clicks the browser's own mouse. */
import {waitUntil} from '@open-wc/testing';
import {sendMouse} from '@web/test-runner-commands';

/** Clicks like a user: the real pointer at the centre of the element's start button. */
export async function clickStart(el: Element): Promise<void> {
  const button = await waitUntilFound(() => el.shadowRoot?.querySelector<HTMLElement>('[part~="start-button"]'));
  button.scrollIntoView({block: 'center'});
  const box = button.getBoundingClientRect();
  await sendMouse({type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)]});
}

export async function waitUntilFound<T>(find: () => T | null | undefined): Promise<T> {
  let found: T | null | undefined;
  await waitUntil(() => (found = find()), 'not rendered');
  return found as T;
}
