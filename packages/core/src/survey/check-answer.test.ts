import { describe, expect, it } from 'vitest';
import { checkAnswer } from './check-answer';
import { parseSurvey } from './parse-survey';

const survey = parseSurvey({
  id: 'after-chat',
  version: 1,
  name: 'After chat',
  questions: [
    { id: 'sat', kind: 'csat', required: true, title: 'Satisfied?', followUp: { title: 'Why?', maxLength: 10 } },
    { id: 'topics', kind: 'multiple', title: 'Topics', choices: [{ id: 'ship', label: 'Shipping' }, { id: 'pay', label: 'Payment' }], maxPicks: 1 },
  ],
});

describe('checkAnswer', () => {
  it('accepts valid answers and returns what a run would record', () => {
    expect(checkAnswer(survey, 'sat', 4)).toEqual({ ok: true, value: 4 });
    expect(checkAnswer(survey, 'sat-followup', '  slow  ')).toEqual({ ok: true, value: 'slow' });
    expect(checkAnswer(survey, 'topics', [])).toEqual({ ok: true, value: null });
  });

  it('refuses invalid answers with the run’s codes', () => {
    expect(checkAnswer(survey, 'sat', 6)).toMatchObject({ ok: false, error: { code: 'out-of-range', params: { min: 1, max: 5 } } });
    expect(checkAnswer(survey, 'sat', null)).toMatchObject({ ok: false, error: { code: 'required' } });
    expect(checkAnswer(survey, 'sat-followup', 'far too long')).toMatchObject({ ok: false, error: { code: 'too-long', params: { maxLength: 10 } } });
    expect(checkAnswer(survey, 'topics', ['ship', 'pay'])).toMatchObject({ ok: false, error: { code: 'too-many-picks' } });
  });

  it('names an unknown question id', () => {
    expect(checkAnswer(survey, 'nope', 1)).toEqual({
      ok: false,
      error: { code: 'unknown-question', message: 'Survey "after-chat" has no question or follow-up with the id "nope".' },
    });
  });
});
