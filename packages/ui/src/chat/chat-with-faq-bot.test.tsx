// The chat over the real FAQ bot from @pulso/core (not the keyword bot of the other tests):
// its intents and abstentions drive the widget as the script tag will.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { fireEvent, within } from '@testing-library/preact';
import { createFaqBot, stringsPtBR, type FaqKnowledgeBase } from '@pulso/core';
import { registerStrings } from '../i18n/strings-registry';
import { mountChat } from './mount-chat';
import type { ChatHandle } from './chat-types';
import { freshStore, recordingQueue, type RecordingQueue } from './chat-test-kit';

// Only English is built into @pulso/ui; the script tag loads other languages, tests register them.
registerStrings({ 'pt-BR': stringsPtBR });

const kb: FaqKnowledgeBase = {
  locale: 'pt-BR',
  faqs: [
    {
      id: 'prazo-entrega',
      question: 'Qual o prazo de entrega?',
      answer: 'Capitais recebem em **2 a 4 dias úteis**.',
      alternatives: ['quando chega meu pedido'],
    },
    { id: 'trocas', question: 'Como faço para trocar um produto?', answer: 'Você tem 7 dias para trocar.' },
    { id: 'pagamento', question: 'Quais formas de pagamento vocês aceitam?', answer: 'Pix, cartão e boleto.' },
  ],
};

let host: HTMLElement;
let queue: RecordingQueue;
let chat: ChatHandle;
let view: ReturnType<typeof within>;

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  queue = recordingQueue();
  chat = mountChat({ mountPoint: host, bot: createFaqBot(kb), queue, locale: 'pt-BR', store: freshStore(), replyDelayMs: 0 });
  view = within(host);
  chat.open();
});
afterEach(() => {
  chat.destroy();
  host.remove();
});

async function ask(text: string) {
  const input = await view.findByRole('textbox', { name: 'Digite sua pergunta…' });
  fireEvent.input(input, { target: { value: text } });
  fireEvent.submit(input.closest('form')!);
}

test('a Portuguese question gets its answer, with the FAQ id and confidence queued', async () => {
  await ask('quando chega o meu pedido?');
  expect(await view.findByText('2 a 4 dias úteis')).toBeTruthy();
  const answer = queue.items.find((item) => item.payload.type === 'chat.answer')!.payload;
  expect(answer).toMatchObject({ faqId: 'prazo-entrega' });
  expect((answer as { confidence: number }).confidence).toBeGreaterThan(0.5);
});

test('asking for a person ("quero falar com um atendente") offers one at once', async () => {
  await ask('quero falar com um atendente');
  expect(await view.findByRole('button', { name: 'Falar com uma pessoa' })).toBeTruthy();
  expect(queue.types()).not.toContain('chat.abstain');
});

test('two questions the store does not answer offer a person', async () => {
  await ask('vocês consertam bicicletas elétricas?');
  await view.findByText(/Não sei se entendi/);
  expect(view.queryByRole('button', { name: 'Falar com uma pessoa' })).toBeNull();
  await ask('qual é a cor favorita do gerente?');
  expect(await view.findByRole('button', { name: 'Falar com uma pessoa' })).toBeTruthy();
  expect(queue.types().filter((type) => type === 'chat.abstain')).toHaveLength(2);
});

test('"oi" is greeted and "obrigado" thanked, neither counted as an abstention', async () => {
  await ask('oi');
  await ask('obrigado!');
  expect(await view.findByText('De nada!')).toBeTruthy();
  expect(queue.types()).toEqual(['chat.message', 'chat.message']);
});

test('"valeu, tchau" closes the conversation: a "de nada" and the chat’s one-tap rating', async () => {
  await ask('quando chega o meu pedido?');
  await view.findByText('2 a 4 dias úteis');
  await ask('valeu, tchau');
  expect(await view.findByText('De nada!')).toBeTruthy();
  expect(await view.findByRole('group', { name: 'Como foi este atendimento?' })).toBeTruthy();
  expect(queue.types()).not.toContain('chat.abstain');
});
