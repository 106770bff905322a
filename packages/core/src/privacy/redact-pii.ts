import { findPii, type PiiKind } from './find-pii';

/** Options for `redactPii`. */
export interface RedactOptions {
  /** Which kinds to redact; all by default. */
  kinds?: readonly PiiKind[];
  /** Replacement per kind; defaults `[email]`, `[phone]`, `[card]`, `[id]`. */
  markers?: Partial<Record<PiiKind, string>>;
}

const defaultMarkers: Record<PiiKind, string> = { email: '[email]', phone: '[phone]', card: '[card]', id: '[id]' };

/**
 * Replaces personal data in free text with markers before it leaves the browser: e-mails, phone
 * numbers (international, Brazilian, Portuguese, Spanish and other national formats), payment
 * card numbers that pass the Luhn check, and CPF, CNPJ, NIF, DNI and NIE numbers and IBANs whose
 * check digits are right. Order numbers, dates and prices are kept. See `findPii` for the rules.
 *
 * @example
 * redactPii('Ligue 11 98765-4321 ou maria@example.com, CPF 529.982.247-25')
 * // 'Ligue [phone] ou [email], CPF [id]'
 */
export function redactPii(text: string, options: RedactOptions = {}): string {
  const markers = { ...defaultMarkers, ...options.markers };
  let result = '';
  let position = 0;
  for (const match of findPii(text, options.kinds)) {
    result += text.slice(position, match.start) + markers[match.kind];
    position = match.end;
  }
  return result + text.slice(position);
}
