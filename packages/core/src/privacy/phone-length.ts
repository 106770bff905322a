const SEP = '[ .-]?';

/**
 * Phone-number shapes. A run of digits is only a phone when its length, leading digits and
 * grouping fit a real numbering plan, so order numbers, amounts and dates survive.
 */
const NATIONAL_SHAPES: RegExp[] = [
  // Portugal and Spain, 9 digits: 912 345 678, 612 34 56 78, 91 123 45 67 (Spanish landlines), 212345678.
  new RegExp(`^[26789]\\d{2}${SEP}\\d{3}${SEP}\\d{3}$`),
  new RegExp(`^[26789]\\d(?:\\d${SEP}\\d\\d|${SEP}\\d{3})${SEP}\\d\\d${SEP}\\d\\d$`),
  // Brazil with area code: (11) 98765-4321, (11) 9 8765-4321, 11 3456-7890, 11987654321 (bare only for mobiles).
  /^\(?[1-9]{2}\)?[ .-]?(?:9 ?)?\d{4}[ .-]\d{4}$/,
  /^\([1-9]{2}\)[ ]?9?\d{4}-?\d{4}$/,
  /^[1-9]{2}9\d{8}$/,
  // Brazil local: 98765-4321, 3456-7890 (landlines start 2-5, mobiles 9); not a range of years
  // (2019-2020) or of round numbers (2500-3000), nor one starting with 1 (1000-1500).
  /^(?!20\d\d-(?:19|20)\d\d$|\d\d00-\d\d00$)(?:9\d|[2-9])\d{3}-\d{4}$/,
  // Trunk prefix 0, grouped (France, UK, Italy, Germany…): 01 23 45 67 89, 020 7946 0958, 07700 900123, (01632) 960 001.
  /^\(?0\d{1,4}\)?(?:[ .-]\d{2,6}){1,4}$/,
  // North American: 555-123-4567, 1-555-123-4567, (555) 123-4567.
  /^(?:1[ .-])?\d{3}[ .-]\d{3}[ .-]\d{4}$/,
  /^\(\d{3}\) ?\d{3}[ .-]?\d{4}$/,
];

function isPhone(candidate: string): boolean {
  const digits = candidate.replace(/\D/g, '');
  if (/^\(?(?:\+|00)/.test(candidate)) {
    // E.164 allows up to 15 digits after the country code's `+`.
    const national = candidate.includes('+') ? digits : digits.slice(2);
    return national.length >= 8 && national.length <= 15;
  }
  // Dictated digit by digit ("6 1 2 3 4 5 6 7 8"): the digits are read as one run.
  if (/^\d(?: \d){7,}$/.test(candidate)) return isPhone(digits);
  if (/^\(?0\d/.test(candidate) && (digits.length < 10 || digits.length > 11)) return false;
  // Portugal's, Spain's or Brazil's country code without + or 00, as WhatsApp writes numbers
  // (351912345678, 55 11 98765-4321): the rest must be a whole national number.
  const bare = /^(351|34|55)[ .-]?(.+)$/.exec(candidate);
  const rest = digits.length - (bare?.[1]!.length ?? 0);
  if (bare && (bare[1] === '55' ? rest === 10 || rest === 11 : rest === 9) && isPhone(bare[2]!)) return true;
  return NATIONAL_SHAPES.some((shape) => shape.test(candidate));
}

/**
 * How many leading characters of a phone-like `candidate` form a phone number (0 if none).
 * The candidate may run on into a following number ("912 345 678 2 units"), so groups after a
 * space are dropped one at a time until the rest is a phone; dashes and dots bind groups, so a
 * dashed card or order number is never cut into a "phone".
 */
export function phoneLength(candidate: string, before: string): number {
  // An amount: "R$ 12.345.678", "€ 1 234 567".
  if (/(?:[$€£¥]|R\$|\b(?:EUR|BRL|USD|GBP)\b)\s*$/i.test(before)) return 0;
  let current = candidate;
  for (;;) {
    if (isPhone(current)) return current.length;
    const cut = current.search(/ \d+$/);
    if (cut <= 0) return 0;
    current = current.slice(0, cut);
  }
}
