// The surveys this collector accepts answers for, from the same survey definitions the pages use
// (validated by @pulso/core's `safeParseSurvey`). Each question knows its kind, its score range
// and how to check an answer's value.
import { safeParseSurvey, type Survey } from '@pulso/core';

export type QuestionKind = Survey['questions'][number]['kind'];

export interface CatalogQuestion {
  id: string;
  kind: QuestionKind;
  /** Lowest and highest score, for scored kinds (0 for the others). */
  min: number;
  max: number;
  /** Why `value` is not a valid answer, or null. */
  check(value: unknown): string | null;
}

export interface CatalogSurvey {
  id: string;
  version: number;
  questions: Map<string, CatalogQuestion>;
}

export type SurveyCatalog = Map<string, CatalogSurvey>;

/**
 * Builds the catalogue from survey definitions. A source may hold one survey, a list, or a whole
 * script-tag config with a `surveys` list. Throws naming the source and the path at fault.
 */
export function surveyCatalog(sources: { name: string; content: unknown }[]): SurveyCatalog {
  const catalog: SurveyCatalog = new Map();
  for (const { name, content } of sources) {
    const inConfig = typeof content === 'object' && content !== null && Array.isArray((content as { surveys?: unknown }).surveys);
    const list = Array.isArray(content) ? content : inConfig ? (content as { surveys: unknown[] }).surveys : [content];
    const single = !Array.isArray(content) && !inConfig;
    list.forEach((definition, index) => {
      const result = safeParseSurvey(definition);
      if (!result.success) {
        const where = single ? 'survey' : inConfig ? `surveys[${index}]` : `[${index}]`;
        const problems = result.issues.map((issue) => `${issue.path || '(root)'}: ${issue.message}`).join('; ');
        throw new Error(`${name}: ${where} is not a valid survey definition: ${problems}`);
      }
      const survey = result.survey;
      if (catalog.has(survey.id)) throw new Error(`${name}: survey "${survey.id}" is defined twice`);
      catalog.set(survey.id, { id: survey.id, version: survey.version, questions: questionsOf(survey) });
    });
  }
  return catalog;
}

function questionsOf(survey: Survey): Map<string, CatalogQuestion> {
  const questions = new Map<string, CatalogQuestion>();
  for (const question of survey.questions) {
    questions.set(question.id, catalogQuestion(question));
    if (question.followUp) {
      const { id, maxLength } = question.followUp;
      questions.set(id, { id, kind: 'text', min: 0, max: 0, check: textCheck(id, maxLength) });
    }
  }
  return questions;
}

const got = (value: unknown) => JSON.stringify(value) ?? String(value);

function scoreCheck(id: string, kind: string, min: number, max: number) {
  return (value: unknown) =>
    Number.isInteger(value) && (value as number) >= min && (value as number) <= max
      ? null
      : `payload.value: ${kind} question "${id}" takes a whole number from ${min} to ${max}, got ${got(value)}`;
}

function textCheck(id: string, maxLength: number) {
  return (value: unknown) =>
    typeof value === 'string' && value.length <= maxLength
      ? null
      : `payload.value: question "${id}" takes text of at most ${maxLength} characters, got ${typeof value === 'string' ? `${value.length} characters` : got(value)}`;
}

function catalogQuestion(question: Survey['questions'][number]): CatalogQuestion {
  const { id, kind } = question;
  switch (kind) {
    case 'nps':
      return { id, kind, min: 0, max: 10, check: scoreCheck(id, kind, 0, 10) };
    case 'csat':
      return { id, kind, min: 1, max: 5, check: scoreCheck(id, kind, 1, 5) };
    case 'ces':
      return { id, kind, min: 1, max: question.scale, check: scoreCheck(id, kind, 1, question.scale) };
    case 'rating':
      return { id, kind, ...question.scale, check: scoreCheck(id, kind, question.scale.min, question.scale.max) };
    case 'text':
      return { id, kind, min: 0, max: 0, check: textCheck(id, question.maxLength) };
    case 'single':
    case 'multiple': {
      const ids = question.choices.map((choice) => choice.id);
      const other = question.other;
      // A choice is recorded by its id; the free-text "Other" as `{ other: "…" }`.
      const isChoice = (value: unknown) =>
        (typeof value === 'string' && ids.includes(value)) ||
        (other !== undefined &&
          typeof value === 'object' &&
          value !== null &&
          typeof (value as { other?: unknown }).other === 'string' &&
          (value as { other: string }).other.length <= other.maxLength);
      const options = `${ids.join(', ')}${other ? ' or { "other": text }' : ''}`;
      const check =
        kind === 'single'
          ? (value: unknown) => (isChoice(value) ? null : `payload.value: question "${id}" takes one of ${options}, got ${got(value)}`)
          : (value: unknown) =>
              Array.isArray(value) && value.every(isChoice)
                ? null
                : `payload.value: question "${id}" takes a list of ${options}, got ${got(value)}`;
      return { id, kind, min: 0, max: 0, check };
    }
  }
}
