import { normalizeLocale, resolveText, type Survey } from '@pulso/core';

/**
 * The locale whose texts of `survey` a visitor asking for `locale` sees, picked the way
 * `resolveText` picks a text (`pt-PT` asked, `pt` written: `pt`; neither: the survey's default),
 * among the locales of its first question's title (the texts really written: a `pt-BR` title
 * under `locales: ['pt']` is shown to `pt-BR`), else the survey's `locales`. Texts that are
 * plain strings name no locale: the asked one is all there is to say.
 */
export function textsLocale(survey: Survey, locale: string): string {
  const title = survey.questions[0]!.title;
  const tags = typeof title === 'object' ? Object.keys(title) : (survey.locales ?? [locale]);
  return resolveText(Object.fromEntries(tags.map((tag) => [tag, normalizeLocale(tag)])), locale, survey.locales?.[0]);
}
