import { describe, expect, it } from 'vitest';
import { createSurveyRun, type SurveyRunState } from './create-survey-run';
import type { SurveyResponse } from './survey-response';
import { parseSurvey } from './parse-survey';

const clock = () => {
  let t = Date.parse('2026-03-01T10:00:00Z');
  return () => (t += 1000);
};

// score → (≤6: why → end) (7–8: improve) (≥9: review) ; improve → review ; review(single) → channel? → comment
const survey = parseSurvey({
  id: 'checkout',
  version: 3,
  name: 'Checkout',
  locales: ['en', 'pt-BR', 'es'],
  questions: [
    {
      id: 'score',
      kind: 'nps',
      required: true,
      title: { en: 'How likely are you to recommend us?', pt: 'Recomendaria?', 'pt-BR': 'Você nos recomendaria?' },
      lowLabel: { en: 'Not likely', 'pt-BR': 'Nada provável' },
      followUp: { id: 'why', title: { en: 'What went wrong?', 'pt-BR': 'O que deu errado?' }, when: { op: 'lte', value: 6 } },
      branches: [
        { when: { op: 'lte', value: 6 }, goTo: 'end' },
        { when: { op: 'gte', value: 9 }, goTo: 'review' },
      ],
    },
    { id: 'improve', kind: 'text', title: 'What would make it a 10?', maxLength: 20 },
    {
      id: 'review',
      kind: 'single',
      title: 'Would you leave a review?',
      choices: [{ id: 'yes', label: { en: 'Yes', es: 'Sí' } }, { id: 'no', label: 'No' }],
      other: { label: 'Maybe later' },
      branches: [{ when: { op: 'eq', value: 'no' }, goTo: 'end' }],
    },
    {
      id: 'channels',
      kind: 'multiple',
      title: 'Where?',
      choices: [{ id: 'google', label: 'Google' }, { id: 'trustpilot', label: 'Trustpilot' }, { id: 'facebook', label: 'Facebook' }],
      other: { label: 'Elsewhere' },
      minPicks: 1,
      maxPicks: 2,
    },
    { id: 'effort', kind: 'ces', scale: 5, title: 'How easy was checkout?' },
  ],
});

const start = (locale = 'en') => createSurveyRun(survey, { locale, now: clock(), id: 'resp-1' });

describe('createSurveyRun flow', () => {
  it('starts on the first question with its texts resolved and an empty response', () => {
    const run = start();
    expect(run.current).toMatchObject({ id: 'score', kind: 'nps', min: 0, max: 10, title: 'How likely are you to recommend us?', lowLabel: 'Not likely', required: true });
    expect(run.done).toBe(false);
    expect(run.response).toEqual({
      id: 'resp-1',
      surveyId: 'checkout',
      surveyVersion: 3,
      answers: {},
      path: ['score'],
      startedAt: '2026-03-01T10:00:01.000Z',
      locale: 'en',
      context: {},
    });
  });

  it('shows the follow-up of a low score, then jumps to the end', () => {
    const run = start();
    expect(run.answer(3)).toEqual({ ok: true });
    expect(run.current).toMatchObject({ id: 'why', kind: 'text', isFollowUp: true, parentId: 'score', title: 'What went wrong?' });
    expect(run.answer('  Delivery was late  ')).toEqual({ ok: true });
    expect(run.done).toBe(true);
    expect(run.current).toBeNull();
    expect(run.response.answers).toEqual({ score: 3, why: 'Delivery was late' });
    expect(run.response.path).toEqual(['score', 'why']);
    expect(run.response.completedAt).toBe('2026-03-01T10:00:02.000Z');
    expect(run.progress).toEqual({ index: 2, total: 2, value: 1 });
  });

  it('takes passives through every question in order, skipping the conditional follow-up', () => {
    const run = start();
    run.answer(8);
    expect(run.current?.id).toBe('improve');
    run.answer('Faster shipping');
    expect(run.current?.id).toBe('review');
    run.answer('yes');
    run.answer(['google', { other: 'My blog' }]);
    run.answer(4);
    expect(run.done).toBe(true);
    expect(run.response.answers).toEqual({ score: 8, improve: 'Faster shipping', review: 'yes', channels: ['google', { other: 'My blog' }], effort: 4 });
  });

  it('sends promoters straight to the review question', () => {
    const run = start();
    run.answer(10);
    expect(run.current?.id).toBe('review');
  });

  it('ends when a choice branch says so', () => {
    const run = start();
    run.answer(9);
    run.answer('no');
    expect(run.done).toBe(true);
    expect(run.response.path).toEqual(['score', 'review']);
  });

  it('lets optional questions be skipped and records the skip as null', () => {
    const run = start();
    run.answer(7);
    expect(run.skip()).toEqual({ ok: true });
    expect(run.response.answers).toEqual({ score: 7, improve: null });
    expect(run.current?.id).toBe('review');
  });

  it('treats a blank optional text as a skip', () => {
    const run = start();
    run.answer(7);
    expect(run.answer('   ')).toEqual({ ok: true });
    expect(run.response.answers.improve).toBeNull();
  });

  it('refuses to skip a required question and says why', () => {
    const run = start();
    const result = run.skip();
    expect(result).toEqual({ ok: false, error: { code: 'required', message: 'This question is required, so it cannot be skipped.' } });
    expect(run.getState().error?.code).toBe('required');
    expect(run.current?.id).toBe('score');
  });

  it('refuses answers once done', () => {
    const run = start();
    run.answer(0);
    run.skip();
    expect(run.done).toBe(true);
    expect(run.answer(5).ok).toBe(false);
    expect(run.back()).toBe(false);
  });
});

describe('createSurveyRun answer validation', () => {
  const at = (questionId: string) => {
    const run = start();
    if (questionId !== 'score') run.answer(8);
    if (questionId === 'review' || questionId === 'channels' || questionId === 'effort') run.answer('x');
    if (questionId === 'channels' || questionId === 'effort') run.answer('yes');
    if (questionId === 'effort') run.answer(['google']);
    expect(run.current?.id).toBe(questionId);
    return run;
  };
  const cases: Array<[string, string, unknown, string, string]> = [
    ['a score above the range', 'score', 11, 'out-of-range', 'An NPS answer is from 0 to 10; got 11.'],
    ['a negative score', 'score', -1, 'out-of-range', 'An NPS answer is from 0 to 10; got -1.'],
    ['a fractional score', 'score', 7.5, 'not-an-integer', 'An NPS answer is a whole number; got 7.5.'],
    ['a score given as text', 'score', '9', 'not-a-number', 'An NPS answer is a number from 0 to 10.'],
    ['NaN', 'score', Number.NaN, 'not-a-number', 'An NPS answer is a number from 0 to 10.'],
    ['a missing required answer', 'score', undefined, 'required', 'This question needs an answer.'],
    ['a ces of 6 on a 5-point scale', 'effort', 6, 'out-of-range', 'A CES answer is from 1 to 5; got 6.'],
    ['a text over maxLength', 'improve', 'x'.repeat(21), 'too-long', 'At most 20 characters (got 21).'],
    ['a number for a text', 'improve', 42, 'not-text', 'A text answer must be a string.'],
    ['an unknown choice', 'review', 'perhaps', 'not-a-choice', '"perhaps" is not one of the choices (yes, no, or { other: text }).'],
    ['a list for a single choice', 'review', ['yes'], 'not-a-choice', 'A single-choice question takes one pick, not a list.'],
    ['an empty "other"', 'review', { other: '  ' }, 'empty-other', 'Write something in "Other", or untick it.'],
    ['too many picks', 'channels', ['google', 'trustpilot', 'facebook'], 'too-many-picks', 'Pick at most 2 options (got 3).'],
    ['a repeated pick', 'channels', ['google', 'google'], 'duplicate-pick', '"google" is picked twice.'],
    ['an unknown pick', 'channels', ['google', 'myspace'], 'not-a-choice', '"myspace" is not one of the choices'],
  ];

  it.each(cases)('refuses %s without moving', (_name, questionId, value, code, message) => {
    const run = at(questionId);
    const before = run.response;
    const result = run.answer(value);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.message.startsWith(message)).toBe(true);
    expect(run.current?.id).toBe(questionId);
    expect(run.response.answers).toEqual(before.answers);
  });

  it('refuses fewer picks than minPicks on an optional multiple question only when something is picked', () => {
    const strict = parseSurvey({
      id: 's', version: 1, name: 's',
      questions: [{ id: 'm', kind: 'multiple', title: 'Pick', choices: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }, { id: 'c', label: 'C' }], minPicks: 2 }],
    });
    const run = createSurveyRun(strict, { locale: 'en' });
    expect(run.answer(['a'])).toMatchObject({ ok: false, error: { code: 'too-few-picks', params: { min: 2 } } });
    expect(run.answer([])).toEqual({ ok: true });
    expect(run.response.answers).toEqual({ m: null });
  });

  it('trims the "other" text and clears the error after a valid answer', () => {
    const run = at('review');
    run.answer('perhaps');
    expect(run.getState().error?.code).toBe('not-a-choice');
    run.answer({ other: '  next week ' });
    expect(run.getState().error).toBeNull();
    expect(run.response.answers.review).toEqual({ other: 'next week' });
  });
});

describe('createSurveyRun back()', () => {
  it('returns to the previous step with its answer pre-filled', () => {
    const run = start();
    expect(run.back()).toBe(false);
    run.answer(8);
    expect(run.getState().canGoBack).toBe(true);
    expect(run.back()).toBe(true);
    expect(run.current).toMatchObject({ id: 'score', value: 8 });
    expect(run.response.path).toEqual(['score']);
  });

  it('follows a new branch when a changed answer leads elsewhere, dropping the old branch', () => {
    const run = start();
    run.answer(7);
    run.answer('Cheaper shipping');
    expect(run.current?.id).toBe('review');
    run.back(); // to improve
    run.back(); // to score
    run.answer(2);
    expect(run.current?.id).toBe('why');
    run.answer('Broken box');
    expect(run.done).toBe(true);
    expect(run.response.answers).toEqual({ score: 2, why: 'Broken box' });
    expect(run.response.path).toEqual(['score', 'why']);
  });

  it('pre-fills answers again when going forward along the same branch', () => {
    const run = start();
    run.answer(7);
    run.answer('Cheaper shipping');
    run.back();
    run.back();
    run.answer(7);
    expect(run.current).toMatchObject({ id: 'improve', value: 'Cheaper shipping' });
  });
});

describe('createSurveyRun progress and subscribe', () => {
  it('reports progress along the likely path, reaching 1 when done', () => {
    const run = start();
    expect(run.progress).toEqual({ index: 0, total: 5, value: 0 });
    run.answer(10); // jumps over "improve"
    expect(run.progress).toEqual({ index: 1, total: 4, value: 0.25 });
    run.answer('yes');
    expect(run.progress.index).toBe(2);
  });

  it('notifies subscribers with a new snapshot on each change until they unsubscribe', () => {
    const run = start();
    const seen: SurveyRunState[] = [];
    const unsubscribe = run.subscribe((state) => seen.push(state));
    const first = run.getState();
    run.answer(11);
    run.answer(8);
    unsubscribe();
    run.answer('x');
    expect(seen).toHaveLength(2);
    expect(seen[0]).not.toBe(first);
    expect(seen[0]!.error?.code).toBe('out-of-range');
    expect(seen[1]!.current?.id).toBe('improve');
    expect(run.getState()).toBe(run.getState());
  });
});

describe('createSurveyRun resume', () => {
  it('continues from a JSON round trip on the same branch and step', () => {
    const run = start();
    run.answer(9);
    run.answer('yes');
    const saved = JSON.parse(JSON.stringify(run.response));
    const resumed = createSurveyRun(survey, { locale: 'en', resume: saved, id: 'ignored' });
    expect(resumed.current?.id).toBe('channels');
    expect(resumed.response).toEqual(run.response);
    expect(resumed.back()).toBe(true);
    expect(resumed.current?.id).toBe('review');
    expect(resumed.back()).toBe(true);
    expect(resumed.current?.id).toBe('score'); // "improve" was jumped over
  });

  it('resumes on a step the customer went back to, with the answer pre-filled', () => {
    const run = start();
    run.answer(7);
    run.answer('More colours');
    run.back();
    const resumed = createSurveyRun(survey, { locale: 'en', resume: JSON.parse(JSON.stringify(run.response)) });
    expect(resumed.current).toMatchObject({ id: 'improve', value: 'More colours' });
  });

  it('resumes a finished response as done', () => {
    const run = start();
    run.answer(1);
    run.skip();
    const resumed = createSurveyRun(survey, { locale: 'en', resume: JSON.parse(JSON.stringify(run.response)) });
    expect(resumed.done).toBe(true);
    expect(resumed.response.completedAt).toBe(run.response.completedAt);
  });

  it('keeps only the part of a tampered path that still agrees with the answers', () => {
    const run = start();
    run.answer(9);
    run.answer('yes');
    const saved = { ...run.response, answers: { ...run.response.answers, score: 4 } };
    const resumed = createSurveyRun(survey, { locale: 'en', resume: saved });
    // 4 leads to "why", not to the saved "review": resume on the score, pre-filled, to go on from there.
    expect(resumed.response.path).toEqual(['score']);
    expect(resumed.current).toMatchObject({ id: 'score', value: 4 });
    resumed.answer(4);
    expect(resumed.current?.id).toBe('why');
  });

  it('reads a corrupted saved response defensively instead of crashing', () => {
    const run = start();
    run.answer(9);
    const corrupted = { ...run.response, answers: null, path: 'score', startedAt: 7, context: [] } as unknown as SurveyResponse;
    const resumed = createSurveyRun(survey, { locale: 'en', resume: corrupted, now: () => Date.parse('2026-04-01T00:00:00Z') });
    expect(resumed.current?.id).toBe('score');
    expect(resumed.response).toMatchObject({ id: 'resp-1', answers: {}, path: ['score'], startedAt: '2026-04-01T00:00:00.000Z', context: {} });
  });

  it('refuses a response from another survey version with a clear error', () => {
    const run = start();
    expect(() => createSurveyRun(survey, { locale: 'en', resume: { ...run.response, surveyVersion: 2 } })).toThrow(
      'Cannot resume response resp-1: it belongs to survey "checkout" version 2, not "checkout" version 3. Start a new run instead.',
    );
  });
});

describe('createSurveyRun locales', () => {
  it('falls back from pt-PT to pt before the default locale', () => {
    expect(start('pt-PT').current?.title).toBe('Recomendaria?');
  });

  it('uses the exact locale when present, case-insensitively', () => {
    expect(start('pt_br').current).toMatchObject({ title: 'Você nos recomendaria?', lowLabel: 'Nada provável' });
  });

  it('falls back to the survey default locale for missing texts', () => {
    const run = start('es-MX');
    expect(run.current?.title).toBe('How likely are you to recommend us?');
    run.answer(10);
    expect(run.current).toMatchObject({ choices: [{ id: 'yes', label: 'Sí' }, { id: 'no', label: 'No' }], other: { label: 'Maybe later', maxLength: 200 } });
    expect(run.response.locale).toBe('es-MX');
  });
});
