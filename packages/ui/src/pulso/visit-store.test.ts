import { expect, test } from 'vitest';
import { createVisitStore } from './visit-store';
import { webStore } from './web-store';

const fresh = (now = () => 1_000) => {
  localStorage.clear();
  sessionStorage.clear();
  return createVisitStore(webStore('localStorage'), webStore('sessionStorage'), now);
};

test('shows, completions and dismissals persist in localStorage; the session list in sessionStorage', () => {
  let now = 1_000;
  const visit = fresh(() => now);
  visit.recordShown('nps');
  now = 2_000;
  visit.recordCompleted('nps');
  visit.recordShown('ces');
  visit.recordDismissed('ces');
  const again = createVisitStore(webStore('localStorage'), webStore('sessionStorage'));
  expect(again.history()).toEqual({
    version: 1,
    lastShownAt: 2_000,
    surveys: {
      nps: { shown: [1_000], completed: [2_000], dismissed: [] },
      ces: { shown: [2_000], completed: [], dismissed: [2_000] },
    },
  });
  expect(again.sessionShown()).toEqual(['nps', 'ces']);
  sessionStorage.clear(); // a new browsing session
  expect(again.sessionShown()).toEqual([]);
  expect(again.history().surveys.nps!.shown).toEqual([1_000]);
});

test('the anonymous visitor id is made once and kept', () => {
  const visit = fresh();
  const id = visit.visitorId();
  expect(id).toMatch(/^[0-9a-f-]{32,36}$/);
  expect(createVisitStore(webStore('localStorage'), webStore('sessionStorage')).visitorId()).toBe(id);
});

test('an unfinished response is kept until cleared, and a corrupt history reads as empty', () => {
  const visit = fresh();
  visit.saveResponse({ surveyId: 'nps', surveyVersion: 2, response: { id: 'r-1', answers: { q: 3 } } });
  expect(visit.savedResponse()).toMatchObject({ surveyId: 'nps', surveyVersion: 2, response: { id: 'r-1', answers: { q: 3 } } });
  visit.clearResponse();
  expect(visit.savedResponse()).toBeUndefined();
  localStorage.setItem('pulso:history', '{"version":7}');
  expect(visit.history()).toEqual({ version: 1, surveys: {} });
});

test('a history time later than now (the device clock went back) counts as now and is rewritten, so a cool-down runs from then', () => {
  const day = 24 * 60 * 60 * 1000;
  let now = 100 * day;
  const visit = fresh(() => now);
  // Shown "tomorrow": the clock was a day ahead when the survey appeared, and was corrected since.
  const ahead = now + day;
  localStorage.setItem('pulso:history', JSON.stringify({ version: 1, lastShownAt: ahead, surveys: { nps: { shown: [now - day, ahead], completed: [ahead], dismissed: [] } } }));
  const noticed = { version: 1, lastShownAt: now, surveys: { nps: { shown: [now - day, now], completed: [now], dismissed: [] } } };
  expect(visit.history()).toEqual(noticed);
  expect(JSON.parse(localStorage.getItem('pulso:history')!)).toEqual(noticed);
  // Half a day later the rewritten time is half a day old, not still "in the future".
  now += day / 2;
  expect(visit.history().lastShownAt).toBe(now - day / 2);
});

test('an unfinished response is kept for a week, then forgotten (its answers were sent as they were given)', () => {
  const day = 86_400_000;
  let now = 1_000;
  const visit = fresh(() => now);
  visit.saveResponse({ surveyId: 'nps', surveyVersion: 1, response: { id: 'r-1', answers: { q: 9 } } });
  now += 7 * day;
  expect(visit.savedResponse()?.surveyId).toBe('nps');
  now += 1;
  expect(visit.savedResponse()).toBeUndefined();
  expect(localStorage.getItem('pulso:response')).toBeNull();
});
