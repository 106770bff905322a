/**
 * Words of reaching someone, in the contact group below: with one of {@link PERSON} they make a
 * request for a person (see intents.ts).
 */
export const SPEAK = 'contact*,contat*,call,chat,speak,talk,ligar,llamar,fala*,habla*';

/**
 * Who a shopper asks for when they want a person, in the contact group below and read by the
 * intents. Phrases come before the words they start with: the intents' pattern takes the first
 * that fits, and "atención al cliente" is a request where "atención" alone would leave "cliente".
 * The intents match whole words, so spellings the typo tolerance would catch ("persoa") stay.
 */
export const PERSON =
  'person,someone,anyone,human*,agent*,operator,operador,representative,pessoa,persona,persoa,alguem,alguien,alguen,axente,customer service,customer support,atencion al cliente,atencion ao cliente,atendimento ao cliente,atendiment*,atendente,atencion,servicio al cliente,support,suporte,soporte,sac';

// Built-in customer-service synonym groups, one string per group, in English, Portuguese (Brazil
// and Portugal), Galician and Spanish at once: shoppers mix languages ("o tracking", "el voucher")
// and no entry means something else in another of these languages (false friends such as
// "recibo", "sale", "fecha", "senhor" are left out). Entries are folded and comma separated; each
// is stemmed with the knowledge base's stemmer, so one form per word family is enough in its own
// language. `word*` matches every word starting with `word`, which covers a family in every
// language's stemmer at once (`reembols*`: reembolso, reembolsar, reembolsado). Misspellings
// within the typo tolerance's reach (one edit from 5 letters, two from 8) are not listed. A group
// starting with `~` is light: its words are in almost every question ("my order") and weigh half.
export const BUILTIN_SYNONYMS: readonly string[] = [
  'refund*,reimburs*,money back,money,reembols*,estorn*,dinheir*,dinero,dineiro,cartos',
  'return*,send back,devol*,devuel*,mandar de volta,retorn*',
  'exchang*,swap*,replac*,troca,cambio,substitu*,sustitu*,intercamb*',
  'deliver*,arriv*,ship,dispatch*,sent,courier*,entreg*,cheg*,veio,vem,lleg*,envi*,despach*,expedi*,transportador*,correo*,leave warehouse',
  'receiv*,receb*,recib*',
  'shipping cost,delivery cost,delivery charge,shipping fee,postage,p&p,frete*,portes,gastos envio,coste envio,free shipping,envio gratis,custo envio',
  'cost,pric*,charg*,fee,free,custa,preco*,valor,cuesta,precio*,prezo,gratis,gratuit*,tarifa,taxa,cobra*',
  'track*,trace,where order,onde pedido,onde encomenda,donde pedido,rastre*,seguimient*,seguiment*,localiz*,acompanh*,status,estado pedido',
  '~order*,pedido*,encomend*,compra*,compre,purchas*,bought,buy,paquete,package,parcel,pacote,encarg*',
  'cancel*,anula*,desist*,stop order',
  'pay,paym*,paid,paga*,pago,pix,boleto*,mbway,multibanco,bizum,paypal,card,cartao,tarjeta,tarxeta,credit*,debit*,klarna,transfer*,install*,parcela*,plazos,prestac*,wallet,carteira',
  'discount*,coupon*,vouch*,promo*,descont*,cupom,cupon*,descuent*,codigo promocional,rebajas,saldos,cashback,off',
  'passw*,login,log,senha,palavra passe,contrase*,contrasinal,clave,acced*,acess*,acces*,entrar,iniciar sesion,iniciar sessao',
  'account,profile,conta,cuenta,perfil,regist*,cadastr*,details',
  'forgot*,forget,reset,recover*,esquec*,olvid*,recuper*,redefin*,restablec*',
  'invoic*,receipt,bill,fatura*,factur*,nota fiscal,nf,nfe,nota,comprovante,justificante',
  'size,fit,small*,big,larg*,taman*,talla,medida,pequen*,grande,maior,menor,apertad*,folgad*',
  'warrant*,guarant*,garant*',
  'stock,availab*,estoque,disponi*,esgotad*,agotad*,existencias,sold out,restock,reposic*',
  'hour*,open*,closing,schedul*,horari*,abre,abiert*,aberto,cierra,fechado,cerrado,funcionament*,weekend,sabado,domingo,feriado,festivo,holiday,madrugada,night,noite,noche,pm,am',
  'address*,locat*,endereco,morada,direccion,ubicacion,localizacao,enderezo,sede,headquarters',
  `${SPEAK},phone,telephon*,telefon*,email,whatsapp,${PERSON}`,
  'damag*,broke*,crack*,ripped,torn,scratch*,dent*,danific*,quebr*,avaria*,amass*,trinc*,rachad*,riscad*,estragad*,roto,danad*,rayad*,rasgad*,rompid*',
  'defect*,fault*,problem*,issue,stopped working,repair*,fix,defeit*,falha,falla,avaria*,consert*,repar*,arregl*,parou,despegad*,descol*,soltou',
  'pickup,collect*,click collect,retira*,buscar,recog*,recolha,recoller,levantar,store pickup',
  'store,shop,loja,tienda,tenda,branch,sucursal,filial',
  'abroad,overseas,international,internacional,worldwide,exterior,extranjero,estrangeiro,estranxeiro,europ*,usa,uk,australia,canada',
  'when,long,time,day,soon,quando,prazo,demora*,tempo,dia,cuando,plazo,tarda,tiempo,cando,business days,working days,rapid*,fast,quick*',
  'late,delay*,never arrived,hasnt arrived,atras*,retras*,todavia no llega',
  'gift,present,wrap*,embrulh*,papel presente,regalo,envolver,envoltorio,agasallo',
  'point*,reward*,loyalty,pontos,fidelidade,puntos,fideliz*',
  'privacy,lgpd,gdpr,rgpd,dados,datos',
  'preorder*,pre order,reserv*,pre venda,prevenda,preventa,pre venta,lancament*,lanzamiento,release,launch,coming soon,encarg*',
  'wrong,mistake,errad*,equivoc*,engan*,incorrect*,incorret*',
];
