/**
 * Size probe (an entry in size-budget.json, not public API): what validating a config and running
 * a survey costs a browser bundle, zod/mini included.
 */
export { parseConfig, safeParseConfig } from '../config/parse-config';
export { parseSurvey, safeParseSurvey } from './parse-survey';
export { createSurveyRun } from './create-survey-run';
