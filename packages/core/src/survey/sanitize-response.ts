import type { SurveyResponse } from './survey-response';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A saved response comes back from storage a customer's browser controls, so read it defensively:
 * fields of the wrong type are dropped (a fresh id, an empty path…) rather than trusted. The ids
 * and version are kept as found, so the caller can refuse a response from another survey.
 */
export function sanitizeResponse(value: unknown): Partial<SurveyResponse> & Pick<SurveyResponse, 'answers' | 'path'> {
  const saved = isRecord(value) ? value : {};
  const text = (key: string) => (typeof saved[key] === 'string' ? (saved[key] as string) : undefined);
  const out: Partial<SurveyResponse> & Pick<SurveyResponse, 'answers' | 'path'> = {
    answers: isRecord(saved.answers) ? (saved.answers as SurveyResponse['answers']) : {},
    path: Array.isArray(saved.path) ? saved.path.filter((id): id is string => typeof id === 'string') : [],
  };
  const id = text('id');
  const startedAt = text('startedAt');
  const completedAt = text('completedAt');
  if (id) out.id = id;
  if (startedAt) out.startedAt = startedAt;
  if (completedAt) out.completedAt = completedAt;
  if (typeof saved.surveyId === 'string') out.surveyId = saved.surveyId;
  if (typeof saved.surveyVersion === 'number') out.surveyVersion = saved.surveyVersion;
  if (isRecord(saved.context)) out.context = saved.context as SurveyResponse['context'];
  return out;
}
