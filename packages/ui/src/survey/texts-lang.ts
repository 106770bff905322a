import { isRtlLocale } from '@pulso/core';

/**
 * `lang` and `dir` for the elements holding a survey's own texts, when those are in another
 * language than the built-in strings around them (an English-only survey shown with Hebrew
 * buttons): a screen reader then reads each part with the right voice, and English stays left to
 * right inside a right-to-left frame.
 */
export interface TextsLang {
  lang: string;
  dir: 'ltr' | 'rtl';
}

/** The {@link TextsLang} for survey texts in `texts` among built-in strings in `strings`; none when they agree. */
export function textsLang(texts: string, strings: string): TextsLang | undefined {
  return texts === strings ? undefined : { lang: texts, dir: isRtlLocale(texts) ? 'rtl' : 'ltr' };
}
