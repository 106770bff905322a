import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { matches } from './matches';

describe('matches', () => {
  it('accepts and rejects what z.regex does, with the same message at the same path', () => {
    const pattern = /^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$/;
    const error = 'Must be a locale tag like "en", "pt-BR" or "es-419".';
    const zod = z.strictObject({ tags: z.array(z.string().check(z.minLength(1), z.regex(pattern, { error }))) });
    const ours = z.strictObject({ tags: z.array(z.string().check(z.minLength(1), matches(pattern, error))) });
    const input = { tags: ['en', 'pt-BR', 'english!', '', 'x', 42, 'es_419'] };
    const summary = (schema: typeof zod) =>
      schema.safeParse(input).error?.issues.map((issue) => ({ path: issue.path, message: issue.message }));
    expect(summary(ours)).toEqual(summary(zod));
    expect(summary(ours)).toHaveLength(5); // "english!", "" (empty and no match), "x", 42
  });

  it('carries its pattern for the JSON Schema', () => {
    expect(matches(/^a$/, 'an a').pattern.source).toBe('^a$');
  });
});
