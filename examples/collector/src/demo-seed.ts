// Eight weeks of made-up history for the demo, so the report has a trend before the visitor's
// own answer moves it. Deterministic (a seeded generator), written through `ingest` like any batch.
import { ingest } from './ingest';
import type { Storage } from './storage/storage';
import type { SurveyCatalog } from './survey-catalog';

/** A small, fast, seeded generator (mulberry32): the same seed gives the same history. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const dayMs = 86_400_000;
const why = ['Entrega atrasou.', 'O café veio moído errado.', 'Frete caro para o Nordeste.', 'Embalagem chegou amassada.'];
const chatQuestions = ['Qual o prazo de entrega?', 'Tem frete grátis?', 'Posso pagar com pix?', 'Como funciona a assinatura?'];

/**
 * Stores `responses` answers to `post-purchase-nps` spread over the `days` before `now` (NPS
 * drifting upwards, as if the shop fixed its deliveries), and `conversations` chats, a quarter of
 * them handed to a person.
 */
export async function seedDemo(
  storage: Storage,
  surveys: SurveyCatalog,
  { now = Date.now(), responses = 160, conversations = 60, days = 56, seed = 7 } = {},
) {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const items: unknown[] = [];
  const event = (id: string, at: number, payload: Record<string, unknown>) => items.push({ id, createdAt: at, payload: { ...payload, at } });
  for (let i = 0; i < responses; i++) {
    const age = next() * days;
    const at = Math.round(now - age * dayMs);
    // Older answers lean lower: the score climbs over the weeks.
    const mood = next() + (1 - age / days) * 0.25;
    const score = mood > 0.62 ? 9 + Math.round(next()) : mood > 0.38 ? 7 + Math.round(next()) : Math.floor(next() * 7);
    const base = { responseId: `seed-${i}`, surveyId: 'post-purchase-nps', surveyVersion: 1, journeyStage: 'purchase', locale: 'pt-BR', url: '/post-purchase/' };
    event(`seed-${i}-shown`, at - 4000, { type: 'survey.shown', ...base });
    event(`seed-${i}-score`, at, { type: 'survey.answered', ...base, questionId: 'score', value: score });
    if (next() < 0.15) continue; // left after the score
    if (score <= 6) event(`seed-${i}-improve`, at + 20_000, { type: 'survey.answered', ...base, questionId: 'improve', value: pick(why) });
    if (score >= 9) event(`seed-${i}-loved`, at + 9000, { type: 'survey.answered', ...base, questionId: 'loved', value: [pick(['coffee', 'price', 'checkout', 'service'])] });
    const delivery = Math.max(1, Math.min(5, Math.round(score / 2.2 + next() * 1.5)));
    event(`seed-${i}-delivery`, at + 30_000, { type: 'survey.answered', ...base, questionId: 'delivery', value: delivery });
    event(`seed-${i}-completed`, at + 31_000, { type: 'survey.completed', ...base });
  }
  for (let c = 0; c < conversations; c++) {
    const at = Math.round(now - next() * days * dayMs);
    const conversationId = `seed-chat-${c}`;
    event(`${conversationId}-m`, at, { type: 'chat.message', conversationId, messageId: `${conversationId}-1`, text: pick(chatQuestions) });
    event(`${conversationId}-a`, at + 200 + Math.round(next() * 600), { type: 'chat.answer', conversationId, messageId: `${conversationId}-2`, replyTo: `${conversationId}-1`, faqId: 'prazo-entrega', confidence: 0.9 });
    if (next() < 0.25) {
      event(`${conversationId}-h`, at + 60_000, { type: 'chat.handoff', conversationId, reason: 'asked', mode: 'offline', transcript: [], email: 'cliente@exemplo.com.br', message: 'Preciso de ajuda com meu pedido.' });
    } else if (next() < 0.7) {
      event(`${conversationId}-f`, at + 30_000, { type: 'chat.feedback', conversationId, messageId: `${conversationId}-2`, faqId: 'prazo-entrega', helpful: true });
    }
  }
  // In batches, as the transport would send them.
  let accepted = 0;
  for (let start = 0; start < items.length; start += 200) {
    const result = await ingest(items.slice(start, start + 200), { storage, surveys, now: () => now });
    if (result.rejected.length > 0) throw new Error(`demo seed: ${result.rejected[0]!.id} refused: ${result.rejected[0]!.reason}`);
    accepted += result.accepted.length;
  }
  return { events: accepted };
}
