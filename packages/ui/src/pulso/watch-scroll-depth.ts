/**
 * Reports the deepest point of the page the visitor has seen, as a percentage (0–100), once at
 * start and then each time it grows. The listener is passive (it never delays scrolling) and throttled to one measurement
 * per `intervalMs`, with a trailing measurement so the final position is never missed.
 */
export function watchScrollDepth(
  onDeeper: (percent: number) => void,
  win: Window = window,
  intervalMs = 200,
): () => void {
  let deepest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastRun = 0;

  const measure = () => {
    timer = undefined;
    lastRun = Date.now();
    const doc = win.document.documentElement;
    const height = Math.max(doc.scrollHeight, win.document.body?.scrollHeight ?? 0);
    const seen = win.scrollY + win.innerHeight;
    const percent = height > 0 ? Math.min(100, Math.round((seen / height) * 100)) : 100;
    if (percent > deepest) {
      deepest = percent;
      onDeeper(percent);
    }
  };
  const onScroll = () => {
    if (timer !== undefined) return;
    timer = setTimeout(measure, Math.max(0, intervalMs - (Date.now() - lastRun)));
  };

  win.addEventListener('scroll', onScroll, { passive: true });
  // A page shorter than the window never scrolls: what is visible at start counts as seen.
  onScroll();
  return () => {
    clearTimeout(timer);
    win.removeEventListener('scroll', onScroll);
  };
}
