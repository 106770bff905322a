import type { SurveyQuestion } from './survey-schema';

/** The inclusive `[min, max]` of a score question (`nps` → `[0, 10]`); `[NaN, NaN]` for others. */
export function scoreRange(question: SurveyQuestion): [number, number] {
  switch (question.kind) {
    case 'nps':
      return [0, 10];
    case 'csat':
      return [1, 5];
    case 'ces':
      return [1, question.scale];
    case 'rating':
      return [question.scale.min, question.scale.max];
    default:
      return [Number.NaN, Number.NaN];
  }
}

/** How messages name a kind: `nps` → `NPS`, `rating` → `rating`. */
function kindName(kind: string): string {
  return kind === 'nps' || kind === 'csat' || kind === 'ces' ? kind.toUpperCase() : kind;
}

/** `nps` → `an NPS`, `rating` → `a rating`. */
export function withArticle(kind: string): string {
  const name = kindName(kind);
  return `${/^[aeiouAEIOU]|^N/.test(name) ? 'an' : 'a'} ${name}`;
}
