// Light stemmers: they only need to make "entrega", "entregue" and "entregar" meet, not to be
// linguistically right. Heavier morphology (devolver ~ devolução) is left to the synonym groups.

/** Portuguese, Galician and Spanish endings, longest first (the first that fits is cut). */
const ROMANCE =
  'aciones amente ciones amento imento mente acoes mento acion acao cion coes ando endo indo amos emos imos ados adas idos idas cao ado ada ido ida oes aes ar er ir ou ei am em as os es ao a o e i s'.split(' ');

/** Cut the longest known ending that leaves at least three letters. */
const stemRomance = (word: string): string => {
  // Plurals in -ais/-eis (digitais, papéis) go back to -al/-el before the endings are cut.
  if (word.length > 5) word = word.replace(/([ae])is$/, '$1l');
  for (const end of ROMANCE) {
    if (word.length - end.length >= 3 && word.endsWith(end)) {
      // "entregue", "llegue": the u only keeps the g (or q) hard before e.
      return word.slice(0, -end.length).replace(/([gq])u$/, '$1');
    }
  }
  return word;
};

/** A little of Porter's first steps: plurals, -ed, -ing and a final e. */
const stemEnglish = (word: string): string => {
  if (word.length < 4) return word;
  let w = word.replace(/ies$/, 'y');
  if (/[^su]s$/.test(w)) w = w.slice(0, -1);
  const cut = w.replace(/(ing|ed)$/, '');
  if (cut !== w && cut.length >= 3) w = /([^lsz])\1$/.test(cut) ? cut.slice(0, -1) : cut;
  return w.length > 3 ? w.replace(/e$/, '') : w;
};

/** The stemmer for a locale: pt (pt-BR, pt-PT), gl, es and en; other languages are left as they are. */
export const stemmerFor = (locale: string): ((word: string) => string) =>
  ({ en: stemEnglish, pt: stemRomance, gl: stemRomance, es: stemRomance })[locale.slice(0, 2).toLowerCase()] ??
  ((word) => word);
