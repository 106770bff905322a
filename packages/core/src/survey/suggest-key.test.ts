import { describe, expect, it } from 'vitest';
import { suggestKey } from './suggest-key';

const fields = ['id', 'kind', 'title', 'description', 'required', 'maxLength', 'placeholder'];

describe('suggestKey', () => {
  it.each([
    ['titel', 'title'],
    ['requierd', 'required'],
    ['MaxLength', 'maxLength'],
    ['placeholdr', 'placeholder'],
    ['descripton', 'description'],
    ['kidn', 'kind'],
  ])('suggests the field a typo meant: %s → %s', (typo, meant) => {
    expect(suggestKey(typo, fields)).toBe(meant);
  });

  it.each(['banana', 'x', 'colour', 'zIndex'])('suggests nothing for %s, which is no near miss', (key) => {
    expect(suggestKey(key, fields)).toBeUndefined();
  });
});
