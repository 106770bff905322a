import { describe, expect, test } from 'vitest';
import { decideSurvey, type TargetableSurvey } from './decide-survey';
import { sampleBucket } from './sample-bucket';
import { emptyHistory, recordDismissed, recordShown } from './survey-history';
import type { TargetingContext } from './targeting-context';

const DAY = 24 * 60 * 60 * 1000;
const now = Date.UTC(2026, 4, 10, 12);
const visitor = { id: 'visitor-42', attributes: { plan: 'pro', orders: 3 } };
const base: TargetingContext = { url: 'https://shop.example/', visitor, session: { shown: 0 } };
const onPage: TargetableSurvey = { id: 'nps', trigger: { type: 'pageView' } };

function decide(surveys: TargetableSurvey[], context: Partial<TargetingContext> = {}, history = emptyHistory()) {
  return decideSurvey(surveys, { ...base, ...context }, history, { now });
}

function only(surveys: TargetableSurvey[], context: Partial<TargetingContext> = {}, history = emptyHistory()) {
  const decision = decide(surveys, context, history);
  return decision.survey ? { shown: true, reason: decision.reason } : { shown: false, ...decision.reasons[0] };
}

describe('triggers', () => {
  test('a page view with a URL pattern fires only on matching pages', () => {
    const survey = { id: 's', trigger: { type: 'pageView', url: { match: 'glob', value: '/checkout/**' } } } as const;
    expect(only([survey], { url: 'https://shop.example/checkout/done' })).toMatchObject({ shown: true, reason: 'page https://shop.example/checkout/done matches glob /checkout/**' });
    expect(only([survey], { url: 'https://shop.example/cart' })).toMatchObject({ shown: false, code: 'trigger', reason: 'page https://shop.example/cart does not match glob /checkout/**' });
    expect(only([survey], { url: undefined })).toMatchObject({ shown: false, code: 'trigger' });
  });

  test('a page view without a pattern fires on any page', () => {
    expect(only([onPage])).toMatchObject({ shown: true, reason: 'page view' });
  });

  test('an event trigger fires for the named event when its properties match', () => {
    const survey: TargetableSurvey = { id: 'post-purchase', trigger: { type: 'event', event: 'purchase', where: [{ path: 'order.total', op: 'gte', value: 100 }] } };
    expect(only([survey], { event: { name: 'purchase', props: { order: { total: 150 } } } })).toMatchObject({ shown: true });
    expect(only([survey], { event: { name: 'purchase', props: { order: { total: 40 } } } })).toMatchObject({ shown: false, code: 'trigger', reason: 'event "purchase" does not satisfy order.total gte 100' });
    expect(only([survey], { event: { name: 'add_to_cart', props: { order: { total: 500 } } } })).toMatchObject({ shown: false, reason: 'waiting for event "purchase"' });
    expect(only([survey])).toMatchObject({ shown: false, code: 'trigger' });
  });

  test('an event trigger without conditions fires on the event alone', () => {
    expect(only([{ id: 's', trigger: { type: 'event', event: 'signup' } }], { event: { name: 'signup' } })).toMatchObject({ shown: true });
  });

  test('a delay trigger fires once enough time has passed since load', () => {
    const survey: TargetableSurvey = { id: 's', trigger: { type: 'delay', ms: 5000 } };
    expect(only([survey], { elapsedMs: 4999 })).toMatchObject({ shown: false, code: 'trigger' });
    expect(only([survey], { elapsedMs: 5000 })).toMatchObject({ shown: true });
    expect(only([survey])).toMatchObject({ shown: false });
  });

  test('a scroll trigger fires at the given depth', () => {
    const survey: TargetableSurvey = { id: 's', trigger: { type: 'scroll', percent: 60 } };
    expect(only([survey], { scrollPercent: 59 })).toMatchObject({ shown: false, reason: 'waiting for 60% scroll (now 59%)' });
    expect(only([survey], { scrollPercent: 75 })).toMatchObject({ shown: true });
  });

  test('an exit-intent trigger fires only on exit intent', () => {
    const survey: TargetableSurvey = { id: 's', trigger: { type: 'exitIntent' } };
    expect(only([survey])).toMatchObject({ shown: false, code: 'trigger' });
    expect(only([survey], { exitIntent: true })).toMatchObject({ shown: true, reason: 'exit intent' });
  });

  test('a journey-stage trigger fires in that stage', () => {
    const survey: TargetableSurvey = { id: 's', trigger: { type: 'journeyStage', stage: 'retention' } };
    expect(only([survey], { journeyStage: 'purchase' })).toMatchObject({ shown: false, reason: 'journey stage is purchase, not retention' });
    expect(only([survey], { journeyStage: 'retention' })).toMatchObject({ shown: true });
  });

  test('an all-trigger needs every part and an any-trigger needs one', () => {
    const all: TargetableSurvey = { id: 's', trigger: { type: 'all', of: [{ type: 'pageView', url: { match: 'prefix', value: '/pricing' } }, { type: 'delay', ms: 3000 }] } };
    expect(only([all], { url: '/pricing', elapsedMs: 1000 })).toMatchObject({ shown: false, code: 'trigger' });
    expect(only([all], { url: '/blog', elapsedMs: 9000 })).toMatchObject({ shown: false, code: 'trigger' });
    expect(only([all], { url: '/pricing/team', elapsedMs: 3000 })).toMatchObject({ shown: true, reason: 'page /pricing/team matches prefix /pricing and 3000 ms after load' });
    const any: TargetableSurvey = { id: 's', trigger: { type: 'any', of: [{ type: 'exitIntent' }, { type: 'scroll', percent: 90 }] } };
    expect(only([any], { scrollPercent: 95 })).toMatchObject({ shown: true });
    expect(only([any], { scrollPercent: 10 })).toMatchObject({ shown: false, reason: 'waiting for exit intent; waiting for 90% scroll (now 10%)' });
  });

  test('an unknown trigger type (an unvalidated definition) skips that survey as invalid', () => {
    const odd = { id: 'odd', trigger: { type: 'hover' } } as unknown as TargetableSurvey;
    expect(decide([odd, onPage]).reasons[0]).toEqual({ surveyId: 'odd', code: 'invalid', reason: 'trigger: unknown trigger type "hover"' });
    const nested = { id: 'nested', trigger: { type: 'all', of: [{ type: 'all', of: [] }] } } as unknown as TargetableSurvey;
    expect(decide([nested]).reasons[0]).toMatchObject({ code: 'invalid', reason: 'trigger: unknown trigger type "all"' });
  });

  test('a survey without a trigger is never chosen automatically', () => {
    expect(only([{ id: 's' }])).toMatchObject({ shown: false, code: 'manual' });
  });

  test('an invalid regex skips that survey with a clear reason and others still run', () => {
    const broken: TargetableSurvey = { id: 'broken', trigger: { type: 'pageView', url: { match: 'regex', value: '[' } } };
    const decision = decide([broken, onPage]);
    expect(decision.survey?.id).toBe('nps');
    expect(decision.reasons[0]).toEqual({ surveyId: 'broken', code: 'invalid', reason: expect.stringMatching(/^trigger: "\[" is not a valid regular expression/) });
  });
});

describe('targeting', () => {
  test('locales match the visitor locale and its language', () => {
    const pt = { ...onPage, targeting: { locales: ['pt'] } };
    const ptBR = { ...onPage, targeting: { locales: ['pt_br'] } };
    expect(only([pt], { locale: 'pt-PT' })).toMatchObject({ shown: true });
    expect(only([ptBR], { locale: 'pt-BR' })).toMatchObject({ shown: true });
    expect(only([ptBR], { locale: 'pt-PT' })).toMatchObject({ shown: false, code: 'locale', reason: 'locale pt-PT is not in pt-BR' });
    expect(only([ptBR], { locale: 'pt' })).toMatchObject({ shown: false, code: 'locale' });
    expect(only([pt])).toMatchObject({ shown: false, code: 'locale', reason: 'locale unknown is not in pt' });
  });

  test('devices restrict to the listed device classes', () => {
    const survey = { ...onPage, targeting: { devices: ['mobile', 'tablet'] as const } } as TargetableSurvey;
    expect(only([survey], { device: 'tablet' })).toMatchObject({ shown: true });
    expect(only([survey], { device: 'desktop' })).toMatchObject({ shown: false, code: 'device', reason: 'device desktop is not in mobile, tablet' });
    expect(only([survey])).toMatchObject({ shown: false, code: 'device' });
  });

  test('visitor attributes must all match', () => {
    const survey: TargetableSurvey = { ...onPage, targeting: { attributes: [{ path: 'plan', value: 'pro' }, { path: 'orders', op: 'gte', value: 2 }] } };
    expect(only([survey])).toMatchObject({ shown: true });
    expect(only([survey], { visitor: { id: 'v', attributes: { plan: 'pro', orders: 1 } } })).toMatchObject({ shown: false, code: 'attributes', reason: 'visitor attribute does not satisfy orders gte 2' });
    expect(only([survey], { visitor: { id: 'v' } })).toMatchObject({ shown: false, code: 'attributes' });
  });

  test('sampling is stable per visitor and follows the percentage', () => {
    const survey: TargetableSurvey = { ...onPage, targeting: { sample: 30 } };
    const inside = sampleBucket(visitor.id, 'nps') < 30;
    for (let i = 0; i < 5; i++) expect(only([survey]).shown).toBe(inside);
    let shown = 0;
    for (let i = 0; i < 2000; i++) if (only([survey], { visitor: { id: `visitor-${i}` } }).shown) shown++;
    expect(shown / 2000).toBeGreaterThan(0.26);
    expect(shown / 2000).toBeLessThan(0.34);
    expect(only([{ ...onPage, targeting: { sample: 0 } }])).toMatchObject({ shown: false, code: 'sample', reason: 'visitor is outside the 0% sample' });
    expect(only([{ ...onPage, targeting: { sample: 100 } }])).toMatchObject({ shown: true });
  });

  test('a visitor without an id is sampled with the injected random source', () => {
    const survey: TargetableSurvey = { ...onPage, targeting: { sample: 50 } };
    const context = { ...base, visitor: { id: '' } };
    expect(decideSurvey([survey], context, emptyHistory(), { now, random: () => 0.49 }).survey).not.toBeNull();
    expect(decideSurvey([survey], context, emptyHistory(), { now, random: () => 0.5 }).survey).toBeNull();
  });
});

describe('frequency', () => {
  const shownDaysAgo = (days: number, id = 'nps') => recordShown(emptyHistory(), id, now - days * DAY);

  test('by default a survey is shown once per visitor', () => {
    expect(only([onPage], {}, shownDaysAgo(400))).toMatchObject({ shown: false, code: 'once', reason: 'already shown to this visitor 400 days ago' });
    expect(only([onPage], {}, shownDaysAgo(1, 'other'))).toMatchObject({ shown: true });
  });

  test('re-ask after N days shows it again once the days have passed', () => {
    const survey: TargetableSurvey = { ...onPage, frequency: { reaskAfterDays: 90 } };
    expect(only([survey], {}, shownDaysAgo(89.5))).toMatchObject({ shown: false, code: 'reask', reason: 'shown 89.5 days ago (re-ask after 90 days)' });
    expect(only([survey], {}, shownDaysAgo(90))).toMatchObject({ shown: true });
  });

  test('without once-per-visitor a survey may repeat, within the other caps', () => {
    expect(only([{ ...onPage, frequency: { oncePerVisitor: false } }], {}, shownDaysAgo(0))).toMatchObject({ shown: true });
  });

  test('the global cool-down holds back every survey after any survey was shown', () => {
    const survey: TargetableSurvey = { ...onPage, frequency: { cooldownDays: 14 } };
    expect(only([survey], {}, shownDaysAgo(3, 'other'))).toMatchObject({ shown: false, code: 'cooldown', reason: 'a survey was shown 3 days ago (cool-down 14 days)' });
    expect(only([survey], {}, shownDaysAgo(14, 'other'))).toMatchObject({ shown: true });
    expect(only([onPage], {}, shownDaysAgo(0, 'other'))).toMatchObject({ shown: true });
  });

  test('max shows per session counts every survey shown in the session', () => {
    expect(only([onPage], { session: { shown: 1 } })).toMatchObject({ shown: false, code: 'session', reason: '1 survey(s) already shown this session (max 1)' });
    expect(only([{ ...onPage, frequency: { maxPerSession: 2 } }], { session: { shown: 1 } })).toMatchObject({ shown: true });
    expect(only([onPage], { session: undefined })).toMatchObject({ shown: true });
  });

  test('after a dismissal the survey waits the given days even when re-asking is due', () => {
    const survey: TargetableSurvey = { ...onPage, frequency: { reaskAfterDays: 7, afterDismissDays: 60 } };
    const dismissed = (days: number) => recordDismissed(shownDaysAgo(days), 'nps', now - days * DAY);
    expect(only([survey], {}, dismissed(30))).toMatchObject({ shown: false, code: 'dismissed', reason: 'dismissed 30 days ago (wait 60 days)' });
    expect(only([survey], {}, dismissed(61))).toMatchObject({ shown: true });
    expect(only([{ ...onPage, frequency: { oncePerVisitor: false, afterDismissDays: 60 } }], {}, dismissed(1))).toMatchObject({ shown: false, code: 'dismissed' });
  });

  test('the injected clock decides, accepting a Date too', () => {
    const survey: TargetableSurvey = { ...onPage, frequency: { reaskAfterDays: 30 } };
    const history = recordShown(emptyHistory(), 'nps', now);
    expect(decideSurvey([survey], base, history, { now: new Date(now + 29 * DAY) }).survey).toBeNull();
    expect(decideSurvey([survey], base, history, { now: new Date(now + 30 * DAY) }).survey).toBe(survey);
    expect(() => decideSurvey([survey], base, history, { now: Number.NaN })).toThrow('options.now must be a finite timestamp');
  });
});

describe('choosing among surveys', () => {
  test('the first eligible survey wins and the rest say why not', () => {
    const first: TargetableSurvey = { id: 'exit', trigger: { type: 'exitIntent' } };
    const second: TargetableSurvey = { id: 'page', trigger: { type: 'pageView' } };
    const third: TargetableSurvey = { id: 'later', trigger: { type: 'pageView' } };
    const decision = decide([first, second, third]);
    expect(decision.survey).toBe(second);
    expect(decision.reasons).toEqual([
      { surveyId: 'exit', code: 'trigger', reason: 'waiting for exit intent' },
      { surveyId: 'later', code: 'not-chosen', reason: 'survey "page" comes first and is shown' },
    ]);
  });

  test('nothing eligible gives null and one reason per survey', () => {
    const decision = decide([{ id: 'a', trigger: { type: 'exitIntent' } }, { id: 'b' }]);
    expect(decision).toEqual({
      survey: null,
      reasons: [
        { surveyId: 'a', code: 'trigger', reason: 'waiting for exit intent' },
        { surveyId: 'b', code: 'manual', reason: 'no trigger: shown only when requested by id' },
      ],
    });
    expect(decide([])).toEqual({ survey: null, reasons: [] });
  });

  test('targeting is checked before frequency, and frequency before the trigger', () => {
    const survey: TargetableSurvey = { id: 'nps', trigger: { type: 'exitIntent' }, targeting: { devices: ['mobile'] } };
    expect(only([survey], { device: 'desktop' }, shownDaysAgo(1))).toMatchObject({ code: 'device' });
    expect(only([survey], { device: 'mobile' }, shownDaysAgo(1))).toMatchObject({ code: 'once' });
    expect(only([survey], { device: 'mobile' })).toMatchObject({ code: 'trigger' });
  });

  test('deciding is pure: inputs are not changed and answers repeat', () => {
    const surveys: TargetableSurvey[] = [{ ...onPage, targeting: { sample: 50 } }];
    const history = shownDaysAgo(1, 'other');
    const snapshot = JSON.stringify({ surveys, history, base });
    const a = decide(surveys, {}, history);
    const b = decide(surveys, {}, history);
    expect(a).toEqual(b);
    expect(JSON.stringify({ surveys, history, base })).toBe(snapshot);
  });
});

function shownDaysAgo(days: number, id = 'nps') {
  return recordShown(emptyHistory(), id, now - days * DAY);
}
