import { createSurveyRun, parseSurvey, type SurveyInput, type SurveyResponse } from '@pulso/core';
import { describe, expect, it } from 'vitest';
import { createSurveyModel, type SurveyModelOptions } from './survey-model';
import { definition } from './test-kit';

const flow = definition(
  [
    {
      id: 'nps',
      kind: 'nps',
      title: { en: 'Recommend us?', 'pt-BR': 'Nos recomendaria?' },
      required: true,
      followUp: { title: 'What should we fix?', when: { op: 'lte', value: 6 } },
      branches: [{ when: { op: 'gte', value: 9 }, goTo: 'end' }],
    },
    { id: 'csat', kind: 'csat', title: 'Happy with delivery?' },
  ],
  { thankYou: { title: { en: 'Thanks!', 'pt-BR': 'Obrigado!' }, closeAfterMs: 3000 } },
);

function setup(input: SurveyInput = flow, options: SurveyModelOptions & { locale?: string } = {}) {
  const survey = parseSurvey(input);
  const run = createSurveyRun(survey, { locale: options.locale ?? 'en', id: 'resp-1' });
  return { run, model: createSurveyModel(run, { survey, ...options }) };
}

describe('createSurveyModel', () => {
  it('shows the first step with texts in the visitor’s language', () => {
    const { model } = setup(flow, { locale: 'pt-BR' });
    expect(model.question.value).toMatchObject({ id: 'nps', kind: 'nps', title: 'Nos recomendaria?' });
    expect(model.progress.value.index).toBe(0);
    expect(model.canGoBack.value).toBe(false);
    expect(model.thankYou).toEqual({ title: 'Obrigado!', body: undefined, closeAfterMs: 3000 });
  });

  it('hands each answer over, and moves on only after the hand-over resolves', async () => {
    const calls: [string, unknown, SurveyResponse][] = [];
    let release!: () => void;
    const { model } = setup(flow, {
      onAnswer: (id, value, response) => {
        calls.push([id, value, response]);
        return new Promise<void>((resolve) => (release = resolve));
      },
    });
    model.setDraft(3);
    const submitted = model.submit();
    expect(model.pending.value).toBe(true);
    expect(model.question.value!.id).toBe('nps');
    expect(calls).toHaveLength(1);
    expect(calls[0]![0]).toBe('nps');
    expect(calls[0]![1]).toBe(3);
    expect(calls[0]![2]).toMatchObject({ id: 'resp-1', surveyId: 'post-purchase', answers: { nps: 3 } });
    release();
    expect(await submitted).toBe(true);
    expect(model.pending.value).toBe(false);
    expect(model.question.value!.id).toBe('nps-followup');
    expect(model.question.value!.isFollowUp).toBe(true);
  });

  it('keeps the answer on screen with a save error when the hand-over fails, and retries', async () => {
    let fail = true;
    const sent: unknown[] = [];
    const { model, run } = setup(flow, {
      onAnswer: async (_id, value) => {
        if (fail) throw new Error('queue full');
        sent.push(value);
      },
    });
    model.setDraft(4);
    expect(await model.submit()).toBe(false);
    expect(model.question.value!.id).toBe('nps');
    expect(model.draft.value).toBe(4);
    expect(model.error.value).toMatchObject({ kind: 'save' });
    expect(run.current!.id).toBe('nps');
    fail = false;
    expect(await model.submit()).toBe(true);
    expect(sent).toEqual([4]);
    expect(model.error.value).toBeNull();
  });

  it('re-sends the last answer and completes when the final hand-over failed', async () => {
    let fail = true;
    const events: string[] = [];
    const { model } = setup(definition([{ id: 'csat', kind: 'csat', title: 'Happy?' }]), {
      onAnswer: async (id, value) => {
        if (fail) throw new Error('queue full');
        events.push(`answer ${id}=${String(value)}`);
      },
      onComplete: (response) => void events.push(`complete ${response.completedAt ? 'with date' : 'without date'}`),
    });
    model.setDraft(5);
    expect(await model.submit()).toBe(false);
    expect(model.done.value).toBe(false);
    expect(model.question.value!.id).toBe('csat');
    fail = false;
    expect(await model.submit()).toBe(true);
    expect(events).toEqual(['answer csat=5', 'complete with date']);
    expect(model.done.value).toBe(true);
    expect(model.question.value).toBeNull();
  });

  it('retries only the completion when that is what failed', async () => {
    let failures = 1;
    const events: string[] = [];
    const { model } = setup(definition([{ id: 'csat', kind: 'csat', title: 'Happy?' }]), {
      onAnswer: () => void events.push('answer'),
      onComplete: async () => {
        if (failures-- > 0) throw new Error('queue full');
        events.push('complete');
      },
    });
    model.setDraft(2);
    expect(await model.submit()).toBe(false);
    expect(model.error.value?.kind).toBe('save');
    expect(await model.submit()).toBe(true);
    expect(events).toEqual(['answer', 'complete']);
  });

  it('shows a refused answer as invalid, with the run’s reason, and hands nothing over', async () => {
    const sent: unknown[] = [];
    const { model } = setup(flow, { onAnswer: (_id, value) => void sent.push(value) });
    expect(await model.submit()).toBe(false);
    expect(model.error.value).toMatchObject({ kind: 'invalid', error: { code: 'required' } });
    model.setDraft(8);
    expect(model.error.value).toBeNull();
    expect(sent).toEqual([]);
  });

  it('skips an optional step with an empty draft without handing anything over', async () => {
    const sent: string[] = [];
    const { model, run } = setup(flow, { onAnswer: (id) => void sent.push(id) });
    model.setDraft(7);
    await model.submit(); // 7: no follow-up (only ≤ 6), no jump (only ≥ 9)
    expect(model.question.value!.id).toBe('csat');
    model.setDraft('');
    await model.submit();
    expect(sent).toEqual(['nps']);
    expect(run.response.answers.csat).toBeNull();
    expect(model.done.value).toBe(true);
  });

  it('follows the branches of the definition', async () => {
    const { model } = setup();
    model.setDraft(10);
    await model.submit();
    expect(model.done.value).toBe(true);
    expect(model.progress.value.value).toBe(1);
  });

  it('goes back with the earlier answer pre-filled', async () => {
    const { model } = setup();
    model.setDraft(2);
    await model.submit();
    model.setDraft('Late delivery');
    await model.submit();
    expect(model.question.value!.id).toBe('csat');
    expect(model.canGoBack.value).toBe(true);
    expect(model.progress.value).toMatchObject({ index: 2, total: 3 });
    model.back();
    expect(model.question.value!.id).toBe('nps-followup');
    expect(model.draft.value).toBe('Late delivery');
    model.back();
    expect(model.draft.value).toBe(2);
    model.back();
    expect(model.question.value!.id).toBe('nps');
  });

  it('flags a detractor with the context "Talk to us" hands to the chat', async () => {
    const { model } = setup(flow, { detractorThreshold: 4 });
    model.setDraft(5);
    await model.submit();
    expect(model.detractor.value).toBeNull();
    model.back();
    model.setDraft(4);
    await model.submit();
    expect(model.detractor.value).toEqual({
      surveyId: 'post-purchase',
      responseId: 'resp-1',
      score: 4,
      answers: { nps: 4 },
    });
  });

  it('reports a dismissal once, with the partial response, and not after the end', async () => {
    const dismissed: SurveyResponse[] = [];
    let closes = 0;
    const first = setup(flow, { onDismiss: (r) => void dismissed.push(r), onClose: () => closes++ });
    first.model.setDraft(9);
    await first.model.submit();
    first.model.close();
    first.model.close();
    expect(first.model.closed.value).toBe(true);
    expect(dismissed).toEqual([]);
    expect(closes).toBe(1);

    const second = setup(flow, { onDismiss: (r) => void dismissed.push(r) });
    second.model.setDraft(3);
    await second.model.submit();
    second.model.close();
    expect(dismissed).toHaveLength(1);
    expect(dismissed[0]!.answers).toEqual({ nps: 3 });
    expect(dismissed[0]!.completedAt).toBeUndefined();
  });

  it('resumes a saved response at its step, with the detractor known from the saved NPS answer', async () => {
    const survey = parseSurvey(flow);
    const first = createSurveyRun(survey, { locale: 'en', id: 'resp-9' });
    first.answer(2);
    const saved = JSON.parse(JSON.stringify(first.response)) as SurveyResponse;
    const model = createSurveyModel(createSurveyRun(survey, { locale: 'en', resume: saved }), { survey });
    expect(model.question.value!.id).toBe('nps-followup');
    expect(model.detractor.value).toMatchObject({ responseId: 'resp-9', score: 2 });
    model.back();
    expect(model.draft.value).toBe(2);
  });

  it('ignores a second submit while the first is being handed over', async () => {
    let count = 0;
    const { model } = setup(flow, { onAnswer: () => new Promise<void>((resolve) => setTimeout(() => resolve(void count++), 5)) });
    model.setDraft(9);
    const a = model.submit();
    const b = model.submit();
    expect(await b).toBe(false);
    expect(await a).toBe(true);
    expect(count).toBe(1);
  });
});
