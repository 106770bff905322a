import { act, fireEvent, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { definition, renderSurvey } from './test-kit';

const text = (extra = {}) => definition([{ id: 'comment', kind: 'text', title: 'Anything else?', maxLength: 20, ...extra }]);

describe('TextAnswer', () => {
  afterEach(() => {
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  it('is a text area named by the question and described by the character count', () => {
    const { container } = renderSurvey(text({ placeholder: 'Optional' }));
    const box = within(container).getByRole('textbox', { name: 'Anything else?' });
    expect(box.tagName).toBe('TEXTAREA');
    expect(box.getAttribute('placeholder')).toBe('Optional');
    expect(box.getAttribute('maxlength')).toBe('20');
    const countId = box.getAttribute('aria-describedby')!.split(' ').pop();
    expect(container.querySelector(`[id="${countId}"]`)!.textContent).toBe('Characters left: 20');
  });

  it('is a one-line input when not multiline', () => {
    const { container } = renderSurvey(text({ multiline: false }));
    expect(within(container).getByRole('textbox').tagName).toBe('INPUT');
  });

  it('counts live and announces the count politely once typing pauses', () => {
    vi.useFakeTimers();
    const { container } = renderSurvey(text());
    const live = container.querySelector('[aria-live="polite"]')!;
    const box = within(container).getByRole('textbox');
    fireEvent.input(box, { target: { value: 'Fast' } });
    expect(container.querySelector('.count')!.textContent).toBe('Characters left: 16');
    expect(live.textContent).toBe('');
    fireEvent.input(box, { target: { value: 'Fast delivery' } });
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(live.textContent).toBe('Characters left: 7');
  });
});
