/**
 * Calls `onExit` once when the pointer leaves the page through its top edge (towards the tabs or
 * the address bar), the usual sign a desktop visitor is about to leave. Touch devices have no
 * such signal, so nothing is watched where the primary pointer is not a fine, hovering one.
 */
export function watchExitIntent(onExit: () => void, win: Window = window): () => void {
  const desktop = win.matchMedia?.('(hover: hover) and (pointer: fine)').matches ?? false;
  if (!desktop) return () => {};
  const onMouseOut = (event: MouseEvent) => {
    // relatedTarget is null when the pointer left the document rather than moved to a child.
    if (event.relatedTarget !== null || event.clientY > 0) return;
    stop();
    onExit();
  };
  const stop = () => win.document.removeEventListener('mouseout', onMouseOut);
  win.document.addEventListener('mouseout', onMouseOut);
  return stop;
}
