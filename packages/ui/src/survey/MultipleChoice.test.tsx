import { fireEvent, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { definition, renderSurvey, settle } from './test-kit';

const multiple = definition([
  {
    id: 'liked',
    kind: 'multiple',
    title: 'What did you like?',
    choices: [
      { id: 'price', label: 'Price' },
      { id: 'speed', label: 'Delivery speed' },
      { id: 'packaging', label: 'Packaging' },
    ],
    other: { label: 'Other' },
    maxPicks: 2,
  },
]);

describe('MultipleChoice', () => {
  afterEach(() => document.body.replaceChildren());

  it('is a named group of labelled checkboxes', () => {
    const { container } = renderSurvey(multiple);
    const group = within(container).getByRole('group', { name: 'What did you like?' });
    expect(within(group).getAllByRole('checkbox').map((c) => c.closest('label')!.textContent)).toEqual([
      'Price',
      'Delivery speed',
      'Packaging',
      'Other',
    ]);
  });

  it('records the picks, including the text of "other"', async () => {
    const answers: unknown[] = [];
    const { container } = renderSurvey(multiple, { onAnswer: (_id, value) => void answers.push(value) });
    const view = within(container);
    fireEvent.click(view.getByRole('checkbox', { name: 'Delivery speed' }));
    fireEvent.click(view.getByRole('checkbox', { name: 'Other' }));
    expect(view.getByRole('checkbox', { name: 'Other' }).closest('label')!.getAttribute('part')).toBe('option option-selected');
    fireEvent.input(view.getByRole('textbox', { name: 'Other' }), { target: { value: 'The app' } });
    fireEvent.click(view.getByRole('button', { name: 'Submit' }));
    await settle();
    expect(answers).toEqual([['speed', { other: 'The app' }]]);
  });

  it('unticks a pick', () => {
    const { container, model } = renderSurvey(multiple);
    const price = within(container).getByRole('checkbox', { name: 'Price' });
    fireEvent.click(price);
    fireEvent.click(price);
    expect(model.draft.value).toEqual([]);
  });

  it('says how many may be picked when there are too many', async () => {
    const { container } = renderSurvey(multiple);
    const view = within(container);
    for (const name of ['Price', 'Delivery speed', 'Packaging']) fireEvent.click(view.getByRole('checkbox', { name }));
    fireEvent.click(view.getByRole('button', { name: 'Submit' }));
    await settle();
    expect(view.getByRole('alert').textContent).toBe('Pick at most 2.');
    expect(view.getByRole('group').getAttribute('aria-invalid')).toBe('true');
  });
});
