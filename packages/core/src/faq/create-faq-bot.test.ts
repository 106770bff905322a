import { describe, expect, it } from 'vitest';
import { createFaqBot } from './create-faq-bot';
import type { FaqKnowledgeBase } from './kb-schema';

// Small invented stores, one per language, with questions written for these tests (not taken from
// the dev sets): they check that what the engine does carries over to stores it was not tuned on.
const answerOf = (kb: FaqKnowledgeBase) => {
  const bot = createFaqBot(kb);
  return (text: string) => bot.ask(text).answer?.id ?? null;
};

const furniture: FaqKnowledgeBase = {
  locale: 'en',
  faqs: [
    { id: 'delivery-time', question: 'How long does delivery take?', answer: 'Most items arrive in 3-5 working days.' },
    { id: 'assembly', question: 'Do you assemble the furniture?', answer: 'Our team can assemble it for £30.' },
    { id: 'returns', question: 'Can I return an item?', answer: 'Within 28 days, unused and in its original packaging.' },
    { id: 'refund', question: 'When will I get my refund?', answer: 'Refunds reach your card within 5 days of your return arriving.' },
    { id: 'payment', question: 'Which payment methods do you accept?', answer: 'Visa, Mastercard, PayPal and Klarna.' },
    { id: 'password', question: 'I forgot my password', answer: 'Use "Forgot password" on the sign-in page.' },
    { id: 'warranty', question: 'What warranty do the sofas have?', answer: 'Two years against manufacturing defects.' },
    { id: 'cancel', question: 'How do I cancel an order?', answer: 'From your account, before it is dispatched.' },
  ],
};

const cosmetics: FaqKnowledgeBase = {
  locale: 'pt-BR',
  faqs: [
    { id: 'prazo', question: 'Qual o prazo de entrega?', answer: 'De 2 a 7 dias úteis, conforme o CEP.' },
    { id: 'troca', question: 'Posso trocar um produto?', answer: 'Sim, em até 30 dias, sem uso.' },
    { id: 'estorno', question: 'Quando recebo meu estorno?', answer: 'Até 10 dias úteis depois que o produto chega ao nosso centro.' },
    { id: 'pagamento', question: 'Quais formas de pagamento vocês aceitam?', answer: 'Pix, boleto e cartão em até 6x.' },
    { id: 'cupom', question: 'Como uso meu cupom de desconto?', answer: 'Digite o código no carrinho, antes de finalizar.' },
    { id: 'rastreio', question: 'Como rastreio meu pedido?', answer: 'Pelo link enviado por e-mail quando o pedido sai.' },
    { id: 'nota', question: 'Vocês emitem nota fiscal?', answer: 'Sim, a NF-e vai por e-mail.' },
  ],
};

const papelaria: FaqKnowledgeBase = {
  locale: 'pt-PT',
  faqs: [
    { id: 'portes', question: 'Quanto custam os portes de envio?', answer: 'Os portes são grátis acima de 40 €.' },
    { id: 'pagamento', question: 'Que métodos de pagamento aceitam?', answer: 'MB Way, Multibanco e cartão.' },
    { id: 'conta', question: 'Não consigo entrar na minha conta', answer: 'Use "Recuperar palavra-passe" no início de sessão.' },
    { id: 'fatura', question: 'Como peço fatura com NIF?', answer: 'Indique o NIF no checkout; a fatura segue por e-mail.' },
  ],
};

const deportes: FaqKnowledgeBase = {
  locale: 'es',
  faqs: [
    { id: 'envio', question: '¿Cuánto tarda el envío?', answer: 'Entre 24 y 72 horas laborables.' },
    { id: 'devolucion', question: '¿Cómo devuelvo un producto?', answer: 'Desde Mis pedidos, gratis durante 30 días.' },
    { id: 'pago', question: '¿Puedo pagar con Bizum?', answer: 'Sí, y también con tarjeta o PayPal.' },
    { id: 'garantia', question: '¿Qué garantía tienen los productos?', answer: 'Tres años; si falla, lo reparamos o sustituimos.' },
    { id: 'contrasena', question: '¿Cómo cambio mi contraseña?', answer: 'En Mi cuenta > Seguridad.' },
  ],
};

const libraria: FaqKnowledgeBase = {
  locale: 'gl',
  faqs: [
    { id: 'envio', question: 'Canto tarda o envío?', answer: 'Entre 24 e 48 horas en Galicia.' },
    { id: 'devolucion', question: 'Podo devolver un produto?', answer: 'Si, durante 15 días.' },
    { id: 'pagamento', question: 'Como podo pagar?', answer: 'Con tarxeta, Bizum ou transferencia.' },
    { id: 'contacto', question: 'Como falo cunha persoa?', answer: 'Polo chat de 10 a 20 h.' },
  ],
};

describe('createFaqBot in English', () => {
  const ask = answerOf(furniture);

  it('answers informal questions through synonyms', () => {
    expect(ask('how many days until my sofa arrives')).toBe('delivery-time');
    expect(ask('can i send the table back?')).toBe('returns');
    expect(ask('do you take paypal')).toBe('payment');
    expect(ask('is there a guarantee on the sofa?')).toBe('warranty');
    expect(ask('i want to cancel my purchase')).toBe('cancel');
  });

  it('tolerates typos and shouting', () => {
    expect(ask('PASWORD RESET!!!')).toBe('password');
    expect(ask('refnd please')).toBe('refund');
  });

  it('lets product names the FAQ never mentions weigh less than service words it lacks', () => {
    expect(ask('can i return the oak bookcase')).toBe('returns');
    expect(ask('can i return the walnut sideboard i bought')).toBe('returns');
    // No FAQ is about damage: "broken" and "scratched" are what the question is about.
    expect(ask('the sofa arrived broken')).toBeNull();
    expect(ask('my mattress arrived scratched')).toBeNull();
  });

  it('abstains on questions the knowledge base does not answer', () => {
    expect(ask('do you sell second-hand cars')).toBeNull();
    expect(ask('which colour suits a small living room')).toBeNull();
  });
});

describe('createFaqBot in Portuguese (Brazil)', () => {
  const ask = answerOf(cosmetics);

  it('answers through accents, synonyms and informal spelling', () => {
    expect(ask('quanto tempo demora pra chegar')).toBe('prazo');
    expect(ask('cade o reembolso??')).toBe('estorno');
    expect(ask('aceita pix?')).toBe('pagamento');
    expect(ask('onde coloco o codigo promocional')).toBe('cupom');
    expect(ask('meu pedido ta onde? 😡')).toBe('rastreio');
    expect(ask('preciso da fatura da compra')).toBe('nota');
  });

  it('tolerates typos', () => {
    expect(ask('cupom de descotno')).toBe('cupom');
    expect(ask('formas de pagameto')).toBe('pagamento');
  });

  it('abstains on what the store does not answer', () => {
    expect(ask('vcs vendem perfume importado?')).toBeNull();
    expect(ask('o batom veio quebrado')).toBeNull();
  });
});

describe('createFaqBot in Portuguese (Brazil): a small store', () => {
  it('does not match on "vocês", which only addresses the store', () => {
    const small = createFaqBot({ ...cosmetics, faqs: cosmetics.faqs.filter((faq) => ['prazo', 'troca', 'pagamento'].includes(faq.id)) });
    expect(small.ask('vocês vendem bicicletas elétricas?').answer).toBeNull();
  });
});

describe('createFaqBot in Portuguese (Brazil): "funciona"', () => {
  it('reads "não funciona" as not working, and "funcionamento" as opening hours', () => {
    const bot = createFaqBot({
      locale: 'pt-BR',
      faqs: [
        { id: 'senha', question: 'Esqueci minha senha', answer: 'Use "Esqueci a senha" na tela de login.' },
        { id: 'horario', question: 'Qual o horário da loja?', answer: 'De segunda a sábado, das 9h às 20h.' },
        { id: 'cupom', question: 'Como uso meu cupom?', answer: 'No carrinho.' },
      ],
    });
    expect(bot.ask('minha senha não funciona').answer?.id).toBe('senha');
    expect(bot.ask('horário de funcionamento?').answer?.id).toBe('horario');
  });
});

describe('createFaqBot in Portuguese (Portugal)', () => {
  const ask = answerOf(papelaria);

  it('knows European Portuguese shop words', () => {
    expect(ask('os portes sao gratis?')).toBe('portes');
    expect(ask('aceitam mbway')).toBe('pagamento');
    expect(ask('esqueci-me da palavra-passe')).toBe('conta');
    expect(ask('queria factura com contribuinte')).toBe('fatura');
  });
});

describe('createFaqBot in Portuguese (Portugal): typos, abstention and small talk', () => {
  const ask = answerOf(papelaria);

  it('tolerates typos', () => {
    expect(ask('metodos de pagamneto')).toBe('pagamento');
    expect(ask('quanto custam os potres')).toBe('portes');
  });

  it('abstains on what the store does not answer', () => {
    expect(ask('vendem canetas de tinta permanente?')).toBeNull();
    expect(ask('fazem embrulho para oferta?')).toBeNull();
  });

  it('knows European Portuguese greetings, thanks, goodbyes and requests for a person', () => {
    const bot = createFaqBot(papelaria);
    expect(bot.ask('Olá, boa tarde').intent).toBe('greeting');
    expect(bot.ask('muito obrigado!').intent).toBe('thanks');
    expect(bot.ask('adeus').intent).toBe('thanks');
    expect(bot.ask('posso falar com alguém?').intent).toBe('human');
  });
});

describe('createFaqBot in Spanish', () => {
  const ask = answerOf(deportes);

  it('answers through synonyms and typos', () => {
    expect(ask('cuando me llega el pedido')).toBe('envio');
    expect(ask('quiero devolver los auriculares')).toBe('devolucion');
    expect(ask('aceptais bizum?')).toBe('pago');
    expect(ask('olvidé mi contrasena')).toBe('contrasena');
    expect(ask('tienen garantia?')).toBe('garantia');
  });

  it('tolerates typos', () => {
    expect(ask('cuanto tarda el enviio')).toBe('envio');
    expect(ask('garnatia de los productos')).toBe('garantia');
  });

  it('abstains on what the store does not answer', () => {
    expect(ask('venden bicicletas de carretera?')).toBeNull();
  });
});

describe('createFaqBot in Galician', () => {
  const ask = answerOf(libraria);

  it('answers Galician questions', () => {
    expect(ask('cando chega o meu pedido')).toBe('envio');
    expect(ask('quero devolver isto')).toBe('devolucion');
    expect(ask('aceptan tarxeta?')).toBe('pagamento');
    expect(ask('podo pagar con tarexta?')).toBe('pagamento');
  });

  it('abstains on what the store does not answer', () => {
    expect(ask('tedes libros en inglés?')).toBeNull();
  });
});

describe('intents', () => {
  it('recognises greetings and thanks (goodbyes count as thanks) in each language, without an answer', () => {
    const en = createFaqBot(furniture);
    const pt = createFaqBot(cosmetics);
    const es = createFaqBot(deportes);
    const gl = createFaqBot(libraria);
    expect(en.ask('Hello! 👋')).toEqual({ answer: null, confidence: 0, suggestions: [], intent: 'greeting' });
    expect(pt.ask('bom dia, tudo bem?').intent).toBe('greeting');
    expect(es.ask('¡Hola!').intent).toBe('greeting');
    expect(gl.ask('Bos días').intent).toBe('greeting');
    expect(en.ask('thanks 🙏').intent).toBe('thanks');
    expect(pt.ask('obrigada!').intent).toBe('thanks');
    expect(es.ask('gracias').intent).toBe('thanks');
    expect(gl.ask('grazas').intent).toBe('thanks');
    expect(pt.ask('tchau').intent).toBe('thanks');
  });

  it('takes one word more along with the small talk, so it is never an abstention', () => {
    const es = createFaqBot(deportes);
    expect(es.ask('muchas gracias').intent).toBe('thanks');
    expect(es.ask('buenas tardes').intent).toBe('greeting');
    expect(createFaqBot(libraria).ask('moitas grazas').intent).toBe('thanks');
    expect(createFaqBot(libraria).ask('adeus').intent).toBe('thanks');
    expect(createFaqBot(furniture).ask('hello friend').intent).toBe('greeting');
    expect(createFaqBot(furniture).ask('goodbye!').intent).toBe('thanks');
    // With an answer the answer still comes: the chat shows it first.
    expect(createFaqBot(cosmetics).ask('oi, pix?').answer?.id).toBe('pagamento');
  });

  it('answers the question when a greeting comes with one', () => {
    const reply = createFaqBot(cosmetics).ask('oi, aceita pix?');
    expect(reply.answer?.id).toBe('pagamento');
    expect(reply.intent).toBeUndefined();
  });

  it('recognises a request for a person in each language', () => {
    expect(createFaqBot(furniture).ask('I want to talk to a human').intent).toBe('human');
    expect(createFaqBot(cosmetics).ask('quero falar com um atendente').intent).toBe('human');
    expect(createFaqBot(deportes).ask('quiero hablar con una persona').intent).toBe('human');
    expect(createFaqBot(deportes).ask('quiero hablar con un agente').intent).toBe('human');
    const gl = createFaqBot(libraria).ask('quero falar cunha persoa');
    expect(gl.intent).toBe('human');
    expect(gl.answer?.id).toBe('contacto');
  });

  it('knows evening greetings and the everyday goodbyes of each language', () => {
    expect(createFaqBot(furniture).ask('Good evening!').intent).toBe('greeting');
    expect(createFaqBot(furniture).ask('ok, see you').intent).toBe('thanks');
    expect(createFaqBot(furniture).ask('cheers').intent).toBe('thanks');
    expect(createFaqBot(deportes).ask('vale, hasta luego').intent).toBe('thanks');
    expect(createFaqBot(papelaria).ask('Até logo!').intent).toBe('thanks');
    expect(createFaqBot(cosmetics).ask('até mais').intent).toBe('thanks');
    expect(createFaqBot(libraria).ask('ata logo').intent).toBe('thanks');
  });

  it('hears thanks with a good night as a goodbye, not a hello ("boa noite" says both)', () => {
    expect(createFaqBot(cosmetics).ask('obrigado, boa noite').intent).toBe('thanks');
    expect(createFaqBot(cosmetics).ask('valeu, boa noite!').intent).toBe('thanks');
    expect(createFaqBot(deportes).ask('gracias, buenas noches').intent).toBe('thanks');
    expect(createFaqBot(libraria).ask('grazas, boas noites').intent).toBe('thanks');
    expect(createFaqBot(furniture).ask('thank you, have a good evening').intent).toBe('thanks');
    // Alone, they still greet.
    expect(createFaqBot(cosmetics).ask('boa noite').intent).toBe('greeting');
  });

  it('offers a person for a bare "operator", "agent" or "customer service" in each language', () => {
    expect(createFaqBot(cosmetics).ask('operador').intent).toBe('human');
    expect(createFaqBot(cosmetics).ask('atendimento').intent).toBe('human');
    expect(createFaqBot(cosmetics).ask('atendente humano, por favor').intent).toBe('human');
    expect(createFaqBot(cosmetics).ask('tem alguém aí?').intent).toBe('human');
    expect(createFaqBot(papelaria).ask('atendimento ao cliente').intent).toBe('human');
    expect(createFaqBot(deportes).ask('Atención al cliente').intent).toBe('human');
    expect(createFaqBot(deportes).ask('operador').intent).toBe('human');
    expect(createFaqBot(libraria).ask('quero falar cun axente').intent).toBe('human');
    expect(createFaqBot(furniture).ask('customer service').intent).toBe('human');
    expect(createFaqBot(furniture).ask('real person please').intent).toBe('human');
  });

  it('leaves questions that only mention the service or a person to the FAQ', () => {
    expect(createFaqBot(cosmetics).ask('qual o horário de atendimento?').intent).toBeUndefined();
    expect(createFaqBot(deportes).ask('teléfono de atención al cliente').intent).toBeUndefined();
    expect(createFaqBot(deportes).ask('¿puedo cambiar de operador?').intent).toBeUndefined();
    expect(createFaqBot(furniture).ask('customer service phone number').intent).toBeUndefined();
    expect(createFaqBot(furniture).ask('someone stole my parcel from the doorstep').intent).toBeUndefined();
  });

  it('does not answer what the shopper says they do not want', () => {
    const pt = createFaqBot(cosmetics);
    expect(pt.ask('não quero trocar, quero meu estorno').answer?.id).toBe('estorno');
    expect(pt.ask('nao quero trocar').answer?.id).not.toBe('troca');
    expect(pt.ask('nao quero trocar').intent).toBeUndefined();
    expect(createFaqBot(furniture).ask("I don't want to cancel, how long does delivery take?").answer?.id).toBe('delivery-time');
    expect(createFaqBot(furniture).ask("i don't want a refund").answer?.id).not.toBe('refund');
    expect(createFaqBot(deportes).ask('no quiero devolverlo').answer?.id).not.toBe('devolucion');
    // Other negations are the question itself.
    expect(createFaqBot(papelaria).ask('não consigo entrar na conta').answer?.id).toBe('conta');
  });

  it('keeps what a shopper does not want to happen: "não quero que…" is the worry they ask about', () => {
    const pt = answerOf(cosmetics);
    expect(pt('não quero que chegue atrasado, qual o prazo?')).toBe('prazo');
    expect(pt('não quero que meu pedido atrase, qual o prazo de entrega?')).toBe('prazo');
    expect(answerOf(deportes)('no quiero que el envío tarde mucho, ¿cuánto tarda?')).toBe('envio');
    expect(answerOf(deportes)('no quiero que tarde tanto')).toBe('envio');
    // The topic a shopper turns down still goes.
    expect(pt('não quero trocar, quero meu estorno')).toBe('estorno');
  });

  it('calls empty messages empty and keyboard mashing gibberish', () => {
    const bot = createFaqBot(furniture);
    expect(bot.ask('').intent).toBe('empty');
    expect(bot.ask('  🙂🙂 ?? ').intent).toBe('empty');
    expect(bot.ask('asdfgh qwrtpz').intent).toBe('gibberish');
    expect(bot.ask('kkkkkkk').intent).toBe('gibberish');
    expect(bot.ask('asdfgh').answer).toBeNull();
    expect(createFaqBot({ locale: 'ja', faqs: [{ id: 'soryo', question: '送料はいくらですか', answer: '無料です' }] }).ask('こんにちはこんにちは').intent).toBeUndefined();
  });
});

describe('confidence, suggestions and options', () => {
  it('keeps confidence within 0..1 and higher for a clear match than for a vague one', () => {
    const bot = createFaqBot(furniture);
    const clear = bot.ask('how long does delivery take');
    const vague = bot.ask('sofa fabrics and colours for a loft');
    expect(clear.confidence).toBeGreaterThan(0.8);
    expect(clear.confidence).toBeLessThanOrEqual(1);
    expect(vague.confidence).toBeGreaterThanOrEqual(0);
    expect(vague.confidence).toBeLessThan(clear.confidence);
  });

  it('suggests the close candidates when two answers are close', () => {
    const bot = createFaqBot({
      locale: 'en',
      faqs: [
        { id: 'return-book', question: 'Can I return a book?', answer: 'Within 30 days.' },
        { id: 'return-ebook', question: 'Can I return an ebook?', answer: 'Within 14 days if not downloaded.' },
        { id: 'hours', question: 'When are you open?', answer: '9 to 5.' },
      ],
    });
    const reply = bot.ask('return');
    expect(reply.answer).toBeNull();
    expect(reply.suggestions.map((faq) => faq.id).sort()).toEqual(['return-book', 'return-ebook']);
  });

  it('weighs a match in the question over alternatives over tags over the answer', () => {
    // Each pair holds the same words in two fields; the weaker field comes first, so a tie
    // (equal field weights) would pick it.
    const winner = (faqs: FaqKnowledgeBase['faqs']) => createFaqBot({ locale: 'en', faqs }).ask('gift wrapping').answer?.id;
    const extras = { question: 'Extras', answer: 'Ask us.' };
    expect(winner([{ id: 'alt', ...extras, alternatives: ['gift wrapping'] }, { id: 'question', question: 'Gift wrapping', answer: 'Yes.' }])).toBe('question');
    expect(winner([{ id: 'tags', ...extras, tags: ['gift', 'wrapping'] }, { id: 'alt', ...extras, alternatives: ['gift wrapping'] }])).toBe('alt');
    expect(winner([{ id: 'answer', question: 'Extras', answer: 'Gift wrapping.' }, { id: 'tags', ...extras, tags: ['gift', 'wrapping'] }])).toBe('tags');
  });

  it('uses the knowledge base’s own synonym groups', () => {
    const kb: FaqKnowledgeBase = {
      locale: 'pt-BR',
      faqs: [
        { id: 'sedex', question: 'Vocês enviam por Sedex?', answer: 'Sim.' },
        { id: 'troca', question: 'Posso trocar?', answer: 'Sim.' },
      ],
    };
    expect(createFaqBot(kb).ask('tem envio expresso?').answer?.id ?? null).not.toBe('troca');
    const withSynonyms = createFaqBot({ ...kb, synonyms: [['Sedex', 'expresso', 'urgente']] });
    expect(withSynonyms.ask('tem envio urgente?').answer?.id).toBe('sedex');
  });

  it('answers less when the threshold is raised', () => {
    const lenient = createFaqBot(furniture, { threshold: 0.2 });
    const strict = createFaqBot(furniture, { threshold: 1 });
    expect(lenient.ask('sofa guarantee').answer?.id).toBe('warranty');
    expect(strict.ask('sofa guarantee').answer).toBeNull();
  });

  it('works without the built-in synonym groups', () => {
    const bot = createFaqBot(furniture, { builtinSynonyms: false });
    expect(bot.ask('how long does delivery take').answer?.id).toBe('delivery-time');
    expect(bot.ask('which payment methods?').answer?.id).toBe('payment');
    expect(createFaqBot(furniture, { builtinSynonyms: false }).ask('is there a guarantee').answer).toBeNull();
  });

  it('reads a pasted essay only up to its 60th word', () => {
    const bot = createFaqBot(furniture);
    const essay = 'which payment methods '.repeat(30) + 'sofa warranty '.repeat(30);
    expect(bot.ask(essay).answer?.id).toBe('payment');
    expect(bot.ask('kkkk '.repeat(60) + 'which payment methods').intent).toBe('gibberish');
  });

  it('folds other languages and still finds exact matches', () => {
    const bot = createFaqBot({
      locale: 'fr',
      faqs: [
        { id: 'livraison', question: 'Quels sont les délais de livraison ?', answer: '48 h.' },
        { id: 'retour', question: 'Comment retourner un article ?', answer: 'Sous 30 jours.' },
      ],
    });
    expect(bot.ask('delais livraison').answer?.id).toBe('livraison');
  });
});
