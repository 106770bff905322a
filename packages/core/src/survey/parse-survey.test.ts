import { describe, expect, it } from 'vitest';
import { parseSurvey, safeParseSurvey } from './parse-survey';
import { SurveyDefinitionError } from './survey-definition-error';

const base = { id: 'post-purchase', version: 1, name: 'After checkout' };
const nps = { id: 'score', kind: 'nps', title: 'How likely are you to recommend us?' };
const why = { id: 'why', kind: 'text', title: 'Why?' };
const withQuestions = (...questions: unknown[]) => ({ ...base, questions });

// Each malformed definition, the path it must be reported at, and (part of) the sentence.
const malformed: Array<[string, unknown, string, string]> = [
  ['a definition that is not an object', 'nps please', '(root)', 'Expected a survey definition (an object with id, version, name and questions), but got "nps please".'],
  ['no definition at all', undefined, '(root)', 'Expected a survey definition (an object with id, version, name and questions), but got nothing.'],
  ['a missing id', { version: 1, name: 'x', questions: [nps] }, 'id', 'Required: add this field (a string).'],
  ['an id with spaces', { ...base, id: 'post purchase', questions: [nps] }, 'id', 'Must be an id of letters, digits'],
  ['a version of 0', { ...base, version: 0, questions: [nps] }, 'version', 'Must be at least 1 (got 0).'],
  ['a fractional version', { ...base, version: 1.5, questions: [nps] }, 'version', 'Expected a whole number, but got 1.5.'],
  ['an empty name', { ...base, name: '', questions: [nps] }, 'name', 'Must not be empty.'],
  ['no questions', withQuestions(), 'questions', 'A survey needs at least one question.'],
  ['questions that are not an array', { ...base, questions: nps }, 'questions', 'Expected an array, but got an object.'],
  ['an unknown question kind', withQuestions({ ...nps, kind: 'stars' }), 'questions[0].kind', 'Unknown kind "stars": use one of "nps", "csat", "ces", "rating", "single", "multiple" or "text".'],
  ['a question without kind', withQuestions({ id: 'q', title: 'Hi' }), 'questions[0].kind', 'Required: "kind" must be one of "nps"'],
  ['a title that is a number', withQuestions({ ...nps, title: 42 }), 'questions[0].title', 'Must be a text: a non-empty string, or an object mapping locales to strings'],
  ['a text map without texts', withQuestions({ ...nps, title: {} }), 'questions[0].title', 'Has no texts: add at least one locale, like { "en": "Thanks!" }.'],
  ['a condition without its value', withQuestions({ ...nps, branches: [{ when: { op: 'eq' }, goTo: 'end' }] }), 'questions[0].branches[0].when.value', 'Required: add the value to compare with, a number (for score questions) or a string (a choice id or a text).'],
  ['a misspelt field', withQuestions({ ...nps, titel: 'x' }), 'questions[0].titel', 'Unknown field "titel": did you mean "title"?'],
  ['a misspelt trigger field', { ...withQuestions(nps), trigger: { type: 'event', event: 'purchase', wehre: [] } }, 'trigger.wehre', 'Unknown field "wehre": did you mean "where"?'],
  ['a misspelt frequency rule', { ...withQuestions(nps), frequency: { oncePerVisitr: true } }, 'frequency.oncePerVisitr', 'Unknown field "oncePerVisitr": did you mean "oncePerVisitor"?'],
  ['an unknown top-level field', { ...withQuestions(nps), audience: 'all' }, 'audience', 'Unknown field "audience": remove it or use one of "id", "version", "name", "questions"'],
  ['required as a string', withQuestions({ ...nps, required: 'yes' }), 'questions[0].required', 'Expected true or false, but got "yes".'],
  ['a csat display that does not exist', withQuestions({ ...nps, kind: 'csat', display: 'hearts' }), 'questions[0].display', 'Expected one of "stars", "faces" or "numbers", but got "hearts".'],
  ['a ces scale of 10', withQuestions({ ...nps, kind: 'ces', scale: 10 }), 'questions[0].scale', 'Expected one of 7 or 5, but got 10.'],
  ['a rating without scale', withQuestions({ ...nps, kind: 'rating' }), 'questions[0].scale', 'Required: add this field (an object).'],
  ['a rating whose max is below its min', withQuestions(nps, why, { ...nps, id: 'r', kind: 'rating', scale: { min: 5, max: 1 } }), 'questions[2].scale.max', 'Must be greater than scale.min (5); got 1.'],
  ['a rating of 1–50', withQuestions({ ...nps, kind: 'rating', scale: { min: 1, max: 50 } }), 'questions[0].scale.max', 'A rating scale has at most 21 points; 1–50 has 50.'],
  ['a rating with a fractional bound', withQuestions({ ...nps, kind: 'rating', scale: { min: 0.5, max: 5 } }), 'questions[0].scale.min', 'Expected a whole number, but got 0.5.'],
  ['a single question without choices', withQuestions({ ...nps, kind: 'single', choices: [] }), 'questions[0].choices', 'A choice question needs at least one choice.'],
  ['a choice without label', withQuestions({ ...nps, kind: 'single', choices: [{ id: 'a' }] }), 'questions[0].choices[0].label', 'Required: add this text (a string, or an object mapping locales to strings).'],
  ['two choices with one id', withQuestions({ ...nps, kind: 'single', choices: [{ id: 'a', label: 'A' }, { id: 'a', label: 'B' }] }), 'questions[0].choices[1].id', 'Duplicate choice id "a"; each choice needs its own id.'],
  ['a choice with the reserved id "other"', withQuestions({ ...nps, kind: 'single', choices: [{ id: 'other', label: 'Other' }] }), 'questions[0].choices[0].id', 'The choice id "other" is reserved for the free-text option'],
  ['maxPicks below minPicks', withQuestions({ ...nps, kind: 'multiple', choices: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }, { id: 'c', label: 'C' }], minPicks: 3, maxPicks: 2 }), 'questions[0].maxPicks', 'Must be at least minPicks (3); got 2.'],
  ['minPicks above the number of options', withQuestions({ ...nps, kind: 'multiple', choices: [{ id: 'a', label: 'A' }], minPicks: 2 }), 'questions[0].minPicks', 'Asks for at least 2 picks but there are only 1 options.'],
  ['maxPicks of 0', withQuestions({ ...nps, kind: 'multiple', choices: [{ id: 'a', label: 'A' }], maxPicks: 0 }), 'questions[0].maxPicks', 'Must be at least 1 (got 0).'],
  ['a text maxLength of 0', withQuestions({ ...why, maxLength: 0 }), 'questions[0].maxLength', 'Must be at least 1 (got 0).'],
  ['a text maxLength too big', withQuestions({ ...why, maxLength: 50_000 }), 'questions[0].maxLength', 'Must be at most 10000 (got 50000).'],
  ['two questions with one id', withQuestions(nps, { ...why, id: 'score' }), 'questions[1].id', 'Duplicate id "score" (already used by questions[0]); every question and follow-up needs its own id.'],
  ['a follow-up id that repeats a question id', withQuestions({ ...nps, followUp: { id: 'why', title: 'Why?' } }, why), 'questions[1].id', 'Duplicate id "why" (already used by questions[0])'],
  ['a question called "end"', withQuestions({ ...nps, id: 'end' }), 'questions[0].id', 'The id "end" is reserved for jumping to the end of the survey'],
  ['a jump to a missing id', withQuestions({ ...nps, branches: [{ when: { op: 'lte', value: 6 }, goTo: 'wyh' }] }, why), 'questions[0].branches[0].goTo', 'No question has the id "wyh"; jump to the id of a later question or to "end".'],
  ['a jump backwards', withQuestions(nps, { ...why, branches: [{ when: { op: 'answered' }, goTo: 'score' }] }), 'questions[1].branches[0].goTo', 'Jumping from "why" back to "score" would loop; jumps may only go forward'],
  ['a jump to itself', withQuestions({ ...nps, branches: [{ when: { op: 'gte', value: 9 }, goTo: 'score' }] }), 'questions[0].branches[0].goTo', 'Jumping from "score" back to "score" would loop'],
  ['a jump to a follow-up', withQuestions({ ...nps, followUp: { title: 'Why?' } }, { ...why, branches: [{ when: { op: 'answered' }, goTo: 'score-followup' }] }), 'questions[1].branches[0].goTo', '"score-followup" is a follow-up question; jump to a question id instead'],
  ['an unknown operator', withQuestions({ ...nps, branches: [{ when: { op: 'below', value: 6 }, goTo: 'end' }] }), 'questions[0].branches[0].when.op', 'Unknown op "below": use one of "eq", "neq", "lt", "lte", "gt", "gte", "in", "answered" or "skipped".'],
  ['lt with a string', withQuestions({ ...nps, branches: [{ when: { op: 'lt', value: 'six' }, goTo: 'end' }] }), 'questions[0].branches[0].when.value', 'Expected a number, but got "six".'],
  ['in with a single value', withQuestions({ ...nps, branches: [{ when: { op: 'in', value: 5 }, goTo: 'end' }] }), 'questions[0].branches[0].when.value', 'Expected an array, but got 5.'],
  ['answered with a value', withQuestions({ ...nps, branches: [{ when: { op: 'answered', value: true }, goTo: 'end' }] }), 'questions[0].branches[0].when.value', 'Unknown field "value"'],
  ['a condition on a later question', withQuestions({ ...nps, branches: [{ when: { question: 'why', op: 'answered' }, goTo: 'end' }] }, why), 'questions[0].branches[0].when.question', '"why" comes after "score", so it has no answer yet when this rule runs'],
  ['a condition on a missing question', withQuestions({ ...nps, branches: [{ when: { question: 'nope', op: 'answered' }, goTo: 'end' }] }), 'questions[0].branches[0].when.question', 'No question has the id "nope"'],
  ['an nps condition outside 0–10', withQuestions({ ...nps, branches: [{ when: { op: 'eq', value: 11 }, goTo: 'end' }] }), 'questions[0].branches[0].when.value', 'eq 11 never holds here: answers to "score" are whole numbers from 0 to 10.'],
  ['an nps condition with a string', withQuestions({ ...nps, branches: [{ when: { op: 'eq', value: 'ten' }, goTo: 'end' }] }), 'questions[0].branches[0].when.value', 'eq "ten" never holds here: answers to "score" are whole numbers from 0 to 10.'],
  ['a choice condition with an unknown choice', withQuestions({ ...nps, kind: 'single', choices: [{ id: 'price', label: 'Price' }], branches: [{ when: { op: 'eq', value: 'prize' }, goTo: 'end' }] }), 'questions[0].branches[0].when.value', 'eq "prize" never holds here: "score" has no such choice; use "price".'],
  ['a neq with a score outside the scale', withQuestions({ ...nps, branches: [{ when: { op: 'neq', value: 11 }, goTo: 'end' }] }, why), 'questions[0].branches[0].when.value', 'neq 11 always holds here: answers to "score" are whole numbers from 0 to 10.'],
  ['an in list with one impossible choice', withQuestions({ ...nps, kind: 'multiple', choices: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }], branches: [{ when: { op: 'in', value: ['a', 'c'] }, goTo: 'end' }] }), 'questions[0].branches[0].when.value', 'in ["c"] never holds here: "score" has no such choice; use "a" or "b".'],
  ['a score comparison on a choice question', withQuestions({ ...nps, kind: 'single', choices: [{ id: 'a', label: 'A' }], branches: [{ when: { op: 'gt', value: 1 }, goTo: 'end' }] }), 'questions[0].branches[0].when.op', '"gt" compares scores, but "score" is a single-choice question'],
  ['a score comparison on a text question', withQuestions({ ...why, branches: [{ when: { op: 'lt', value: 3 }, goTo: 'end' }] }), 'questions[0].branches[0].when.op', '"lt" compares scores, but "why" is a text answer'],
  ['a follow-up asked only when its question is skipped', withQuestions(nps, { id: 'sat', kind: 'csat', title: 'Satisfied?', followUp: { title: 'Why not?', when: { op: 'skipped' } } }), 'questions[1].followUp.when.op', 'skipped never holds here: a follow-up is asked only after an answer.'],
  ['a follow-up whose when tests the follow-up itself', withQuestions({ ...nps, followUp: { title: 'Why?', when: { question: 'score-followup', op: 'answered' } } }), 'questions[0].followUp.when.question', '"score-followup" comes after "score", so it has no answer yet when this rule runs'],
  ['a follow-up for scores below the scale', withQuestions(nps, { id: 'sat', kind: 'csat', title: 'Satisfied?', followUp: { title: 'What went wrong?', when: { op: 'lt', value: 1 } } }), 'questions[1].followUp.when.value', 'lt 1 never holds here: answers to "sat" are whole numbers from 1 to 5.'],
  ['a follow-up for a score outside the scale', withQuestions(nps, { id: 'sat', kind: 'csat', title: 'Satisfied?', followUp: { title: 'Why?', when: { op: 'in', value: [0, 6] } } }), 'questions[1].followUp.when.value', 'in [0] never holds here: answers to "sat" are whole numbers from 1 to 5.'],
  ['a follow-up for a fractional score', withQuestions(nps, { id: 'sat', kind: 'csat', title: 'Satisfied?', followUp: { title: 'Why?', when: { op: 'in', value: [2.5, 3.5] } } }), 'questions[1].followUp.when.value', 'in [2.5] never holds here: answers to "sat" are whole numbers from 1 to 5.'],
  ['a follow-up for a choice the question does not have', withQuestions(nps, { id: 'pick', kind: 'single', title: 'Why?', choices: [{ id: 'price', label: 'Price' }], followUp: { title: 'Tell us more', when: { op: 'in', value: ['other'] } } }), 'questions[1].followUp.when.value', 'in ["other"] never holds here: "pick" has no such choice; use "price".'],
  ['a branch on a required question being skipped', withQuestions({ ...nps, required: true, branches: [{ when: { op: 'skipped' }, goTo: 'end' }] }, why), 'questions[0].branches[0].when.op', 'skipped never holds here: "score" is required.'],
  ['a branch comparing above the scale', withQuestions({ ...nps, branches: [{ when: { op: 'gt', value: 10 }, goTo: 'end' }] }, why), 'questions[0].branches[0].when.value', 'gt 10 never holds here: answers to "score" are whole numbers from 0 to 10.'],
  ['a branch comparing a text answer with a number', withQuestions(why, { ...nps, branches: [{ when: { question: 'why', op: 'eq', value: 5 }, goTo: 'end' }] }), 'questions[1].branches[0].when.value', 'eq 5 never holds here: "why" is a text answer; compare with a string.'],
  ['an unknown journey stage', { ...withQuestions(nps), journeyStage: 'checkout' }, 'journeyStage', 'Expected one of "awareness", "consideration", "purchase", "retention" or "advocacy", but got "checkout".'],
  ['a malformed locale tag', { ...withQuestions(nps), locales: ['english'] }, 'locales[0]', 'Must be a locale tag like "en", "pt-BR" or "es-419".'],
  ['a locale listed twice', { ...withQuestions(nps), locales: ['en', 'pt-BR', 'pt_br'] }, 'locales[2]', '"pt_br" is listed twice; list each locale once.'],
  ['a text missing the default locale', { ...withQuestions({ ...nps, title: { es: '¿Nos recomendarías?' } }), locales: ['en', 'es'] }, 'questions[0].title', 'Has no "en" text; the first of "locales" is the default and every text needs it.'],
  ['a text key that is not a locale tag', withQuestions({ ...nps, title: { en: 'Recommend us?', 'pt BR': 'Recomendaria?' } }), 'questions[0].title["pt BR"]', '"pt BR" is not a locale tag like "en", "pt-BR" or "es-419".'],
  ['a choice label keyed by a language name', withQuestions({ id: 'pick', kind: 'single', title: 'Why?', choices: [{ id: 'price', label: { en: 'Price', english: 'Price' } }] }), 'questions[0].choices[0].label.english', '"english" is not a locale tag like "en", "pt-BR" or "es-419"'],
  ['a text key outside the declared locales', { ...withQuestions({ ...nps, title: { en: 'Recommend us?', 'pt-BR': 'Recomendaria?', ptt: 'Recomendaria?' } }), locales: ['en', 'pt-BR'] }, 'questions[0].title.ptt', '"ptt" is not a language of "locales" ("en" or "pt-BR"); did you mean "pt-BR"?'],
  ['a thank-you text in an undeclared locale', { ...withQuestions(nps), locales: ['en', 'es'], thankYou: { title: { en: 'Thanks!', es: '¡Gracias!', de: 'Danke!' } } }, 'thankYou.title.de', '"de" is not a language of "locales" ("en" or "es").'],
  ['a thank-you link without http', { ...withQuestions(nps), followUp: { promoters: { message: 'Thanks!', link: { label: 'Review us', url: 'javascript:alert(1)' } } } }, 'followUp.promoters.link.url', 'Must be an http(s) URL or a path starting with "/".'],
  ['an unknown trigger type', { ...withQuestions(nps), trigger: { type: 'hover' } }, 'trigger.type', 'Unknown type "hover": use one of "pageView"'],
  ['an exact URL that is neither a path nor a full URL', { ...withQuestions(nps), trigger: { type: 'pageView', url: { value: 'checkout/done' } } }, 'trigger.url.value', '"checkout/done" never matches a page URL: start it with / for a path, or https:// for a full URL.'],
  ['a prefix URL without its scheme', { ...withQuestions(nps), trigger: { type: 'pageView', url: { match: 'prefix', value: 'shop.example/checkout' } } }, 'trigger.url.value', '"shop.example/checkout" never matches a page URL: start it with / for a path'],
  ['a glob URL without a leading /', { ...withQuestions(nps), trigger: { type: 'all', of: [{ type: 'pageView', url: { match: 'glob', value: 'checkout/**' } }, { type: 'delay', ms: 1000 }] } }, 'trigger.of[0].url.value', '"checkout/**" never matches a page URL: start it with / for a path, or https:// for a full URL.'],
  ['a regex anchored at a host without scheme', { ...withQuestions(nps), trigger: { type: 'pageView', url: { match: 'regex', value: '^shop\\.example/pedido' } } }, 'trigger.url.value', '"^shop\\.example/pedido" never matches a page URL: start it with ^/ for a path, or ^https:// for a full URL.'],
];

describe('safeParseSurvey on malformed definitions', () => {
  it('covers at least 25 malformed definitions', () => {
    expect(malformed.length).toBeGreaterThanOrEqual(25);
  });

  it.each(malformed)('reports %s at its path with an actionable message', (_name, input, path, message) => {
    const result = safeParseSurvey(input);
    expect(result.success).toBe(false);
    if (result.success) return;
    const issue = result.issues.find((candidate) => candidate.path === path);
    expect(issue, `issues were: ${JSON.stringify(result.issues)}`).toBeDefined();
    expect(issue!.message).toContain(message);
    // Never zod's own wording.
    for (const { message: text } of result.issues) expect(text).not.toMatch(/^Invalid input/);
  });
});

it('reports a reversed rating scale once, not again on every rule that tests it', () => {
  const reversed = { ...nps, id: 'r', kind: 'rating', scale: { min: 5, max: 1 }, branches: [{ when: { op: 'eq', value: 3 }, goTo: 'end' }] };
  const result = safeParseSurvey(withQuestions(reversed));
  expect(result.success).toBe(false);
  if (result.success) return;
  expect(result.issues.map((issue) => issue.path)).toEqual(['questions[0].scale.max']);
});

describe('safeParseSurvey on valid definitions', () => {
  it('applies defaults and fills in follow-up ids', () => {
    const result = safeParseSurvey(
      withQuestions(
        { ...nps, followUp: { title: 'What is the main reason?', when: { op: 'lte', value: 6 } } },
        { id: 'effort', kind: 'ces', title: 'How easy was it?' },
        { id: 'sat', kind: 'csat', title: 'How satisfied are you?' },
        why,
      ),
    );
    expect(result.success).toBe(true);
    if (!result.success) return;
    const [score, effort, sat, text] = result.survey.questions;
    expect(score).toMatchObject({ required: false, followUp: { id: 'score-followup', maxLength: 1000, required: false } });
    expect(effort).toMatchObject({ kind: 'ces', scale: 7 });
    expect(sat).toMatchObject({ kind: 'csat', display: 'stars' });
    expect(text).toMatchObject({ kind: 'text', maxLength: 1000, multiline: true });
  });

  it('accepts forward jumps, jumps to the end and conditions on earlier answers', () => {
    const result = safeParseSurvey(
      withQuestions(
        { ...nps, branches: [{ when: { op: 'gte', value: 9 }, goTo: 'review' }] },
        { ...why, branches: [{ when: { question: 'score', op: 'lte', value: 3 }, goTo: 'end' }] },
        { id: 'review', kind: 'single', title: 'Leave a review?', choices: [{ id: 'yes', label: 'Yes' }, { id: 'no', label: 'No' }], other: { label: 'Later' } },
      ),
    );
    expect(result).toMatchObject({ success: true });
  });

  it('accepts follow-up and branch rules that can hold, however wide', () => {
    const result = safeParseSurvey(
      withQuestions(
        { ...nps, followUp: { title: 'Why?', when: { op: 'lt', value: 11 } }, branches: [{ when: { op: 'skipped' }, goTo: 'end' }] },
        { id: 'sat', kind: 'csat', required: true, title: 'Satisfied?', followUp: { title: 'Why?', when: { question: 'score', op: 'skipped' } } },
        { ...why, branches: [{ when: { question: 'sat-followup', op: 'eq', value: '5' }, goTo: 'end' }] },
      ),
    );
    expect(result).toMatchObject({ success: true });
  });

  it('accepts locale maps that cover the default locale, whatever the tag casing', () => {
    const result = safeParseSurvey({ ...withQuestions({ ...nps, title: { EN: 'Recommend us?', 'pt-br': 'Recomendaria?' } }), locales: ['en', 'pt-BR'] });
    expect(result.success).toBe(true);
  });

  it('accepts any well-formed locale key without declared locales, and other regions of a declared language', () => {
    const title = { en: 'Recommend us?', 'zh-Hant-TW': '推薦嗎？', fil: 'Irerekomenda?', 'es-419': '¿Nos recomendarías?', pt_br: 'Recomendaria?' };
    expect(safeParseSurvey(withQuestions({ ...nps, title }))).toMatchObject({ success: true });
    const regions = { en: 'Satisfied?', pt: 'Está satisfeito?', 'pt-BR': 'Você está satisfeito?' };
    expect(safeParseSurvey({ ...withQuestions({ ...nps, title: regions }), locales: ['en', 'pt'] })).toMatchObject({ success: true });
  });

  it('reports every problem at once, not only the first', () => {
    const result = safeParseSurvey({ ...base, version: 0, name: '', questions: [{ ...nps, kind: 'nope' }] });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((issue) => issue.path)).toEqual(['version', 'name', 'questions[0].kind']);
  });
});

describe('parseSurvey', () => {
  it('returns the survey when the definition is valid', () => {
    expect(parseSurvey(withQuestions(nps)).questions[0]).toMatchObject({ id: 'score', kind: 'nps' });
  });

  it('throws a SurveyDefinitionError listing every issue', () => {
    let caught: unknown;
    try {
      parseSurvey(withQuestions(nps, { ...why, id: 'score' }, { ...nps, id: 'x', kind: 'stars' }));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SurveyDefinitionError);
    const error = caught as SurveyDefinitionError;
    expect(error.issues).toEqual([{ path: 'questions[2].kind', message: expect.stringContaining('Unknown kind "stars"') }]);
    expect(error.message).toBe(
      'Invalid survey definition (1 problem):\n  - questions[2].kind: Unknown kind "stars": use one of "nps", "csat", "ces", "rating", "single", "multiple" or "text".',
    );
  });
});
