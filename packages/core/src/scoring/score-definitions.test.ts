import { expect, test } from 'vitest';
import { createSurveyRun } from '../survey/create-survey-run';
import { parseSurvey } from '../survey/parse-survey';
import { decideSurvey } from '../targeting/decide-survey';
import { emptyHistory, recordShown } from '../targeting/survey-history';
import { aggregate } from './aggregate';
import { scoreInputFrom } from './score-input';

// The pieces together, as a site and its report use them: parsed definitions, real runs.
const survey = parseSurvey({
  id: 'post-purchase',
  version: 1,
  name: 'After checkout',
  journeyStage: 'purchase',
  trigger: { type: 'event', event: 'purchase', where: [{ path: 'order.total', op: 'gte', value: 100 }] },
  targeting: { locales: ['pt', 'es'] },
  frequency: { reaskAfterDays: 90 },
  questions: [
    { id: 'score', kind: 'nps', title: { 'pt-BR': 'Recomendaria?', es: '¿Nos recomendarías?' } },
    { id: 'effort', kind: 'ces', scale: 5, title: 'Foi fácil?' },
  ],
});

test('a parsed survey is decided on with its parsed trigger, targeting and frequency', () => {
  const context = { url: '/obrigado', locale: 'pt-BR', visitor: { id: 'v1' }, session: { shown: 0 }, event: { name: 'purchase', props: { order: { total: 180 } } } };
  const now = Date.UTC(2026, 5, 1);
  expect(decideSurvey([survey], context, emptyHistory(), { now }).survey).toBe(survey);
  expect(decideSurvey([survey], context, recordShown(emptyHistory(), survey.id, now - 10 * 86_400_000), { now }).survey).toBeNull();
  expect(decideSurvey([survey], { ...context, locale: 'en' }, emptyHistory(), { now }).survey).toBeNull();
});

test('run responses turn into score inputs and a report', () => {
  const answers: [number, number][] = [
    [10, 5],
    [9, 4],
    [3, 2],
  ];
  const inputs = answers.map(([score, effort]) => {
    const run = createSurveyRun(survey, { locale: 'pt-BR' });
    expect(run.answer(score).ok).toBe(true);
    expect(run.answer(effort).ok).toBe(true);
    expect(run.done).toBe(true);
    return scoreInputFrom(survey, run.response);
  });
  expect(inputs[0]).toMatchObject({ surveyId: 'post-purchase', journeyStage: 'purchase', nps: 10, ces: { score: 5, scale: 5 } });
  const [group] = aggregate(inputs, { by: 'journeyStage' });
  expect(group).toMatchObject({ key: 'purchase', responses: 3, nps: { n: 3, promoters: 2, detractors: 1 } });
  expect(group!.nps.score).toBeCloseTo(33.333, 3);
  expect(group!.ces[0]).toMatchObject({ scale: 5, n: 3, easy: 2, mean: 11 / 3 });
});
