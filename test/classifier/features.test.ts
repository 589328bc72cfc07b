import { describe, expect, it } from 'vitest';
import { LOCAL_FEATURE_NAMES, localFeatures, ownFeatures } from '../../src/classifier/features.js';
import { stopwordsFor } from '../../src/text/language.js';
import { tokenise } from '../../src/text/words.js';

const english = stopwordsFor('en');

describe('ownFeatures', () => {
  // Seed 004 line 3 (story) and aeb page furniture lines.
  const story =
    'Sir Keir is united with Rishi Sunak, the US, and most recently the EU in pushing for “humanitarian pauses” in the fighting, while supporting Israel’s right to defend itself.';
  const [prose, menu, link, stamp] = ownFeatures([story, 'Contact Us', 'Follow us @NYTopinion | www.nytimes.com', '20.11.2019 10:12'], english);

  it('reads prose as long, stopword-dense and sentence-final', () => {
    expect(prose!.stopwordDensity).toBeGreaterThan(0.3);
    expect(prose!.terminal).toBe(1);
    expect(prose!.goodLike).toBe(1);
    expect(prose!.logWords).toBeCloseTo(Math.log1p(tokenise(story).length));
    expect(prose!.commaRate).toBeGreaterThan(0);
  });

  it('reads menu items as short, capitalised and unpunctuated', () => {
    expect(menu!.capitalShare).toBe(1);
    expect(menu!.terminal).toBe(0);
    expect(menu!.goodLike).toBe(0);
  });

  it('reads a sentence end followed by emoji as a sentence end, a headline ending in an arrow as none', () => {
    // aeb page 52111884: the story's opening sentence ends "… on KLOOK! 🙂".
    const [smiley, arrow] = ownFeatures(
      ['Visitors who booked their tickets through KLOOK came to the theater and have left their reviews of the show on KLOOK! 🙂', 'Check them out below~⬇️'],
      english,
    );
    expect(smiley!.terminal).toBe(1);
    expect(arrow!.terminal).toBe(0);
  });

  it('reads a closing quote as a sentence end in any script, a bracketed label as none', () => {
    // aeb page f105de6e… (a how-to step ending in its quoted menu item) and 85439e26… (a promo label).
    const japanese = stopwordsFor('ja');
    const [step, label] = ownFeatures(['そして表示されるメニューから「その他」→「ファイルの場所を開く」', '【特許出願のご用命はこちらから】'], japanese);
    expect(step!.terminal).toBe(1);
    expect(label!.terminal).toBe(0);
  });

  it('reads the danda as a Hindi sentence end, a headline without it as none', () => {
    // probe r23 (a made-up Hindi news page): a story paragraph and a teaser headline under "ये भी पढ़ें".
    const hindi = stopwordsFor('hi');
    const [sentence, headline] = ownFeatures(
      ['दिल्ली सरकार ने सभी स्कूलों में गर्मी की छुट्टियां पहले ही घोषित कर दी हैं।', 'बिजली की मांग ने तोड़ा रिकॉर्ड, दिल्ली में पीक डिमांड 8,000 मेगावाट के पार'],
      hindi,
    );
    expect(sentence!.terminal).toBe(1);
    expect(headline!.terminal).toBe(0);
  });

  it('counts Thai, written without spaces between words, by its characters: a paragraph is long and good, a menu item short', () => {
    // A made-up Thai news page (probe r23; no development document is Thai): a story paragraph of 3 tokens, 26 words.
    const thai = stopwordsFor('th');
    const [paragraph, menuItem] = ownFeatures(
      ['รฟม. ระบุว่าได้หารือกับกรมการขนส่งทางบก เพื่อเพิ่มเส้นทางรถโดยสารสาธารณะเชื่อมต่อกับสถานีใหม่ทั้งสองแห่งแล้ว', 'หน้าแรก'],
      thai,
    );
    expect(paragraph!.words).toBe(26);
    expect(paragraph!.goodLike).toBe(1);
    expect(menuItem!.words).toBe(2);
    expect(menuItem!.goodLike).toBe(0);
  });

  it('spots link-like text and digits', () => {
    expect(link!.linkLike).toBe(1);
    expect(prose!.linkLike).toBe(0);
    expect(stamp!.digitShare).toBeGreaterThan(0.5);
  });

  it('places paragraphs in the document from 0 to 1', () => {
    expect(prose!.position).toBe(0);
    expect(stamp!.position).toBe(1);
  });

  it("uses the document language's stopwords", () => {
    const german = 'Die Regierung hat am Montag erklärt, dass sie die Steuern nicht erhöhen wird, weil die Wirtschaft schwach ist.';
    const [inGerman] = ownFeatures([german], stopwordsFor('de'));
    const [asEnglish] = ownFeatures([german], english);
    expect(inGerman!.stopwordDensity).toBeGreaterThan(asEnglish!.stopwordDensity);
    expect(inGerman!.goodLike).toBe(1);
  });

  it('marks headline-shaped lines (teasers, headlines) but not sentences or short menu items', () => {
    // aeb page 7a664e40… (a teaser headline), seed 004 line 3 (story), a menu item.
    const [teaser, sentence, item] = ownFeatures(['Why farmers may want to paint their cows with zebra stripes', story, 'Contact Us'], english);
    expect(teaser!.headlineLike).toBe(1);
    expect(sentence!.headlineLike).toBe(0);
    expect(item!.headlineLike).toBe(0);
  });

  it('gives an empty-word line zero densities instead of NaN', () => {
    const [empty] = ownFeatures(['…'], english);
    expect(empty!.stopwordDensity).toBe(0);
    expect(empty!.capitalShare).toBe(0);
  });
});

describe('localFeatures', () => {
  it('gives every paragraph a vector in the declared order, with neighbour averages', () => {
    const own = ownFeatures(['Home', 'News', 'A long sentence of the story that has many of the usual words in it.'], english);
    const vectors = localFeatures(own);
    expect(vectors).toHaveLength(3);
    for (const vector of vectors) expect(vector).toHaveLength(LOCAL_FEATURE_NAMES.length);
    const next1Terminal = LOCAL_FEATURE_NAMES.indexOf('next1.terminal');
    expect(vectors[1]![next1Terminal]).toBe(1);
    expect(vectors[2]![next1Terminal]).toBe(0);
  });
});

describe('localFeatures window means', () => {
  it('equal the naive mean over the neighbours inside the document, the paragraph itself left out', () => {
    const texts = ['Home', 'News', 'A long sentence of the story that has many of the usual words in it.', 'Contact Us', 'Short.', 'Another sentence of the story, with a comma and a full stop.'];
    const own = ownFeatures(texts, english);
    const vectors = localFeatures(own);
    const column = LOCAL_FEATURE_NAMES.indexOf('around2.logWords');
    own.forEach((_, index) => {
      const neighbours = own.filter((__, j) => j !== index && Math.abs(j - index) <= 2);
      const naive = neighbours.reduce((sum, f) => sum + f.logWords, 0) / neighbours.length;
      expect(vectors[index]![column]).toBeCloseTo(naive, 12);
    });
  });
});

describe('ownFeatures: furniture shapes', () => {
  // aeb page 7837c9… (an archive widget), 8b1945… (a kicker), 4a44ab… (a timestamp), and a repeated headline.
  const texts = ['Mesir (42)', 'RANDY ANDY', '20 Nov, 2019 05:47', 'Teachers pack the Statehouse', 'Teachers pack the Statehouse', 'There were wins too.'];
  const [count, kicker, stamp, headline, again, story] = ownFeatures(texts, english);

  it('spots a bare count at the end of a label', () => {
    expect(count!.countSuffix).toBe(1);
    expect(story!.countSuffix).toBe(0);
  });

  it('measures the share of upper-case letters', () => {
    expect(kicker!.upperShare).toBe(1);
    expect(story!.upperShare).toBeLessThan(0.1);
  });

  it('spots dates and clock times', () => {
    expect(stamp!.dateLike).toBe(1);
    expect(story!.dateLike).toBe(0);
  });

  it('marks text that occurs twice in the document', () => {
    expect(headline!.repeated).toBe(1);
    expect(again!.repeated).toBe(1);
    expect(story!.repeated).toBe(0);
  });
});

describe('ownFeatures: character shares count code points as the Unicode patterns do', () => {
  // Astral letters (𝐀 is upper case), lone surrogates, Arabic-Indic and full-width digits, Greek, curly quotes.
  const texts = ['𝐀𝐁c 𝑥 ٣٤ ４２ ΑΒγ “Quoted” ½ Ⅻ', 'lone \ud800 and \udc00 surrogates, 12', '', 'ALL CAPS 2019', 'ǅ ß İstanbul Ǆ'];
  const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

  it.each(texts)('%j', (text) => {
    const [features] = ownFeatures([text], english);
    expect(features!.digitShare).toBe(count(text, /\p{N}/gu) / Math.max(1, text.length));
    expect(features!.upperShare).toBe(count(text, /\p{Lu}/gu) / Math.max(1, count(text, /\p{L}/gu)));
  });
});
