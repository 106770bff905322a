/**
 * Locales with built-in strings. A list of tags only, in its own file, so that a bundle can
 * negotiate a visitor's locale (and then load just that dictionary) without pulling in all twelve
 * dictionaries that `builtInStrings` imports. A test checks it matches `builtInStrings`.
 */
export const supportedLocales: readonly string[] = ['pt-BR', 'pt-PT', 'gl', 'es', 'en', 'fr', 'de', 'it', 'nl', 'ar', 'he', 'ja'];
