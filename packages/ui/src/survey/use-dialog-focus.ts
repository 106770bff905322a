import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';

const tabbable = 'button:not(:disabled),input:not(:disabled),textarea:not(:disabled),a[href],[tabindex="0"]';

/** The element that has focus, looking inside shadow roots. */
export function deepActiveElement(doc: Document = document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Focus handling of a survey frame (https://www.w3.org/WAI/ARIA/apg/patterns/dialog-modal/):
 * a modal takes focus when it opens; on close focus returns to where it was before it entered
 * the survey, if it is still inside.
 */
export function useDialogFocus(frame: RefObject<HTMLElement | null>, modal: boolean) {
  // A layout effect, set up in the same commit as the frame: a plain effect waits for the next
  // paint, and focus that enters before then would go unnoticed and not be given back on close.
  useLayoutEffect(() => {
    let before = deepActiveElement();
    const el = frame.current;
    // A popover is entered later, with Tab or a click: remember where focus came from then.
    const entered = (event: FocusEvent) => {
      const from = event.relatedTarget;
      if (from instanceof HTMLElement && !el?.contains(from)) before = from;
    };
    el?.addEventListener('focusin', entered);
    if (modal) el?.querySelector<HTMLElement>('.title')?.focus();
    return () => {
      el?.removeEventListener('focusin', entered);
      const active = deepActiveElement();
      const inside = !active || active === document.body || el?.contains(active);
      if ((modal || inside) && before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, []);
}

/** Keeps Tab and Shift+Tab inside `frame` (a modal). */
export function trapTab(event: KeyboardEvent, frame: HTMLElement) {
  if (event.key !== 'Tab') return;
  const items = Array.from(frame.querySelectorAll<HTMLElement>(tabbable));
  const active = (frame.getRootNode() as Document | ShadowRoot).activeElement as HTMLElement;
  const index = items.indexOf(active);
  // index -1: the focused title, which sits before every control.
  if (event.shiftKey ? index <= 0 : index === items.length - 1) {
    event.preventDefault();
    items[event.shiftKey ? items.length - 1 : 0]?.focus();
  }
}
