import { fireEvent, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { definition, renderSurvey } from './test-kit';

const csat = (display?: 'stars' | 'faces' | 'numbers') =>
  definition([{ id: 'csat', kind: 'csat', title: 'How satisfied are you?', ...(display ? { display } : {}) }]);

describe('CsatScale', () => {
  afterEach(() => document.body.replaceChildren());

  it('shows stars by default, each named "n of 5 — label" from the built-in strings', () => {
    const { container } = renderSurvey(csat());
    const radios = within(container).getAllByRole('radio');
    expect(radios.map((r) => r.textContent)).toEqual(['★', '★', '★', '★', '★']);
    expect(within(container).getByRole('radio', { name: '4 of 5 — Satisfied' })).toBe(radios[3]);
    expect(radios[0]!.getAttribute('aria-label')).toBe('1 of 5 — Very dissatisfied');
  });

  it('fills the stars up to the chosen one', () => {
    const { container } = renderSurvey(csat('stars'));
    const radios = within(container).getAllByRole('radio');
    fireEvent.click(radios[2]!);
    expect(radios.map((r) => r.classList.contains('on'))).toEqual([true, true, true, false, false]);
    expect(radios.map((r) => r.getAttribute('aria-checked'))).toEqual(['false', 'false', 'true', 'false', 'false']);
  });

  it('shows faces with the same accessible names', () => {
    const { container } = renderSurvey(csat('faces'));
    const radio = within(container).getByRole('radio', { name: '1 of 5 — Very dissatisfied' });
    expect(radio.textContent).toBe('😞');
    expect(within(container).getByRole('radiogroup').classList.contains('faces')).toBe(true);
  });

  it('shows numbers with end labels describing the group', () => {
    const { container } = renderSurvey(csat('numbers'));
    const radios = within(container).getAllByRole('radio');
    expect(radios.map((r) => r.textContent)).toEqual(['1', '2', '3', '4', '5']);
    const group = within(container).getByRole('radiogroup');
    const ends = container.querySelector(`[id="${group.getAttribute('aria-describedby')}"]`);
    expect(ends?.textContent).toBe('Very dissatisfied' + 'Very satisfied');
  });

  it('moves with arrow keys', () => {
    const { container, model } = renderSurvey(csat());
    const radios = within(container).getAllByRole('radio');
    fireEvent.click(radios[4]!);
    fireEvent.keyDown(radios[4]!, { key: 'ArrowLeft' });
    expect(model.draft.value).toBe(4);
  });
});
