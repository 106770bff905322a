import { describe, expect, it } from 'vitest';
import { SurveyDefinitionError } from '../survey/survey-definition-error';
import { parseConfig, safeParseConfig } from './parse-config';

const survey = (id: string, extra: object = {}) => ({
  id,
  version: 1,
  name: id,
  questions: [{ id: 'score', kind: 'nps', title: 'Recommend us?' }],
  ...extra,
});

const malformed: Array<[string, unknown, string, string]> = [
  ['a config that is an array', [survey('a')], '(root)', 'Expected a Pulso config (an object), but got an array.'],
  ['an endpoint that is not a URL', { endpoint: 'collector.example' }, 'endpoint', 'Must be an http(s) URL or a path starting with "/".'],
  ['headers with a number', { headers: { 'x-key': 5 } }, 'headers["x-key"]', 'Expected a string, but got 5.'],
  ['surveys that are not a list', { surveys: survey('a') }, 'surveys', 'Expected an array, but got an object.'],
  ['an unknown kind in the second survey', { surveys: [survey('a'), survey('b', { questions: [{ id: 'q', kind: 'smiley', title: 'Hi' }] })] }, 'surveys[1].questions[0].kind', 'Unknown kind "smiley"'],
  ['a backward jump in a survey', { surveys: [survey('a', { questions: [{ id: 'q1', kind: 'nps', title: 'x' }, { id: 'q2', kind: 'text', title: 'y', branches: [{ when: { op: 'answered' }, goTo: 'q1' }] }] })] }, 'surveys[0].questions[1].branches[0].goTo', 'Jumping from "q2" back to "q1" would loop'],
  ['a survey page URL without its scheme', { surveys: [survey('a', { trigger: { type: 'pageView', url: { match: 'prefix', value: 'shop.example/checkout' } } })] }, 'surveys[0].trigger.url.value', '"shop.example/checkout" never matches a page URL: start it with / for a path, or https:// for a full URL.'],
  ['two surveys with one id', { surveys: [survey('a'), survey('a')] }, 'surveys[1].id', 'Duplicate survey id "a" (already used by surveys[0])'],
  ['a theme mode that does not exist', { theme: { mode: 'sepia' } }, 'theme.mode', 'Expected one of "light", "dark" or "auto", but got "sepia".'],
  ['a theme colour that injects CSS', { theme: { accent: 'red; } body { display: none' } }, 'theme.accent', 'Must be a single CSS value, without ";"'],
  ['a theme position at the top', { theme: { position: 'top-left' } }, 'theme.position', 'Expected one of "bottom-right" or "bottom-left", but got "top-left".'],
  ['a theme layout that does not exist', { theme: { layout: 'sidebar' } }, 'theme.layout', 'Expected one of "popover", "modal", "inline" or "auto", but got "sidebar".'],
  ['a fractional zIndex', { theme: { zIndex: 1.5 } }, 'theme.zIndex', 'Expected a whole number, but got 1.5.'],
  ['a misspelt theme key', { theme: { accentColor: '#fff' } }, 'theme.accentColor', 'Unknown field "accentColor"'],
  ['a detractor threshold above 10', { detractorThreshold: 11 }, 'detractorThreshold', 'Must be at most 10 (got 11).'],
  ['a malformed locale', { locale: 'Portuguese' }, 'locale', 'Must be a locale tag like "en", "pt-BR" or "es-419".'],
  ['debug as a string', { debug: 'true' }, 'debug', 'Expected true or false, but got "true".'],
  ['a misspelt chat key', { chat: { enabeld: true } }, 'chat.enabeld', 'Unknown field "enabeld": did you mean "enabled"?'],
  ['a chat handoff endpoint that is not a URL', { chat: { handoff: { endpoint: 'ftp://x' } } }, 'chat.handoff.endpoint', 'Expected an http(s) URL or a path starting with "/".'],
  ['a misspelt faq field', { faq: { locale: 'en', faqs: [{ id: 'ship', question: 'Shipping?', answer: '3 days', tag: ['x'] }] } }, 'faq.faqs[0].tag', 'Unknown field "tag": did you mean "tags"?'],
  ['an faq entry without an answer', { faq: { locale: 'en', faqs: [{ id: 'ship', question: 'Shipping?' }] } }, 'faq.faqs[0].answer', 'Required: add this field (a string).'],
  ['a chat turned on without an faq', { chat: { enabled: true } }, 'chat.enabled', 'The chat answers from an FAQ knowledge base, and this config has no "faq"'],
  ['an unknown top-level key', { surveyz: [] }, 'surveyz', 'Unknown field "surveyz": did you mean "surveys"?'],
];

describe('safeParseConfig on malformed configs', () => {
  it.each(malformed)('reports %s at its path', (_name, input, path, message) => {
    const result = safeParseConfig(input);
    expect(result.success).toBe(false);
    if (result.success) return;
    const issue = result.issues.find((candidate) => candidate.path === path);
    expect(issue, `issues were: ${JSON.stringify(result.issues)}`).toBeDefined();
    expect(issue!.message).toContain(message);
  });
});

describe('safeParseConfig on valid configs', () => {
  it('applies defaults to an empty config', () => {
    expect(safeParseConfig({})).toEqual({
      success: true,
      config: { surveys: [], detractorThreshold: 6, requireConsent: false, redactPii: false, debug: false },
    });
  });

  it('keeps every section and checks the surveys like parseSurvey does', () => {
    const result = safeParseConfig({
      endpoint: 'https://collector.test/v1/events',
      headers: { 'x-api-key': 'public-key' },
      surveys: [survey('post-purchase', { questions: [{ id: 'score', kind: 'nps', title: 'Recommend us?', followUp: { title: 'Why?' } }] })],
      faq: { locale: 'pt-BR', faqs: [{ id: 'frete', question: 'Qual o prazo de entrega?', answer: 'Até 5 dias úteis.' }] },
      theme: { mode: 'auto', accent: '#0a7d5a', radius: 12, position: 'bottom-left', layout: 'modal', css: '.q { gap: 4px; }', zIndex: 9999 },
      locale: 'pt-BR',
      chat: { enabled: true, botName: { 'pt-BR': 'Lia', en: 'Lia' }, greeting: 'Olá!', handoff: { endpoint: '/v1/handoff', hours: { timeZone: 'America/Sao_Paulo', days: { mon: '09:00-18:00' } } } },
      detractorThreshold: 5,
      maxSurveysPerSession: 1,
      requireConsent: true,
      redactPii: true,
      nonce: 'abc123',
      debug: true,
    });
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.config.surveys[0]!.questions[0]).toMatchObject({ followUp: { id: 'score-followup' } });
    expect(result.config.chat).toMatchObject({ enabled: true, botName: { 'pt-BR': 'Lia' } });
    expect(result.config.theme).toMatchObject({ radius: 12, layout: 'modal' });
  });
});

describe('safeParseConfig chat.enabled', () => {
  const faq = { locale: 'en', faqs: [{ id: 'ship', question: 'Shipping time?', answer: 'Three days.' }] };
  const chatOf = (input: object) => {
    const result = safeParseConfig(input);
    if (!result.success) throw new Error(JSON.stringify(result.issues));
    return result.config.chat;
  };

  it('turns the chat on when there is an faq, unless told otherwise', () => {
    expect(chatOf({ faq })).toEqual({ enabled: true });
    expect(chatOf({ faq, chat: { botName: 'Lia' } })).toEqual({ botName: 'Lia', enabled: true });
    expect(chatOf({ faq, chat: { enabled: false } })).toEqual({ enabled: false });
  });

  it('leaves the chat off without an faq', () => {
    expect(chatOf({})).toBeUndefined();
    expect(chatOf({ chat: { enabled: false, botName: 'Lia' } })).toEqual({ enabled: false, botName: 'Lia' });
  });
});

describe('parseConfig', () => {
  it('throws a SurveyDefinitionError naming the config and each problem', () => {
    expect(() => parseConfig({ endpoint: 'nope', theme: { mode: 'sepia' } })).toThrow(SurveyDefinitionError);
    try {
      parseConfig({ endpoint: 'nope' });
    } catch (error) {
      expect((error as Error).message).toBe('Invalid Pulso config (1 problem):\n  - endpoint: Must be an http(s) URL or a path starting with "/".');
    }
  });
});
