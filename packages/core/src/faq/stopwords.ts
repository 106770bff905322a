// Words that carry no meaning for finding an FAQ, already folded. Besides articles and pronouns
// they hold the fillers of chat questions ("I want to", "quero", "how much", "please"), so that
// the words left are the ones that say what the shopper needs. Portuguese, Galician and Spanish
// share one list: their function words overlap and the few that differ are never content words in
// the others (we left out false friends such as "vale", a voucher in Portuguese).

const EN =
  'a an the i im ive id me my mine myself we us our you your yours it its is are was were be been being am do does did doing done have has had having can could would should will shall may might must to of in on at by for with from about as into than then so if or and but not no nor this that these those there theres here what whats which who how why just also too very really some any all get got getting dont cant wont isnt doesnt didnt havent want wanted wanna need needed needs like know tell please pls plz now still yet already thing something anything much many one ok okay use using product products item items';

const ROMANCE =
  'a o as os um uma uns umas un una unos unas unha unhas el la lo los las le les lle lles de do da dos das del al em en no na nos nas num numa nun nunha por pelo pela pelos pelas polo pola polos polas para pra pro pras pros com con sem sin sen e y ou u mas pero que se si eu yo tu ti voce voces vc vcs usted ustedes ele ela eles elas nosotros vosotros vos meu minha meus minhas mi mis mio mia mina minas seu sua seus suas su sus teu tua teus tuas me te lhe isso isto esse essa este esta estes estas eso esto ese esa iso aquele aquela aquel ja ya xa tambem tamen muito muy moito mais mas menos bem bien ben so solo ser sou soy son e es foi fue era estar estou estoy esta estao estan estamos ter tenho tengo teno tem tiene ten tinha ha han he has hemos habia hay hai haver sei sabe saber produto produtos producto productos artigo articulo fazer hacer facer faco hago fago faz hace como cal cales qual quais cual cuales quanto quantos quanta quantas cuanto cuantos cuanta cuantas canto cantos canta cantas quero queria quiero quisiera gostaria gustaria preciso precisava necesito necesito podo posso puedo pode puede podes podemos podeis podria consigo consegue vou voy vai va ai ahi ali aqui ahora agora agora ainda todavia aun tipo favor pf pfv nao non sim algo alguma algun alguna nada coisa cosa cousa';

const cache: { en?: Set<string>; romance?: Set<string> } = {};

/** The stop words for a locale: English, or the shared Portuguese/Galician/Spanish list; none for other languages. */
export const stopwordsFor = (locale: string): Set<string> => {
  const lang = locale.slice(0, 2).toLowerCase();
  if (lang === 'en') return (cache.en ??= new Set(EN.split(' ')));
  if (['pt', 'gl', 'es'].includes(lang)) return (cache.romance ??= new Set(ROMANCE.split(' ')));
  return new Set();
};
