import fc from 'fast-check';
import { expect, test } from 'vitest';
import { decideSurvey, type TargetableSurvey } from './decide-survey';
import { emptyHistory, recordDismissed, recordShown } from './survey-history';

const DAY = 86_400_000;
const now = Date.UTC(2026, 0, 1);
const visitorId = fc.string({ minLength: 1, maxLength: 12 });
const onPage = (extra: Partial<TargetableSurvey> = {}): TargetableSurvey => ({ id: 'nps', trigger: { type: 'pageView' }, ...extra });
const shows = (survey: TargetableSurvey, id: string, history = emptyHistory(), at = now) =>
  decideSurvey([survey], { url: '/', visitor: { id } }, history, { now: at }).survey !== null;

test('property: a visitor inside a sample stays inside every larger sample', () => {
  fc.assert(
    fc.property(visitorId, fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (id, a, b) => {
      const [small, large] = a <= b ? [a, b] : [b, a];
      if (shows(onPage({ targeting: { sample: small } }), id)) expect(shows(onPage({ targeting: { sample: large } }), id)).toBe(true);
    }),
  );
});

test('property: once re-asking is allowed, it stays allowed as time passes', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 365 }), fc.integer({ min: 0, max: 400 * DAY }), fc.integer({ min: 0, max: 400 * DAY }), (days, t1, t2) => {
      const survey = onPage({ frequency: { reaskAfterDays: days } });
      const history = recordShown(emptyHistory(), 'nps', now);
      const [early, late] = t1 <= t2 ? [t1, t2] : [t2, t1];
      if (shows(survey, 'v', history, now + early)) expect(shows(survey, 'v', history, now + late)).toBe(true);
      expect(shows(survey, 'v', history, now + days * DAY)).toBe(true);
    }),
  );
});

test('property: recording more history never makes a survey eligible that was not', () => {
  const event = fc.record({ kind: fc.constantFrom('shown', 'dismissed'), survey: fc.constantFrom('nps', 'other'), daysAgo: fc.integer({ min: 0, max: 120 }) });
  fc.assert(
    fc.property(fc.array(event, { maxLength: 6 }), event, fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 30 }), (events, extra, reask, cooldown) => {
      const survey = onPage({ frequency: { reaskAfterDays: reask, cooldownDays: cooldown, afterDismissDays: 45 } });
      const apply = (history: ReturnType<typeof emptyHistory>, e: typeof extra) =>
        (e.kind === 'shown' ? recordShown : recordDismissed)(history, e.survey, now - e.daysAgo * DAY);
      // Events are recorded oldest first, as they happen.
      const ordered = [...events, extra].sort((a, b) => b.daysAgo - a.daysAgo);
      const before = ordered.filter((e) => e !== extra).reduce(apply, emptyHistory());
      const after = ordered.reduce(apply, emptyHistory());
      if (!shows(survey, 'v', before)) expect(shows(survey, 'v', after)).toBe(false);
    }),
  );
});
