type HistoryMethod = 'pushState' | 'replaceState';

/**
 * Calls `onChange(href)` whenever the page URL changes without a load: single-page apps move with
 * `history.pushState` / `replaceState` (which fire no event, so both are wrapped) and the back
 * button fires `popstate`; hash links fire `hashchange`. Returns a function that undoes all of it.
 */
export function watchUrl(onChange: (href: string) => void, win: Window = window): () => void {
  const { history, location } = win;
  let last = location.href;
  let active = true;
  const check = () => {
    if (!active || location.href === last) return;
    last = location.href;
    onChange(last);
  };

  const wrap = (method: HistoryMethod) => {
    const original = history[method];
    const wrapped = function (this: History, ...args: Parameters<History[HistoryMethod]>) {
      const result = original.apply(this, args);
      check();
      return result;
    };
    history[method] = wrapped;
    return () => {
      // Put the original back only if nobody wrapped it after us; otherwise `active = false`
      // turns our wrapper into a pass-through and their wrapper keeps working.
      if (history[method] === wrapped) history[method] = original;
    };
  };

  const restores = [wrap('pushState'), wrap('replaceState')];
  win.addEventListener('popstate', check);
  win.addEventListener('hashchange', check);
  return () => {
    active = false;
    restores.forEach((restore) => restore());
    win.removeEventListener('popstate', check);
    win.removeEventListener('hashchange', check);
  };
}
