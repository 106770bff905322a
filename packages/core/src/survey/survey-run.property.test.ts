import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSurveyRun } from './create-survey-run';
import { safeParseSurvey } from './parse-survey';

// Random surveys of NPS and single-choice questions with random forward jumps and follow-ups,
// walked by random customers who answer (validly or not), skip and go back.
const surveyArbitrary = fc.integer({ min: 1, max: 7 }).chain((count) =>
  fc
    .tuple(
      ...Array.from({ length: count }, (_, index) =>
        fc.record({
          kind: fc.constantFrom('nps', 'single'),
          required: fc.boolean(),
          followUp: fc.boolean(),
          jumps: fc.array(fc.record({ threshold: fc.integer({ min: 0, max: 10 }), target: fc.integer({ min: index + 1, max: count }) }), { maxLength: 2 }),
        }),
      ),
    )
    .map((specs) => ({
      id: 'random',
      version: 1,
      name: 'random',
      questions: specs.map((spec, index) => ({
        id: `q${index}`,
        kind: spec.kind,
        title: `Question ${index}`,
        required: spec.required,
        ...(spec.kind === 'single' ? { choices: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }] } : {}),
        ...(spec.followUp ? { followUp: { title: 'Why?', ...(spec.kind === 'nps' ? { when: { op: 'lte', value: 6 } } : {}) } } : {}),
        branches: spec.jumps.map((jump) => ({
          when: spec.kind === 'nps' ? { op: 'gte', value: jump.threshold } : { op: 'eq', value: jump.threshold % 2 ? 'a' : 'b' },
          goTo: jump.target >= specs.length ? 'end' : `q${jump.target}`,
        })),
      })),
    })),
);

const actionArbitrary = fc.oneof(
  fc.record({ type: fc.constant('answer' as const), value: fc.oneof(fc.integer({ min: -2, max: 12 }), fc.constantFrom('a', 'b', 'c', 'because', '', 4.5)) }),
  fc.constant({ type: 'skip' as const }),
  fc.constant({ type: 'back' as const }),
);

describe('createSurveyRun on random surveys and customers', () => {
  it('keeps a consistent path and resumes to the same state after a JSON round trip', () => {
    fc.assert(
      fc.property(surveyArbitrary, fc.array(actionArbitrary, { maxLength: 25 }), (definition, actions) => {
        const parsed = safeParseSurvey(definition);
        expect(parsed.success).toBe(true);
        if (!parsed.success) return;
        const survey = parsed.survey;
        const run = createSurveyRun(survey, { locale: 'en', now: () => 0, id: 'r' });
        for (const action of actions) {
          if (action.type === 'answer') run.answer(action.value);
          else if (action.type === 'skip') run.skip();
          else run.back();

          const { response, done, current, progress } = run.getState();
          expect(response.path[0]).toBe('q0');
          expect(new Set(response.path).size).toBe(response.path.length); // never a loop
          for (const id of Object.keys(response.answers)) expect(response.path).toContain(id);
          expect(done).toBe(current === null);
          expect(done).toBe(response.completedAt !== undefined);
          expect(progress.value).toBeGreaterThanOrEqual(0);
          expect(progress.value).toBeLessThanOrEqual(1);
          if (!done) expect(current!.id).toBe(response.path[response.path.length - 1]);

          const resumed = createSurveyRun(survey, { locale: 'en', resume: JSON.parse(JSON.stringify(response)) });
          expect(resumed.response).toEqual(response);
          expect(resumed.current?.id).toBe(current?.id);
          expect(resumed.done).toBe(done);
        }
      }),
      { numRuns: 300 },
    );
    // 300 generated surveys take ~0.5 s alone but several seconds on a loaded 2-core machine.
  }, 30_000);
});
