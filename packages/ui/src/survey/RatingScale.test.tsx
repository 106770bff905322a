import { fireEvent, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { definition, renderSurvey } from './test-kit';

describe('RatingScale', () => {
  afterEach(() => document.body.replaceChildren());

  it('shows the numbers of its own scale with its end labels', () => {
    const { container } = renderSurvey(
      definition([{ id: 'r', kind: 'rating', title: 'Rate the delivery', scale: { min: 1, max: 10 }, lowLabel: 'Slow', highLabel: 'Fast' }]),
    );
    const radios = within(container).getAllByRole('radio');
    expect(radios.map((r) => r.textContent)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(within(container).getByRole('radio', { name: '10' })).toBe(radios[9]);
    expect(container.querySelector('.ends')!.textContent).toBe('SlowFast');
  });

  it('names stars "n of max" and leaves the group undescribed without end labels', () => {
    const { container, model } = renderSurvey(
      definition([{ id: 'r', kind: 'rating', title: 'Rate it', scale: { min: 1, max: 3 }, display: 'stars' }]),
    );
    const star = within(container).getByRole('radio', { name: '2 of 3' });
    fireEvent.click(star);
    expect(model.draft.value).toBe(2);
    expect(within(container).getByRole('radiogroup').hasAttribute('aria-describedby')).toBe(false);
    expect(container.querySelector('.ends')).toBeNull();
  });
});
