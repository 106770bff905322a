/**
 * Fills `{name}` placeholders in a template: `format('{current} of {total}', { current: 2, total: 5 })`
 * gives `2 of 5`. A placeholder without a value is left as written, so a missing value shows up in
 * the UI rather than breaking it.
 */
export function format(template: string, vars: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(vars, name) ? String(vars[name]) : whole));
}

/** The placeholder names in a template, in order: `placeholders('{current} of {total}')` → `['current', 'total']`. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
}
