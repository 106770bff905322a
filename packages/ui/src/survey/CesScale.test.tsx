import { within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { definition, renderSurvey } from './test-kit';

describe('CesScale', () => {
  afterEach(() => document.body.replaceChildren());

  it('is a 1–7 agreement scale by default, each option named with its label', () => {
    const { container } = renderSurvey(definition([{ id: 'ces', kind: 'ces', title: 'It was easy to get my order.' }]));
    const radios = within(container).getAllByRole('radio');
    expect(radios.map((r) => r.textContent)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(radios[2]!.getAttribute('aria-label')).toBe('3 — Somewhat disagree');
    expect(container.querySelector('.ends')!.textContent).toBe('Strongly disagree' + 'Strongly agree');
  });

  it('takes five of the seven labels for a 1–5 scale', () => {
    const { container } = renderSurvey(definition([{ id: 'ces', kind: 'ces', title: 'Easy?', scale: 5 }]));
    const names = within(container).getAllByRole('radio').map((r) => r.getAttribute('aria-label'));
    expect(names).toEqual([
      '1 — Strongly disagree',
      '2 — Disagree',
      '3 — Neither agree nor disagree',
      '4 — Agree',
      '5 — Strongly agree',
    ]);
  });
});
