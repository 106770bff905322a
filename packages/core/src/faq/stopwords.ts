// Words that carry no meaning for finding an FAQ, already folded, of three letters or more (the
// analyzer drops shorter ones unless a synonym group lists them). Besides articles and pronouns
// they hold the fillers of chat questions ("I want to", "quero", "how much", "please"), so that
// the words left are the ones that say what the shopper needs. Portuguese, Galician and Spanish
// share one list: their function words overlap and the few that differ are never content words in
// the others (we left out false friends such as "vale", a voucher in Portuguese).

const EN =
  'the you your are was does did have has can could would should will for with from about and but not this that there here what which who how why just also very some any all get got dont cant wont isnt didnt doesnt want need like know please now still use take until many much product item';

const ROMANCE =
  'uma una unha los las dos das del nos nas por pelo pela para pra com con sem sin mas pero que voce voces vcs ele ela meu minha mis mina seu sua sus isso isto esse essa este esta eso esto ese esa muito muy mais bem ser sou soy foi fue era estar estou estoy ter tenho tengo tem tiene ten han hay hai fazer hacer faco hago faz hace como qual quais cual cal quanto quantos cuanto cuantos canto cantos quero queria quiero gostaria preciso necesito posso puedo podo pode puede sei vou voy vai aqui agora ahora ainda aun tipo favor nao non algo nada coisa cosa produto producto';

/** The stop words for a locale: English, or the shared Portuguese/Galician/Spanish list; none for other languages. */
export const stopwordsFor = (locale: string): Set<string> =>
  new Set(({ en: EN, pt: ROMANCE, gl: ROMANCE, es: ROMANCE }[locale.slice(0, 2).toLowerCase()] ?? '').split(' '));
