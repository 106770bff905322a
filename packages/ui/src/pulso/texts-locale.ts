import { normalizeLocale, resolveText, type Survey } from '@pulso/core';

/**
 * The locale whose texts of `survey` a visitor asking for `locale` sees, picked the way
 * `resolveText` picks a text (`pt-PT` asked, `pt` written: `pt`; neither: the survey's default),
 * among the survey's `locales`, else the locales of its first question's title. Texts that are
 * plain strings name no locale: the asked one is all there is to say.
 */
export function textsLocale(survey: Survey, locale: string): string {
  const title = survey.questions[0]!.title;
  const tags = survey.locales ?? (typeof title === 'object' ? Object.keys(title) : [locale]);
  return resolveText(Object.fromEntries(tags.map((tag) => [tag, normalizeLocale(tag)])), locale, survey.locales?.[0]);
}
