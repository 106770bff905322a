import { fireEvent, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stringsPtBR } from '@pulso/core';
import { registerStrings } from '../i18n/strings-registry';
import { createWidgetRoot } from '../shadow/create-widget-root';
import type { TalkToUsContext } from './survey-model';
import { surveyStringsFrom } from './survey-strings';
import { definition, renderSurvey, settle } from './test-kit';
import { deepActiveElement } from './use-dialog-focus';

// Only English is built into @pulso/ui; the script tag loads other languages, tests register them.
registerStrings({ 'pt-BR': stringsPtBR });

const flow = definition(
  [
    {
      id: 'nps',
      kind: 'nps',
      title: 'How likely are you to recommend us?',
      required: true,
      followUp: { title: 'What should we fix?', when: { op: 'lte', value: 6 } },
    },
    { id: 'csat', kind: 'csat', title: 'How was the delivery?', description: 'Think of your last order.' },
  ],
  { thankYou: { title: 'Obrigado!', body: 'We read every answer.' } },
);

const click = async (el: Element) => {
  fireEvent.click(el);
  await settle();
};

describe('SurveyPrompt', () => {
  afterEach(() => {
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  it('walks next and back through the flow, with progress and a follow-up', async () => {
    const { container } = renderSurvey(flow);
    const view = within(container);
    const progress = container.querySelector('progress')!;
    expect(progress.getAttribute('part')).toBe('progress');
    // A conditional follow-up is not counted until it applies.
    expect(progress.getAttribute('aria-label')).toBe('1 of 2');
    expect(view.getByRole('button', { name: 'Next' })).toBeTruthy();
    fireEvent.click(view.getByRole('radio', { name: '3' }));
    await click(view.getByRole('button', { name: 'Next' }));
    expect(view.getByRole('heading').textContent).toBe('What should we fix?');
    expect(container.querySelector('progress')!.getAttribute('aria-label')).toBe('2 of 3');
    await click(view.getByRole('button', { name: 'Skip' }));
    expect(view.getByRole('heading').textContent).toBe('How was the delivery?');
    const group = view.getByRole('radiogroup');
    expect(group.getAttribute('aria-describedby')).toContain(container.querySelector('.desc')!.id);
    expect(view.getByRole('button', { name: 'Skip' })).toBeTruthy();
    fireEvent.click(view.getByRole('radio', { name: '5 of 5 — Very satisfied' }));
    expect(view.getByRole('button', { name: 'Submit' })).toBeTruthy();
    await click(view.getByRole('button', { name: 'Back' }));
    expect(view.getByRole('heading').textContent).toBe('What should we fix?');
    await click(view.getByRole('button', { name: 'Back' }));
    expect(view.getByRole('radio', { name: '3' }).getAttribute('aria-checked')).toBe('true');
    expect(view.queryByRole('button', { name: 'Back' })).toBeNull();
  });

  it('moves focus to each new step’s title so it is read out', async () => {
    const { container } = renderSurvey(flow);
    fireEvent.click(within(container).getByRole('radio', { name: '9' }));
    await click(within(container).getByRole('button', { name: 'Next' }));
    expect(deepActiveElement()).toBe(within(container).getByRole('heading', { name: 'How was the delivery?' }));
  });

  it('shows a required question’s error tied to the group, and clears it on a new choice', async () => {
    const { container } = renderSurvey(flow);
    const view = within(container);
    await click(view.getByRole('button', { name: 'Next' }));
    const alert = view.getByRole('alert');
    expect(alert.textContent).toBe('Please answer this question.');
    const group = view.getByRole('radiogroup');
    expect(group.getAttribute('aria-invalid')).toBe('true');
    expect(group.getAttribute('aria-describedby')!.split(' ')).toContain(alert.id);
    fireEvent.click(view.getByRole('radio', { name: '8' }));
    expect(view.queryByRole('alert')).toBeNull();
    expect(group.hasAttribute('aria-invalid')).toBe(false);
  });

  it('keeps the answer on screen with a message when it cannot be saved', async () => {
    const { container } = renderSurvey(flow, {
      onAnswer: () => Promise.reject(new Error('QueueFullError: the queue holds 500 items')),
    });
    const view = within(container);
    fireEvent.click(view.getByRole('radio', { name: '10' }));
    await click(view.getByRole('button', { name: 'Next' }));
    expect(view.getByRole('alert').textContent).toBe("We couldn't save your answer. Please try again.");
    expect(view.getByRole('radio', { name: '10' }).getAttribute('aria-checked')).toBe('true');
    expect(view.getByRole('heading').textContent).toBe('How likely are you to recommend us?');
  });

  it('ends on the survey’s thank-you screen, with the completed response handed over', async () => {
    const completed: string[] = [];
    const { container } = renderSurvey(definition([{ id: 'csat', kind: 'csat', title: 'Happy?' }], { thankYou: { title: 'Valeu!' } }), {
      onComplete: (r) => void completed.push(r.id),
    });
    fireEvent.click(within(container).getByRole('radio', { name: '4 of 5 — Satisfied' }));
    await click(within(container).getByRole('button', { name: 'Submit' }));
    const thanks = container.querySelector('[part="thank-you"]')!;
    expect(thanks.getAttribute('role')).toBe('status');
    expect(within(thanks as HTMLElement).getByRole('heading').textContent).toBe('Valeu!');
    expect(thanks.textContent).toContain('Your feedback helps us improve.');
    expect(completed).toEqual(['r-1']);
    expect(within(container).queryByRole('button', { name: 'Talk to us' })).toBeNull();
  });

  it('closes the thank-you screen by itself after closeAfterMs', async () => {
    const { container, model } = renderSurvey(
      definition([{ id: 'csat', kind: 'csat', title: 'Happy?' }], { thankYou: { title: 'Thanks', closeAfterMs: 40 } }),
    );
    fireEvent.click(within(container).getByRole('radio', { name: '4 of 5 — Satisfied' }));
    await click(within(container).getByRole('button', { name: 'Submit' }));
    expect(model.closed.value).toBe(false);
    // Waits for the close rather than a fixed 80 ms, which a loaded machine can overrun.
    await waitFor(() => expect(model.closed.value).toBe(true), { timeout: 5_000 });
    await waitFor(() => expect(container.querySelector('[part="survey"]')).toBeNull());
  });

  it('offers a detractor "Talk to us", handing the survey context to the chat', async () => {
    const contexts: TalkToUsContext[] = [];
    const { container, model } = renderSurvey(definition([{ id: 'nps', kind: 'nps', title: 'Recommend us?' }]), {
      onTalkToUs: (context) => void contexts.push(context),
    });
    fireEvent.click(within(container).getByRole('radio', { name: '6' }));
    await click(within(container).getByRole('button', { name: 'Submit' }));
    fireEvent.click(within(container).getByRole('button', { name: 'Talk to us' }));
    expect(contexts).toEqual([{ surveyId: 'post-purchase', responseId: 'r-1', score: 6, answers: { nps: 6 } }]);
    expect(model.closed.value).toBe(true);
  });

  it('offers no "Talk to us" to a passive or promoter', async () => {
    const { container } = renderSurvey(definition([{ id: 'nps', kind: 'nps', title: 'Recommend us?' }]), { onTalkToUs: () => {} });
    fireEvent.click(within(container).getByRole('radio', { name: '7' }));
    await click(within(container).getByRole('button', { name: 'Submit' }));
    expect(within(container).queryByRole('button', { name: 'Talk to us' })).toBeNull();
  });

  it('shows the survey’s closing action for the segment: a review link for promoters', async () => {
    const closing = {
      followUp: {
        promoters: { message: { en: 'Glad you like us! Leave a review?' }, link: { label: 'Write a review', url: 'https://www.example.com/reviews' } },
        detractors: { message: 'Sorry to hear that.', offerChat: true },
      },
    };
    const { container } = renderSurvey(definition([{ id: 'nps', kind: 'nps', title: 'Recommend us?' }], closing), { onTalkToUs: () => {} });
    fireEvent.click(within(container).getByRole('radio', { name: '10' }));
    await click(within(container).getByRole('button', { name: 'Submit' }));
    expect(container.querySelector('[part="thank-you"] .desc')!.textContent).toBe('Glad you like us! Leave a review?');
    const link = within(container).getByRole('link', { name: 'Write a review' });
    expect(link.getAttribute('href')).toBe('https://www.example.com/reviews');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(within(container).queryByRole('button', { name: 'Talk to us' })).toBeNull();
  });

  it('offers a chat when the closing action says so, even on a CSAT', async () => {
    const contexts: TalkToUsContext[] = [];
    const survey = definition([{ id: 'csat', kind: 'csat', title: 'Happy?' }], {
      followUp: { detractors: { message: 'Sorry to hear that.', offerChat: true } },
    });
    const { container } = renderSurvey(survey, { onTalkToUs: (c) => void contexts.push(c) });
    fireEvent.click(within(container).getByRole('radio', { name: '2 of 5 — Dissatisfied' }));
    await click(within(container).getByRole('button', { name: 'Submit' }));
    expect(container.querySelector('[part="thank-you"] .desc')!.textContent).toBe('Sorry to hear that.');
    fireEvent.click(within(container).getByRole('button', { name: 'Talk to us' }));
    expect(contexts).toEqual([{ surveyId: 'post-purchase', responseId: 'r-1', score: 2, answers: { csat: 2 } }]);
  });

  it('closes on Escape, reporting the dismissal, and on the close button', async () => {
    const dismissed: string[] = [];
    const { container } = renderSurvey(flow, { onDismiss: (r) => void dismissed.push(r.id) });
    fireEvent.keyDown(within(container).getByRole('radio', { name: '0' }), { key: 'Escape' });
    expect(container.querySelector('[part="survey"]')).toBeNull();
    expect(dismissed).toEqual(['r-1']);

    document.body.replaceChildren();
    const other = renderSurvey(flow, { onDismiss: (r) => void dismissed.push(r.id) });
    const close = within(other.container).getByRole('button', { name: 'Close' });
    expect(close.getAttribute('part')).toBe('close');
    fireEvent.click(close);
    expect(other.model.closed.value).toBe(true);
    expect(dismissed).toHaveLength(2);
  });

  it('as a modal, takes focus, keeps Tab inside, and gives focus back on close', async () => {
    const opener = document.createElement('button');
    opener.textContent = 'Order details';
    document.body.append(opener);
    opener.focus();
    const { container } = renderSurvey(flow, { layout: 'modal' });
    const dialog = within(container).getByRole('dialog');
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(container.querySelector('.backdrop')).not.toBeNull();
    const title = within(container).getByRole('heading');
    expect(dialog.getAttribute('aria-labelledby')).toBe(title.id);
    expect(deepActiveElement()).toBe(title);

    const close = within(container).getByRole('button', { name: 'Close' });
    const next = within(container).getByRole('button', { name: 'Next' });
    fireEvent.keyDown(title, { key: 'Tab', shiftKey: true });
    expect(deepActiveElement()).toBe(next);
    fireEvent.keyDown(next, { key: 'Tab' });
    expect(deepActiveElement()).toBe(close);

    fireEvent.keyDown(close, { key: 'Escape' });
    await settle();
    expect(document.activeElement).toBe(opener);
  });

  it('as a popover, leaves focus on the page until the visitor goes in', () => {
    const opener = document.createElement('button');
    document.body.append(opener);
    opener.focus();
    const { container } = renderSurvey(flow);
    const dialog = within(container).getByRole('dialog');
    expect(dialog.hasAttribute('aria-modal')).toBe(false);
    expect(document.activeElement).toBe(opener);
  });

  it('inline, is a region of the host page', () => {
    const target = document.createElement('div');
    document.body.append(target);
    const { container } = renderSurvey(flow, { layout: 'inline', root: createWidgetRoot({ target }) });
    expect(within(container).getByRole('region', { name: 'How likely are you to recommend us?' })).toBeTruthy();
    expect(target.querySelector('pulso-widget')).not.toBeNull();
  });

  it('carries the documented part names and no style attribute anywhere', async () => {
    const { container } = renderSurvey(flow);
    fireEvent.click(within(container).getByRole('radio', { name: '2' }));
    const parts = new Set(
      Array.from(container.querySelectorAll('[part]')).flatMap((el) => el.getAttribute('part')!.split(' ')),
    );
    expect([...parts].sort()).toEqual(['close', 'option', 'option-selected', 'progress', 'question', 'submit', 'survey']);
    expect(container.querySelectorAll('[style]')).toHaveLength(0);
  });

  it('lays out right to left for Arabic, with the survey’s own texts', () => {
    const { root, container } = renderSurvey(
      definition([{ id: 'nps', kind: 'nps', title: { en: 'Recommend us?', ar: 'هل توصي بنا؟' } }]),
      { locale: 'ar' },
    );
    expect(root.host.getAttribute('dir')).toBe('rtl');
    expect(within(container).getByRole('heading').textContent).toBe('هل توصي بنا؟');
  });

  it('shows the built-in strings of the visitor’s language', () => {
    const { container } = renderSurvey(definition([{ id: 'nps', kind: 'nps', title: 'Recomendaria?' }]), { locale: 'pt-BR' });
    const pt = surveyStringsFrom('pt-BR');
    expect(pt.submit).not.toBe(surveyStringsFrom('en').submit);
    expect(within(container).getByRole('button', { name: pt.close })).toBeTruthy();
    expect(within(container).getByRole('button', { name: pt.skip })).toBeTruthy();
    expect(container.querySelector('.ends')!.textContent).toBe(pt.npsLow + pt.npsHigh);
  });

  it('never parses survey text as HTML', () => {
    const { container } = renderSurvey(definition([{ id: 'q', kind: 'text', title: '<img src=x onerror=alert(1)>Hi' }]));
    expect(container.querySelector('img')).toBeNull();
    expect(within(container).getByRole('heading').textContent).toBe('<img src=x onerror=alert(1)>Hi');
  });
});
