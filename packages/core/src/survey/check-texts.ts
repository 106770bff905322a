import { normalizeLocale } from '../i18n/locale-chain';
import type { Report } from './check-survey';
import { listOf } from './definition-issue';
import { localeTag, localeTagLike } from './locale-tag';
import type { LocalizedText } from './resolve-text';
import { suggestKey } from './suggest-key';
import type { Survey } from './survey-schema';

const textFields = new Set(['title', 'description', 'lowLabel', 'highLabel', 'label', 'placeholder', 'body', 'message']);

// Of a normalised tag.
const language = (tag: string) => tag.split('-')[0]!;

/**
 * Checks the keys of every text map, since a misspelt one is silently never shown: each must be a
 * locale tag, and with `locales` declared, a tag of one of their languages (a visitor's locale is
 * matched along its chain, so `pt-BR` texts under `"locales": ["pt"]` do show), and every map
 * needs the default (first) locale. Also reports a locale listed twice.
 */
export function checkTexts(survey: Survey, report: Report) {
  const locales = survey.locales ?? [];
  const tags = locales.map(normalizeLocale);
  const languages = tags.map(language);
  const fallback = tags[0];
  tags.forEach((tag, index) => {
    if (tags.indexOf(tag) < index) report(['locales', index], `"${locales[index]}" is listed twice; list each locale once.`);
  });
  const visit = (value: unknown, path: PropertyKey[], key?: PropertyKey) => {
    if (isTextMap(value, key)) {
      let hasDefault = !fallback;
      for (const tag of Object.keys(value)) {
        const normal = normalizeLocale(tag);
        const lang = language(normal);
        hasDefault ||= normal === fallback;
        if (!localeTag.test(tag)) report([...path, tag], `"${tag}" is not ${localeTagLike}.`);
        else if (fallback && !languages.includes(lang)) {
          // `ptt` → `pt` → `pt-BR`: a typo is usually in the language part.
          const close = locales[languages.indexOf(suggestKey(lang, languages)!)];
          report([...path, tag], `"${tag}" is not a language of "locales" (${listOf(locales)})${close ? `; did you mean "${close}"?` : '.'}`);
        }
      }
      if (!hasDefault) report(path, `Has no "${locales[0]}" text; the first of "locales" is the default and every text needs it.`);
      return;
    }
    if (Array.isArray(value)) value.forEach((item, i) => visit(item, [...path, i], i));
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) visit(v, [...path, k], k);
    }
  };
  visit(survey.questions, ['questions']);
  visit(survey.thankYou, ['thankYou']);
  visit(survey.followUp, ['followUp']);
}

function isTextMap(value: unknown, key: PropertyKey | undefined): value is LocalizedText & object {
  return typeof key === 'string' && textFields.has(key) && typeof value === 'object' && value !== null && !Array.isArray(value);
}
