import * as z from 'zod/mini';
import { matches } from './matches';

/** BCP 47-ish locale tags: `en`, `pt-BR`, `zh-Hant-TW` (`_` is read as `-`, as browsers and CMSs write it). */
export const localeTag = /^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$/;

/** What a locale tag looks like, for messages. */
export const localeTagLike = 'a locale tag like "en", "pt-BR" or "es-419"';

/** A locale tag field (survey `locales`, targeting `locales`, config `locale`). */
export const localeTagSchema = z.string().check(matches(localeTag, `Must be ${localeTagLike}.`));
