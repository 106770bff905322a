// Words that carry no meaning for finding an FAQ, already folded. Besides articles and pronouns
// they hold the fillers of chat questions ("I want to", "quero", "how much", "please"), so that
// the words left are the ones that say what the shopper needs. Portuguese, Galician and Spanish
// share one list: their function words overlap and the few that differ are never content words in
// the others (we left out false friends such as "vale", a voucher in Portuguese).

const EN =
  'a an the i im me my we you your it is are was be am do does did have has can could would should will to of in on at by for with from about as so if or and but not no this that there here what which who how why just also very some any all get got dont cant wont isnt didnt doesnt want need like know please now still ok use take until many much product item';

const ROMANCE =
  'a o as os um uma un una unha el la lo los las le de do da dos das del al em en no na nos nas por pelo pela para pra com con sem sin e y ou mas pero que se si eu yo tu voce vc ele ela meu minha mi mis mina seu sua su sus me te isso isto esse essa este esta eso esto ese esa ja ya xa muito muy mais bem so ser sou soy es foi fue era estar estou estoy ta ter tenho tengo tem tiene ten ha han hay hai fazer hacer faco hago faz hace como qual quais cual cal quanto quantos cuanto cuantos canto cantos quero queria quiero gostaria preciso necesito posso puedo podo pode puede sei vou voy vai aqui agora ahora ainda aun tipo favor nao non algo nada coisa cosa produto producto';

const cache: { en?: Set<string>; romance?: Set<string> } = {};

/** The stop words for a locale: English, or the shared Portuguese/Galician/Spanish list; none for other languages. */
export const stopwordsFor = (locale: string): Set<string> => {
  const lang = locale.slice(0, 2).toLowerCase();
  if (lang === 'en') return (cache.en ??= new Set(EN.split(' ')));
  if (['pt', 'gl', 'es'].includes(lang)) return (cache.romance ??= new Set(ROMANCE.split(' ')));
  return new Set();
};
