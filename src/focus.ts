const FOCUSABLE = 'button, [href], input, select, textarea, [tabindex]';

/**
 * Focuses the first rendered part of `candidates` (`[part~=…]`) in `root`. A view the host replaced
 * through its slot keeps its fallback content unrendered: then the first focusable thing the host put
 * in the slot gets focus.
 */
export function focusFirstPart(root: ParentNode, candidates: readonly string[]): void {
  const visible = candidates
    .map((part) => root.querySelector<HTMLElement>(`[part~="${part}"]`))
    .find((candidate) => candidate?.getClientRects().length);
  if (visible) {
    visible.focus();
    return;
  }
  const slot = root.querySelector<HTMLSlotElement>('slot');
  for (const node of slot?.assignedElements({flatten: true}) ?? []) {
    const focusable = node.matches(FOCUSABLE) ? node : node.querySelector(FOCUSABLE);
    if (focusable instanceof HTMLElement) {
      focusable.focus();
      return;
    }
  }
}
