import { fireEvent, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { definition, renderSurvey, settle } from './test-kit';

const single = definition([
  {
    id: 'why',
    kind: 'single',
    title: 'What brought you here?',
    choices: [
      { id: 'price', label: 'Price' },
      { id: 'range', label: { en: 'Range', 'pt-BR': 'Variedade' } },
    ],
    other: { label: 'Something else', placeholder: 'Tell us' },
  },
]);

describe('SingleChoice', () => {
  afterEach(() => document.body.replaceChildren());

  it('is a radio group of the choices in the visitor’s language, plus "other"', () => {
    const { container } = renderSurvey(single, { locale: 'pt-BR' });
    const group = within(container).getByRole('radiogroup', { name: 'What brought you here?' });
    expect(within(group).getAllByRole('radio').map((r) => r.textContent)).toEqual(['Price', 'Variedade', 'Something else']);
  });

  it('records the choice id', async () => {
    const answers: unknown[] = [];
    const { container } = renderSurvey(single, { onAnswer: (_id, value) => void answers.push(value) });
    fireEvent.click(within(container).getByRole('radio', { name: 'Range' }));
    fireEvent.click(within(container).getByRole('button', { name: 'Submit' }));
    await settle();
    expect(answers).toEqual(['range']);
  });

  it('asks for the text of "other" in a box named by the option', async () => {
    const answers: unknown[] = [];
    const { container } = renderSurvey(single, { onAnswer: (_id, value) => void answers.push(value) });
    expect(within(container).queryByRole('textbox')).toBeNull();
    fireEvent.click(within(container).getByRole('radio', { name: 'Something else' }));
    const box = within(container).getByRole('textbox', { name: 'Something else' });
    expect(box.getAttribute('placeholder')).toBe('Tell us');
    fireEvent.input(box, { target: { value: '  A friend ' } });
    fireEvent.click(within(container).getByRole('button', { name: 'Submit' }));
    await settle();
    expect(answers).toEqual([{ other: 'A friend' }]);
  });

  it('refuses an empty "other" with an error tied to the control', async () => {
    const { container } = renderSurvey(single);
    fireEvent.click(within(container).getByRole('radio', { name: 'Something else' }));
    fireEvent.click(within(container).getByRole('button', { name: 'Submit' }));
    await settle();
    const alert = within(container).getByRole('alert');
    expect(alert.textContent).toBe('Please answer this question.');
    const group = within(container).getByRole('radiogroup');
    expect(group.getAttribute('aria-invalid')).toBe('true');
    expect(group.getAttribute('aria-describedby')).toContain(alert.id);
  });
});
