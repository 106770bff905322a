import { describe, expect, it } from 'vitest';
import { createSurveyRun } from './create-survey-run';
import { followUpFor, segmentOf } from './follow-up-for';
import { parseSurvey } from './parse-survey';

const survey = (kind: string, extra: object = {}) =>
  parseSurvey({
    id: 's',
    version: 1,
    name: 's',
    questions: [{ id: 'intro', kind: 'text', title: 'Hi' }, { id: 'score', kind, title: 'Score?', ...extra }],
    followUp: {
      detractors: { message: 'Sorry! Talk to us?', offerChat: true },
      promoters: { message: 'Thanks! Review us?', link: { label: 'Review', url: 'https://reviews.test/shop' } },
    },
  });

const answered = (kind: string, score: number, extra: object = {}) => {
  const definition = survey(kind, extra);
  const run = createSurveyRun(definition, { locale: 'en' });
  run.skip();
  run.answer(score);
  return { definition, response: run.response };
};

describe('segmentOf', () => {
  it.each([
    ['nps', 0, 'detractors'],
    ['nps', 6, 'detractors'],
    ['nps', 7, 'passives'],
    ['nps', 8, 'passives'],
    ['nps', 9, 'promoters'],
    ['csat', 3, 'detractors'],
    ['csat', 4, 'promoters'],
    ['ces', 4, 'detractors'],
    ['ces', 5, 'passives'],
    ['ces', 6, 'promoters'],
  ] as const)('puts a %s score of %i among %s', (kind, score, segment) => {
    const { definition, response } = answered(kind, score);
    expect(segmentOf(definition, response)).toBe(segment);
  });

  it('honours a custom detractor threshold on NPS', () => {
    const { definition, response } = answered('nps', 6);
    expect(segmentOf(definition, response, { detractorThreshold: 5 })).toBe('passives');
  });

  it('is null when no score question was answered', () => {
    const definition = survey('nps');
    const run = createSurveyRun(definition, { locale: 'en' });
    run.skip();
    run.skip();
    expect(segmentOf(definition, run.response)).toBeNull();
  });
});

describe('followUpFor', () => {
  it('returns the action for the segment, or null when the survey has none for it', () => {
    const low = answered('nps', 2);
    expect(followUpFor(low.definition, low.response)).toEqual({
      segment: 'detractors',
      action: { message: 'Sorry! Talk to us?', offerChat: true },
    });
    const high = answered('nps', 10);
    expect(followUpFor(high.definition, high.response)?.action.link?.url).toBe('https://reviews.test/shop');
    const middle = answered('nps', 8);
    expect(followUpFor(middle.definition, middle.response)).toBeNull();
  });
});
