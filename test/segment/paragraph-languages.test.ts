import { describe, expect, it } from 'vitest';
import { wordTokens } from '../../src/cohesion/terms.js';
import { paragraphLanguages } from '../../src/segment/paragraph-languages.js';
import { stopwordsFor, type LanguageCode } from '../../src/text/language.js';

/**
 * paragraphLanguages looks each token up once in a map of every switchable language's stopwords.
 * The reference below checks each language's list in turn, as documented: a paragraph with at
 * least 3 stopword hits in some language tells its language, else it keeps the one before it. It
 * switches to another language when, counting only the stopwords one of the two languages lacks,
 * that language has at least 2 hits and twice the document language's (every hit and at least 3
 * when the document's language has no stemmer, "ja", "und"); the most hits win, ties going to the
 * earlier language.
 */
const SWITCHABLE: readonly LanguageCode[] = ['en', 'de', 'es', 'fr', 'it', 'nl', 'no', 'pt', 'ru', 'sv'];

function reference(paragraphs: readonly string[], documentLanguage: LanguageCode): LanguageCode[] {
  const inList = (token: string, code: LanguageCode) => stopwordsFor(code).has(token);
  const switchable = SWITCHABLE.includes(documentLanguage);
  let previous = documentLanguage;
  return paragraphs.map((text) => {
    const tokens = wordTokens(text).map((token) => token.toLowerCase());
    const hits = (code: LanguageCode) => tokens.filter((token) => inList(token, code)).length;
    const own = hits(documentLanguage);
    if (Math.max(own, ...SWITCHABLE.map(hits)) < 3) return previous;
    let best: { code: LanguageCode; hits: number } | null = null;
    for (const code of SWITCHABLE) {
      if (code === documentLanguage) continue;
      const [mine, theirs, least] = switchable
        ? [tokens.filter((t) => inList(t, code) && !inList(t, documentLanguage)).length, tokens.filter((t) => inList(t, documentLanguage) && !inList(t, code)).length, 2]
        : [hits(code), own, 3];
      if (mine >= least && mine >= 2 * theirs && (best === null || mine > best.hits)) best = { code, hits: mine };
    }
    previous = best?.code ?? documentLanguage;
    return previous;
  });
}

const paragraphs = [
  'The minister said on Friday that the vote would be delayed until the end of the month.',
  'Der Minister sagte am Freitag, dass die Abstimmung bis zum Ende des Monats verschoben werde.',
  'Le ministre a déclaré vendredi que le vote serait reporté à la fin du mois.',
  'Results',
  'El ministro dijo el viernes que la votación se aplazaría hasta el final del mes.',
  'Министр заявил в пятницу, что голосование будет отложено до конца месяца.',
  'O ministro disse na sexta-feira que a votação seria adiada até o fim do mês.',
  'De minister zei vrijdag dat de stemming tot het einde van de maand wordt uitgesteld.',
  'Ministeren sa på fredag at avstemningen blir utsatt til slutten av måneden.',
  'Il ministro ha detto venerdì che il voto sarebbe stato rinviato alla fine del mese.',
  'I AM IN THE CAPITALS OF A SHOUTED LINE AND THE WORDS ARE STILL ENGLISH',
];

describe('paragraphLanguages', () => {
  for (const language of ['en', 'de', 'fr', 'ru', 'ja', 'und'] as const) {
    it(`agrees with checking each stopword list in turn (document language ${language})`, () => {
      expect(paragraphLanguages(paragraphs, language)).toEqual(reference(paragraphs, language));
    });
  }

  it('tells the languages of a glued multilingual page, though the English list holds "o", "que", "at" and "til" (counted, the Portuguese and Norwegian lines fell short of twice the English hits)', () => {
    expect(paragraphLanguages(paragraphs, 'en')).toEqual(['en', 'de', 'fr', 'fr', 'es', 'ru', 'pt', 'nl', 'no', 'it', 'en']);
  });

  it('tells a Spanish story glued after a French one, though the French list holds "ha", "dos" and "y"', () => {
    const glued = [
      "Le projet de loi de finances pour 2025, présenté jeudi en conseil des ministres, prévoit 40 milliards d'euros d'économies.",
      'La ministra de Trabajo ha destacado que la medida beneficiará a más de dos millones de trabajadores, especialmente mujeres y jóvenes.',
    ];
    expect(paragraphLanguages(glued, 'fr')).toEqual(['fr', 'es']);
  });

  it('gives a paragraph in another script than the document that script\'s language, Japanese told from Chinese by its kana (aeb train joins: a Japanese story between two German ones)', () => {
    const glued = [
      'Am 12. bis 13. September startet wieder die DMEXCO 2018 in Köln, und comwrap ist mit dabei.',
      'Auf Europas größter Expo und Conference für die Digitalbranche werden mehr als 40.000 Besucher erwartet.',
      'Kindle書籍を読む場合は、一般的にスマホやタブレットなどのモバイル端末で読むことが多いと思います。',
      '苹果公司周二发布了新款手机，售价与去年的型号持平，市场反应平淡。',
      '정덕현 칼럼니스트는 이번 드라마가 시청자들의 공감을 얻은 이유를 분석했다.',
      'Die Digitalisierung als Wachstumstreiber zieht sich bereits heute durch fast alle Branchen und Bereiche.',
    ];
    expect(paragraphLanguages(glued, 'de')).toEqual(['de', 'de', 'ja', 'zh', 'ko', 'de']);
  });

  it('leaves a document in its own script to the stopwords, and a short foreign name in a line alone', () => {
    const japanese = ['東京都の知事選挙で、新しい候補者が立候補を表明しました。', '選挙は来月に行われる予定で、有権者の関心が高まっています。'];
    expect(paragraphLanguages(japanese, 'ja')).toEqual(['ja', 'ja']);
    expect(paragraphLanguages(['The film, 東京物語, opened in London on Friday to warm reviews from critics.'], 'en')).toEqual(['en']);
  });
});

