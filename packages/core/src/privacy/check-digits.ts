/** Check-digit rules of the identifiers `redactPii` looks for; each takes the digits (and letters) only. */

/** Luhn (mod 10), used by every payment card number. https://en.wikipedia.org/wiki/Luhn_algorithm */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

function mod11Digit(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += Number(digits[i]) * weights[i]!;
  const rest = sum % 11;
  return rest < 2 ? 0 : 11 - rest;
}

/** Brazilian CPF: 11 digits, two mod-11 check digits; repeated digits (111.111.111-11) are not issued. */
export function cpfValid(digits: string): boolean {
  if (!/^\d{11}$/.test(digits) || /^(\d)\1{10}$/.test(digits)) return false;
  const first = mod11Digit(digits, [10, 9, 8, 7, 6, 5, 4, 3, 2]);
  const second = mod11Digit(digits, [11, 10, 9, 8, 7, 6, 5, 4, 3, 2]);
  return first === Number(digits[9]) && second === Number(digits[10]);
}

/** Brazilian CNPJ: 14 digits, two mod-11 check digits with weights 5…2,9…2 and 6…2,9…2. */
export function cnpjValid(digits: string): boolean {
  if (!/^\d{14}$/.test(digits) || /^(\d)\1{13}$/.test(digits)) return false;
  const first = mod11Digit(digits, [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]);
  const second = mod11Digit(digits, [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]);
  return first === Number(digits[12]) && second === Number(digits[13]);
}

/**
 * Portuguese NIF: 9 digits starting with a prefix the tax authority issues, the last a mod-11
 * check digit (10 becomes 0).
 */
export function nifValid(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || !/^(?:[123568]|45|7[0124579]|9[0189])/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  const check = 11 - (sum % 11);
  return (check >= 10 ? 0 : check) === Number(digits[8]);
}

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/** Spanish DNI (8 digits + letter) or NIE (X/Y/Z + 7 digits + letter): the letter is number mod 23. */
export function dniValid(id: string): boolean {
  const normal = id.toUpperCase();
  const match = /^([XYZ]?)(\d{7,8})([A-Z])$/.exec(normal);
  if (!match) return false;
  const [, nie, number, letter] = match;
  if ((nie && number!.length !== 7) || (!nie && number!.length !== 8)) return false;
  const value = Number(`${nie ? 'XYZ'.indexOf(nie) : ''}${number}`);
  return DNI_LETTERS[value % 23] === letter;
}

/**
 * IBAN (ISO 13616): the country code and check digits moved to the end, letters read as 10–35,
 * the whole number mod 97 is 1. Takes the IBAN without spaces.
 */
export function ibanValid(iban: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z\d]{11,30}$/.test(iban)) return false;
  let rest = 0;
  for (const char of iban.slice(4) + iban.slice(0, 4)) {
    const value = parseInt(char, 36);
    rest = (rest * (value > 9 ? 100 : 10) + value) % 97;
  }
  return rest === 1;
}
