import { render } from 'preact';
import { useRef } from 'preact/hooks';
import { afterEach, expect, it } from 'vitest';
import { useDialogFocus } from './use-dialog-focus';

function Popover() {
  const frame = useRef<HTMLElement>(null);
  useDialogFocus(frame, false);
  return (
    <section ref={frame}>
      <button type="button">Close</button>
    </section>
  );
}

afterEach(() => document.body.replaceChildren());

// Preact runs useEffect after the next paint; a visitor (or a busy machine's test driver) can
// Tab into the popover before that. Rendered without act(), which would flush effects at once.
it('gives focus back to where a popover was entered from, even when it was entered right after it rendered', () => {
  const link = document.createElement('a');
  link.href = '#';
  const host = document.createElement('div');
  document.body.append(link, host);
  render(<Popover />, host);
  link.focus();
  host.querySelector('button')!.focus();
  expect(document.activeElement?.textContent).toBe('Close');
  render(null, host);
  expect(document.activeElement).toBe(link);
});
