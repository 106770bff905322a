import { describe, expect, test } from 'vitest';
import { cnpjValid, cpfValid, dniValid, ibanValid, luhnValid, nifValid } from './check-digits';
import { findPii } from './find-pii';
import { redactPii } from './redact-pii';

describe('found and replaced', () => {
  test.each([
    ['write to maria.silva+loja@example.com.br today', 'write to [email] today'],
    ['e-mail: josé@correo.es.', 'e-mail: [email].'],
    ['Visa 4111 1111 1111 1111 expires', 'Visa [card] expires'],
    ['Cartão nº 4111 1111 1111 1111', 'Cartão nº [card]'],
    ['card 4111-1111-1111-1111', 'card [card]'],
    ['mc 5500000000000004', 'mc [card]'],
    ['amex 3782 822463 10005', 'amex [card]'],
    ['diners 3056 930902 5904', 'diners [card]'],
    ['19 digits 6011 0009 9013 9424 009', '19 digits [card]'],
    ['CPF 529.982.247-25.', 'CPF [id].'],
    ['cpf 52998224725', 'cpf [id]'],
    ['CNPJ 11.222.333/0001-81', 'CNPJ [id]'],
    ['cnpj 11222333000181', 'cnpj [id]'],
    ['NIF 123456789', 'NIF [id]'],
    ['NIF nº 501442600', 'NIF nº [id]'],
    ['contribuinte n.º 123456789', 'contribuinte n.º [id]'],
    ['contribuinte PT 501 442 600', 'contribuinte [id]'],
    ['DNI 12345678Z', 'DNI [id]'],
    ['dni 12345678-z', 'dni [id]'],
    ['NIE X1234567L', 'NIE [id]'],
    ['NIE Y-1234567-X', 'NIE [id]'],
    ['reembolso para o IBAN PT50 0002 0123 1234 5678 9015 4 por favor', 'reembolso para o IBAN [id] por favor'],
    ['devolución a ES91 2100 0418 4502 0005 1332.', 'devolución a [id].'],
    ['IBAN: ES9121000418450200051332', 'IBAN: [id]'],
    ['refund to GB29 NWBK 6016 1331 9268 19, thanks', 'refund to [id], thanks'],
  ])('%s', (input, expected) => {
    expect(redactPii(input)).toBe(expected);
  });
});

describe('phone numbers', () => {
  test.each([
    ['Brazilian mobile with area code', 'Ligue (11) 98765-4321', 'Ligue [phone]'],
    ['Brazilian mobile without parentheses', 'zap 11 98765-4321 ok', 'zap [phone] ok'],
    ['Brazilian landline', 'fixo (21) 3456-7890', 'fixo [phone]'],
    ['Brazilian bare mobile', 'meu número 11987654321', 'meu número [phone]'],
    ['Brazilian local', 'ramal 98765-4321', 'ramal [phone]'],
    ['Brazilian local landline', 'fixo 3456-7890 ou 2345-6789', 'fixo [phone] ou [phone]'],
    ['country code without + or 00, as WhatsApp writes it', 'whatsapp 351912345678, ligue 351 912 345 678, llama al 34 612 34 56 78 o 55 11 98765-4321', 'whatsapp [phone], ligue [phone], llama al [phone] o [phone]'],
    ['Brazilian international', '+55 (11) 98765-4321', '[phone]'],
    ['Portuguese mobile', 'telemóvel 912 345 678', 'telemóvel [phone]'],
    ['Portuguese landline', 'tel. 213 456 789', 'tel. [phone]'],
    ['Portuguese international', '+351 912 345 678', '[phone]'],
    ['Spanish mobile in pairs', 'móvil 612 34 56 78', 'móvil [phone]'],
    ['Spanish with 00', 'llame al 0034 612 345 678', 'llame al [phone]'],
    ['Spanish bare', 'tlf 612345678', 'tlf [phone]'],
    ['French with trunk 0', 'appelez le 01 23 45 67 89', 'appelez le [phone]'],
    ['UK with trunk 0', 'ring 020 7946 0958', 'ring [phone]'],
    ['North American', 'call 555-123-4567 or (555) 123-4567', 'call [phone] or [phone]'],
    ['international with spaces', '+1 555 123 4567', '[phone]'],
    ['German international', '+49 30 123456', '[phone]'],
    ['Spanish landline in pairs', 'teléfono 91 123 45 67', 'teléfono [phone]'],
    ['Portuguese landline in pairs', 'tel 21 345 67 89 ou 91 234 56 78', 'tel [phone] ou [phone]'],
    ['Brazilian mobile with the 9 apart', 'whats (11) 9 8765-4321 ou 11 9 8765 4321', 'whats [phone] ou [phone]'],
    ['North American with its country code', 'call 1-555-123-4567 or 1 555 123 4567', 'call [phone] or [phone]'],
    ['UK mobile in two groups', 'text 07700 900123', 'text [phone]'],
    ['UK with the area code in parentheses', 'ring (020) 7946 0958 or (01632) 960 001', 'ring [phone] or [phone]'],
    ['a country code in parentheses', 'ligue (0034) 612 345 678', 'ligue [phone]'],
    ['written digit by digit', 'ligue 6 1 2 3 4 5 6 7 8 ou 9 1 2 3 4 5 6 7 8, zap 1 1 9 8 7 6 5 4 3 2 1', 'ligue [phone] ou [phone], zap [phone]'],
    [
      'in a WhatsApp link',
      'fale em wa.me/34612345678 ou https://wa.me/351912345678?text=oi, https://api.whatsapp.com/send?phone=5511987654321&text=ola, wa.me/447700900123',
      'fale em wa.me/[phone] ou https://wa.me/[phone]?text=oi, https://api.whatsapp.com/send?phone=[phone]&text=ola, wa.me/[phone]',
    ],
    ['in a WhatsApp link with the phone after other parameters', 'api.whatsapp.com/send/?text=oi&phone=447700900123', 'api.whatsapp.com/send/?text=oi&phone=[phone]'],
  ])('%s', (_name, input, expected) => {
    expect(redactPii(input)).toBe(expected);
  });

  test('a phone that happens to pass the Luhn check is still a phone', () => {
    // 5511987654325 and 0034612345677 are Luhn-valid; their grouping is not a card's.
    expect(redactPii('+55 11 98765-4325')).toBe('[phone]');
    expect(redactPii('0034 612 34 56 77')).toBe('[phone]');
  });

  test('a phone after an order word and is stays a phone when the order word is not its subject', () => {
    expect(redactPii('a encomenda é urgente, ligue 912345678')).toBe('a encomenda é urgente, ligue [phone]');
    expect(redactPii('o meu telefone é 912345678')).toBe('o meu telefone é [phone]');
    expect(redactPii('my order is late, call 07700 900123')).toBe('my order is late, call [phone]');
    // A phone word before the order word makes it the order's phone, not its number.
    expect(redactPii('O telefone do pedido é 912345678, el teléfono del pedido es 612345678')).toBe('O telefone do pedido é [phone], el teléfono del pedido es [phone]');
    expect(redactPii('the phone number on my order is 07700 900123; telemóvel da encomenda: 912 345 678')).toBe('the phone number on my order is [phone]; telemóvel da encomenda: [phone]');
    expect(redactPii('Mi teléfono +34612345678, pedido 612345678')).toBe('Mi teléfono [phone], pedido 612345678');
  });

  test('a phone followed by another number keeps the number', () => {
    expect(redactPii('call me on 912 345 678 2 times')).toBe('call me on [phone] 2 times');
  });
});

describe('left alone', () => {
  test.each([
    ['a card number failing Luhn', 'card 4111 1111 1111 1112'],
    ['a dashed number failing Luhn', 'ref 4111-1111-1111-1112'],
    ['a CPF with wrong check digits', 'CPF 529.982.247-26'],
    ['a CPF of repeated digits', '111.111.111-11'],
    ['a CNPJ with wrong check digits', '11.222.333/0001-82'],
    ['a NIF with wrong check digit', 'NIF 123456788'],
    ['a DNI with the wrong letter', 'DNI 12345678A'],
    ['order numbers', 'Order #100234567 and pedido nº 123456789 and encomenda 912345678'],
    ['an invoice number', 'Fatura 2024/000123, factura F-2024-0001'],
    ['a Luhn-valid protocol number', 'Protocolo 2024031512344 e protocolo nº 2024031512344'],
    ['a ticket number shaped like a phone', 'Número do chamado 11987654321, referência: 912345678'],
    ['a tracking code', 'Rastreio BR123456789BR'],
    ['an electronic invoice key', 'NF-e 35190812345678000123550010000012341000012345'],
    ['ISO dates', 'delivered 2024-05-06 and 2026-11-25T10:30:00Z'],
    ['European dates', 'entregue em 06/05/2024 ou 06.05.2024 ou 06-05-2024'],
    ['prices', 'R$ 1.234,56 or €1,299.99 or $12,345,678.00 or 12.345.678 €'],
    ['big amounts after a currency', 'total R$ 912.345.678'],
    ['times and ranges', 'open 10:30-12:00, 3-5 days'],
    ['postcodes', 'CEP 01310-100, código postal 1000-001, CP 28013'],
    ['versions and IPs', 'v1.2.3 on 192.168.0.1'],
    ['quantities', 'bought 3 items for 12 euros, 250 g'],
    ['a tracking number', 'tracking 1Z999AA10123456784'],
    ['an eight-digit run', 'code 20240506'],
    ['year ranges', 'clientes entre 2019-2020 e de 1999-2001'],
    ['twelve-digit order numbers after their word', 'pedido 351912345678, encomenda 34612345678'],
    ['long numbers that only start like a country code', 'EAN 3519123456789, ref 3461234567'],
    ['ranges of four-digit numbers', 'orçamento entre 1000-1500 euros, preço 2500-3000 €, páginas 1200-1300, modelo 3000-4000'],
    ['order numbers introduced as a number or id', 'order number 912345678, invoice number: 612345678, tracking number 912345678, order ID: 912345678'],
    ['pedido and factura número', 'pedido número 912345678, factura número 612345678, pedido nro. 912345678, pedido n. 912345678'],
    ['an order number that passes Luhn and the NIF check', 'order number 4111 1111 1111 1111 and invoice number 123456789'],
    ['a NIF-valid number after a bare nº', 'o nº 501442600'],
    [
      'an order number given with is, é or es',
      'My order is 912345678, o meu pedido é o 912345678, a minha encomenda é a 912345678, el número de mi pedido es 612 345 678, la factura es la 612345678, o código de rastreio é 912345678',
    ],
    ['a Galician tracking number', 'o pedido chegou sen o número de seguimento 912345678'],
    ['quantities, scores and dates written digit by digit', 'comprei 2 3 4 unidades, notas 9 8 10 7 9, tallas 3 4 5 6 7 8, data 2 0 2 4 0 5 0 6'],
    ['an order number written digit by digit', 'pedido 9 1 2 3 4 5 6 7 8, encomenda nº 6 1 2 3 4 5 6 7 8'],
    ['a number in a link path that is not WhatsApp', 'https://loja.example/pedido/34612345678 e https://loja.example/wa.mep/447700900123'],
    ['Multibanco and payment references', 'Ref MB 912345678, referência MB: 912 345 678, ref. multibanco 212345678, referencia de pago 612345678; la referencia de pago es la 612345678'],
  ])('%s', (_name, input) => {
    expect(redactPii(input)).toBe(input);
  });
});

test('several kinds in one text are each replaced by their marker', () => {
  expect(redactPii('Sou a Ana (ana@example.pt, 912 345 678), NIF 123456789, cartão 4111 1111 1111 1111, pedido #5512.')).toBe(
    'Sou a Ana ([email], [phone]), NIF [id], cartão [card], pedido #5512.',
  );
});

test('kinds and markers can be chosen', () => {
  const text = 'mail a@b.co or 912 345 678';
  expect(redactPii(text, { kinds: ['email'] })).toBe('mail [email] or 912 345 678');
  expect(redactPii(text, { markers: { email: '***', phone: '<tel>' } })).toBe('mail *** or <tel>');
});

test('findPii reports kind, rule and position', () => {
  const text = 'CPF 529.982.247-25 / 4111111111111111';
  expect(findPii(text)).toEqual([
    { kind: 'id', type: 'cpf', start: 4, end: 18, value: '529.982.247-25' },
    { kind: 'card', type: 'card', start: 21, end: 37, value: '4111111111111111' },
  ]);
  expect(() => findPii(undefined as unknown as string)).toThrow('findPii: text must be a string, got undefined');
});

test('text without personal data is returned unchanged', () => {
  expect(redactPii('')).toBe('');
  expect(redactPii('Adorei a entrega, chegou em 2 dias!')).toBe('Adorei a entrega, chegou em 2 dias!');
});

test('check-digit rules accept known good numbers and reject their neighbours', () => {
  expect(luhnValid('79927398713')).toBe(true);
  expect(luhnValid('79927398710')).toBe(false);
  expect(cpfValid('52998224725')).toBe(true);
  expect(cpfValid('52998224724')).toBe(false);
  expect(cnpjValid('11222333000181')).toBe(true);
  expect(cnpjValid('11222333000180')).toBe(false);
  expect(nifValid('123456789')).toBe(true);
  expect(nifValid('123456780')).toBe(false);
  expect(nifValid('423456789')).toBe(false);
  expect(dniValid('12345678Z')).toBe(true);
  expect(dniValid('X1234567L')).toBe(true);
  expect(dniValid('Z1234567R')).toBe(true);
  expect(dniValid('X12345678L')).toBe(false);
  expect(ibanValid('PT50000201231234567890154')).toBe(true);
  expect(ibanValid('PT51000201231234567890154')).toBe(false);
  expect(ibanValid('PT50000201231234567890145')).toBe(false);
});

test('long or hostile input is handled in linear time', () => {
  const hostile = ['a@' + 'b.'.repeat(5000), '1-'.repeat(5000), 'a'.repeat(10000) + '@', 'a.'.repeat(3000) + '@x', '1234567890'.repeat(500)];
  for (const text of hostile) {
    // CPU time, not wall time: on a loaded machine the test can wait its turn for longer than the
    // limit while doing nothing.
    const started = process.cpuUsage();
    redactPii(text);
    const { user, system } = process.cpuUsage(started);
    // Quadratic behaviour took 0.2–0.5 s on these; linear takes a few milliseconds.
    expect((user + system) / 1000).toBeLessThan(100);
  }
});

test('a Luhn-valid number grouped unlike a card is not a card', () => {
  // 4111111111111111 regrouped 3-3-3-3-4: not how cards are printed.
  expect(findPii('ref 411 111 111 111 1111').map((match) => match.kind)).not.toContain('card');
  expect(findPii('4111111111111111').map((match) => match.kind)).toEqual(['card']);
});
