// The surveys this collector accepts answers for, from the same survey definitions the pages use
// (validated by @pulso/core's `safeParseSurvey`). Each question knows its kind, its score range
// and how to check an answer's value (`checkAnswer`, the rules the browser applies).
import { checkAnswer, safeParseSurvey, scoreRange, type Survey } from '@pulso/core';

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
  // The same per-kind rules as a survey run in the browser (@pulso/core's `checkAnswer`).
  const check = (id: string) => (value: unknown) => {
    const result = checkAnswer(survey, id, value);
    return result.ok ? null : `payload.value: question "${id}": ${result.error.message}`;
  };
  const questions = new Map<string, CatalogQuestion>();
  for (const question of survey.questions) {
    const [min, max] = scoreRange(question);
    const scored = Number.isFinite(min);
    questions.set(question.id, { id: question.id, kind: question.kind, min: scored ? min : 0, max: scored ? max : 0, check: check(question.id) });
    if (question.followUp) {
      const { id } = question.followUp;
      questions.set(id, { id, kind: 'text', min: 0, max: 0, check: check(id) });
    }
  }
  return questions;
}
