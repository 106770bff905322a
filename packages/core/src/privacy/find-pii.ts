import { cnpjValid, cpfValid, dniValid, ibanValid, luhnValid, nifValid } from './check-digits';
import { phoneLength } from './phone-length';

/** Kinds of personal data `findPii` and `redactPii` recognise. */
export type PiiKind = 'email' | 'phone' | 'card' | 'id';

/** One piece of personal data found in a text: `text.slice(start, end)`. */
export interface PiiMatch {
  kind: PiiKind;
  /** Which rule matched: `email`, `phone`, `card`, `cpf`, `cnpj`, `nif`, `dni`, `nie`, `iban`. */
  type: string;
  start: number;
  end: number;
  value: string;
}

interface Detector {
  kind: PiiKind;
  type: string;
  pattern: RegExp;
  /** How many characters of the match are personal data (0: none, a false positive). */
  accept: (match: string, before: string) => number;
}

const digitsOf = (text: string) => text.replace(/\D/g, '');

/**
 * Numbers right after these words are order, invoice or reference numbers, not phones or tax ids,
 * in the languages Pulso ships (en, pt, es, gl, fr, de, it, nl).
 */
const REFERENCE_WORDS =
  'order|invoice|ref|reference|ticket|tracking|transaction|pedido|encomenda|fatura|factura|nota|protocolo|chamado|rastreio|rastreamento|referência|referencia|seguimiento|seguimento|transação|transacción|commande|facture|bestellung|rechnung|ordine|fattura|bestelling|factuur';
// The word may be followed by what kind of reference it is ("ref MB", "referencia de pago"), by one
// saying it is a number ("order number", "pedido número", "order ID"), and by "is" when the number
// completes a sentence ("my order is …", "o meu pedido é o …", "la factura es la …").
const REFERENCE = `(?:^|[^\\p{L}])(?:${REFERENCE_WORDS})s?\\.?(?:\\s+(?:mb|multibanco|de pago))?(?:\\s+(?:number|n[uú]mero|nro|num|n|id|code|c[oó]digo)\\.?)?(?:\\s+(?:is|é|es)(?:\\s+(?:o|a|el|la))?)?`;
const REFERENCE_BEFORE = new RegExp(`(?:#|\\bn\\.?\\s?[º°o]\\.?|\\bno\\.|${REFERENCE})\\s*[:.#-]?\\s*$`, 'iu');
// For card numbers only the words count: "cartão nº 4111 …" is still a card.
const REFERENCE_WORD_BEFORE = new RegExp(`${REFERENCE}\\s*(?:n\\.?\\s?[º°o]\\.?|no\\.|#)?\\s*[:.#-]?\\s*$`, 'iu');
// "O telefone do pedido é …", "the phone number on my order is …": a phone word before the order
// word (with no number between) makes what follows the order's phone, not its number.
const PHONE_WORD_BEFORE = /(?:^|[^\p{L}])(?:(?:tele)?phone|mobile|cell|tlf|tel(?:[eé]fono|efone|em[oó]vel)?|celular|m[oó]vil|whatsapp)(?!\p{L})\D*$/iu;
const isReference = (before: string) => REFERENCE_BEFORE.test(before) && !PHONE_WORD_BEFORE.test(before);

/**
 * Card numbers are printed in one block, in fours (`4111 1111 1111 1111`, 19 digits end in a
 * group of 3) or as American Express's 4-6-5 (Diners 4-6-4). Other groupings are phone numbers
 * (`+55 11 98765-4325`) that happen to pass Luhn, as one in ten does. No card number starts with 0.
 */
function cardGrouping(match: string): boolean {
  const groups = match.split(/[ -]/).map((group) => group.length);
  if (groups.length === 1) return true;
  const last = groups.pop()!;
  return groups.every((length) => length === 4) ? last >= 1 && last <= 4 : /^4,6,[45]$/.test([...groups, last].join(','));
}

const all = (length: (match: string) => boolean) => (match: string) => (length(match) ? match.length : 0);

// Detectors run in this order; each sees the text with earlier finds blanked out, so a card number
// is not also read as a phone. Boundaries keep them from starting or ending inside a longer number.
const detectors: Detector[] = [
  {
    kind: 'email',
    type: 'email',
    pattern: /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu,
    accept: (match) => match.length,
  },
  // A WhatsApp link holds the number in international form without + (wa.me/34612345678,
  // api.whatsapp.com/send?phone=5511987654321), which the phone rule, wary of numbers in paths and
  // of country codes it does not know, would leave. Before cards, which such a number may pass.
  {
    kind: 'phone',
    type: 'phone',
    pattern: /(?<=\bwa\.me\/|\bwhatsapp\.com\/send\/?\?(?:[^\s&#]*&)*phone=)\+?\d{8,15}(?!\d)/gi,
    accept: (match) => match.length,
  },
  // Before cards and phones, which would otherwise take a run of its digits and leave the rest
  // ("PT50 [phone] 9015 4"). Printed in fours or in one block, as banks and invoices write it.
  {
    kind: 'id',
    type: 'iban',
    pattern: /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?:(?: [A-Z\d]{4}){2,7}(?: [A-Z\d]{1,3})?|[A-Z\d]{11,30})(?![\p{L}\p{N}])/gu,
    accept: all((match) => ibanValid(match.replace(/ /g, ''))),
  },
  {
    kind: 'card',
    type: 'card',
    pattern: /(?<![\d+-])[1-9](?:[ -]?\d){12,18}(?!\d)/g,
    accept: (match, before) => (!REFERENCE_WORD_BEFORE.test(before) && cardGrouping(match) && luhnValid(digitsOf(match)) ? match.length : 0),
  },
  {
    kind: 'id',
    type: 'cnpj',
    pattern: /(?<![\d./-])\d{2}\.?\d{3}\.?\d{3}\/?\d{4}-?\d{2}(?!\d|[./-]\d)/g,
    accept: all((match) => cnpjValid(digitsOf(match))),
  },
  {
    kind: 'id',
    type: 'cpf',
    pattern: /(?<![\d./-])\d{3}\.?\d{3}\.?\d{3}-?\d{2}(?!\d|[./-]\d)/g,
    accept: all((match) => cpfValid(digitsOf(match))),
  },
  {
    kind: 'id',
    type: 'nie',
    pattern: /(?<![\p{L}\p{N}-])[XYZxyz][ -]?\d{7}[ -]?[A-Za-z](?![\p{L}\p{N}])/gu,
    accept: all((match) => dniValid(match.replace(/[ -]/g, ''))),
  },
  {
    kind: 'id',
    type: 'dni',
    pattern: /(?<![\p{L}\p{N}-])\d{8}[ -]?[A-Za-z](?![\p{L}\p{N}])/gu,
    accept: all((match) => dniValid(match.replace(/[ -]/g, ''))),
  },
  {
    kind: 'id',
    type: 'nif',
    pattern: /(?<![\p{L}\p{N}./-])(?:PT ?)?\d{3} ?\d{3} ?\d{3}(?![\p{L}\p{N}]|[./-]\d)/gu,
    // A bare "nº" introduces an order number, but not after the NIF's own label: "NIF nº 501442600",
    // "contribuinte n.º 123456789" are how a NIF is written.
    accept: (match, before) =>
      (/\b(?:nif|nipc|contribuinte)\s*(?:n\.?\s?[º°o]\.?)?\s*[:.]?\s*$/i.test(before) || !isReference(before)) && nifValid(digitsOf(match)) ? match.length : 0,
  },
  {
    kind: 'phone',
    type: 'phone',
    pattern: /(?<![\p{L}\p{N}+/\\.,-])(?:(?:\+|00)\d{1,3}[ .-]?)?(?:\(\d{1,5}\)[ .-]?)?\d(?:[ .-]?\d){5,15}(?![\p{L}\p{N}/]|[.,-]\d)/gu,
    accept: (match, before) => (isReference(before) ? 0 : phoneLength(match, before)),
  },
];

/** Blanks found spans (sorted, not overlapping) so later detectors do not see them; same length keeps offsets valid. */
function blank(text: string, spans: readonly PiiMatch[]): string {
  if (spans.length === 0) return text;
  let result = '';
  let position = 0;
  for (const { start, end } of spans) {
    result += text.slice(position, start) + '\u0000'.repeat(end - start);
    position = end;
  }
  return result + text.slice(position);
}

/** How much text before a match the context rules look at (keywords like "pedido nº", currency signs). */
const CONTEXT_CHARS = 40;

/**
 * Finds e-mail addresses, phone numbers, payment card numbers (Luhn-checked) and national ids
 * (Brazilian CPF and CNPJ, Portuguese NIF, Spanish DNI/NIE, each with its check digit) and IBANs
 * (mod 97) in a text.
 * Matches come sorted by position. Numbers whose check digit fails, dates, prices and numbers
 * introduced as an order or invoice number are left alone.
 */
export function findPii(text: string, kinds: readonly PiiKind[] = ['email', 'phone', 'card', 'id']): PiiMatch[] {
  if (typeof text !== 'string') throw new TypeError(`findPii: text must be a string, got ${text === null ? 'null' : typeof text}`);
  // Every kind needs a digit or an "@": most answers ("Adorei!") stop here.
  if (!/[\d@]/.test(text)) return [];
  const found: PiiMatch[] = [];
  let working = text;
  for (const detector of detectors) {
    if (!kinds.includes(detector.kind)) continue;
    const fresh: PiiMatch[] = [];
    for (const match of working.matchAll(detector.pattern)) {
      const start = match.index;
      const length = detector.accept(match[0], working.slice(Math.max(0, start - CONTEXT_CHARS), start));
      if (length === 0) continue;
      fresh.push({ kind: detector.kind, type: detector.type, start, end: start + length, value: text.slice(start, start + length) });
    }
    working = blank(working, fresh);
    found.push(...fresh);
  }
  return found.sort((a, b) => a.start - b.start);
}
