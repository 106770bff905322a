import { fireEvent, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { definition, renderSurvey } from './test-kit';

const nps = definition([{ id: 'nps', kind: 'nps', title: 'How likely are you to recommend us?' }]);

describe('NpsScale', () => {
  afterEach(() => document.body.replaceChildren());

  it('is a radio group named by the question, with options named 0 to 10', () => {
    const { container } = renderSurvey(nps);
    const view = within(container);
    const group = view.getByRole('radiogroup', { name: 'How likely are you to recommend us?' });
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((r) => r.textContent)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(view.getByRole('radio', { name: '10' })).toBe(radios[10]);
    expect(radios.every((r) => r.getAttribute('aria-checked') === 'false')).toBe(true);
  });

  it('is described by its end labels, the built-in ones unless the question has its own', () => {
    const { container } = renderSurvey(nps);
    const group = within(container).getByRole('radiogroup');
    const described = group.getAttribute('aria-describedby')!.split(' ');
    const ends = container.querySelector(`[id="${described[0]}"]`)!;
    expect(ends.textContent).toBe('Not at all likely' + 'Extremely likely');

    document.body.replaceChildren();
    const own = renderSurvey(definition([{ id: 'nps', kind: 'nps', title: 'T', lowLabel: 'Nunca', highLabel: 'Sempre' }]));
    expect(own.container.querySelector('.ends')!.textContent).toBe('NuncaSempre');
  });

  it('has one tab stop, on the first option until one is chosen, then on the chosen one', () => {
    const { container } = renderSurvey(nps);
    const radios = within(container).getAllByRole('radio');
    expect(radios.map((r) => r.tabIndex).filter((t) => t === 0)).toHaveLength(1);
    expect(radios[0]!.tabIndex).toBe(0);
    fireEvent.click(radios[7]!);
    expect(radios[7]!.getAttribute('aria-checked')).toBe('true');
    expect(radios[7]!.getAttribute('part')).toBe('option option-selected');
    expect(radios[0]!.tabIndex).toBe(-1);
    expect(radios[7]!.tabIndex).toBe(0);
  });

  it('moves and selects with arrow keys, wrapping, with Home and End', () => {
    const { container, model } = renderSurvey(nps);
    const radios = within(container).getAllByRole('radio');
    radios[0]!.focus();
    fireEvent.keyDown(radios[0]!, { key: 'ArrowRight' });
    expect(model.draft.value).toBe(1);
    expect(container.getRootNode() instanceof ShadowRoot && (container.getRootNode() as ShadowRoot).activeElement).toBe(radios[1]);
    fireEvent.keyDown(radios[1]!, { key: 'ArrowDown' });
    expect(model.draft.value).toBe(2);
    fireEvent.keyDown(radios[2]!, { key: 'ArrowLeft' });
    fireEvent.keyDown(radios[1]!, { key: 'ArrowUp' });
    expect(model.draft.value).toBe(0);
    fireEvent.keyDown(radios[0]!, { key: 'ArrowLeft' });
    expect(model.draft.value).toBe(10);
    fireEvent.keyDown(radios[10]!, { key: 'ArrowRight' });
    expect(model.draft.value).toBe(0);
    fireEvent.keyDown(radios[0]!, { key: 'End' });
    expect(model.draft.value).toBe(10);
    fireEvent.keyDown(radios[10]!, { key: 'Home' });
    expect(model.draft.value).toBe(0);
    expect(radios[0]!.getAttribute('aria-checked')).toBe('true');
  });

  it('follows the reading direction with Left and Right in right-to-left locales', () => {
    const { container, model } = renderSurvey(nps, { locale: 'ar' });
    const radios = within(container).getAllByRole('radio');
    fireEvent.click(radios[5]!);
    fireEvent.keyDown(radios[5]!, { key: 'ArrowLeft' });
    expect(model.draft.value).toBe(6);
    fireEvent.keyDown(radios[6]!, { key: 'ArrowRight' });
    fireEvent.keyDown(radios[5]!, { key: 'ArrowRight' });
    expect(model.draft.value).toBe(4);
  });

  it('chooses the focused option and submits on Enter, as native radios do', async () => {
    const answers: unknown[] = [];
    const { container } = renderSurvey(nps, { onAnswer: (_id, value) => void answers.push(value) });
    const radios = within(container).getAllByRole('radio');
    fireEvent.keyDown(radios[9]!, { key: 'Enter' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(answers).toEqual([9]);
  });

  it('ignores other keys', () => {
    const { container, model } = renderSurvey(nps);
    const radios = within(container).getAllByRole('radio');
    fireEvent.keyDown(radios[0]!, { key: 'a' });
    expect(model.draft.value).toBeUndefined();
  });
});
