import { describe, expect, it } from 'vitest';
import { classifyParagraphs } from '../../src/classifier/classify.js';
import { fitLogistic } from '../../src/classifier/fit.js';
import { scoreVector } from '../../src/classifier/logistic.js';
import { distanceToBlock, mainBlock } from '../../src/classifier/main-block.js';
import { shippedModel } from '../../src/classifier/model.js';
import { defaultOptions } from '../../src/options.js';

describe('mainBlock', () => {
  it('finds the densest run of story paragraphs, across a short junk line inside it', () => {
    const p = [0.9, 0.95, 0.1, 0.2, 0.7, 0.1, 0.05, 0.9, 0.99];
    const words = p.map(() => Math.log1p(20));
    expect(mainBlock(p, words)).toEqual({ start: 2, end: 7 });
    expect(distanceToBlock({ start: 2, end: 7 }, 0)).toBe(2);
    expect(distanceToBlock({ start: 2, end: 7 }, 4)).toBe(0);
    expect(distanceToBlock({ start: 2, end: 7 }, 8)).toBe(2);
  });

  it('is empty when nothing looks like story', () => {
    expect(mainBlock([0.9, 0.8], [1, 1])).toEqual({ start: 0, end: 0 });
  });
});

describe('fitLogistic', () => {
  it('learns a separable rule and is deterministic', () => {
    const rows = [[0], [1], [2], [3], [7], [8], [9], [10]];
    const labels = [0, 0, 0, 0, 1, 1, 1, 1];
    const input = { names: ['x'], rows, labels, weights: rows.map(() => 1), l2: 0.1, iterations: 10 };
    const model = fitLogistic(input);
    expect(scoreVector(model, [0])).toBeLessThan(0.2);
    expect(scoreVector(model, [10])).toBeGreaterThan(0.8);
    expect(fitLogistic(input)).toEqual(model);
  });
});

describe('classifyParagraphs with the shipped model', () => {
  const options = {
    threshold: shippedModel().threshold,
    uncertainMargin: defaultOptions.cleaning.uncertainMargin,
    shortWords: defaultOptions.cleaning.shortWords,
    mainBlockThreshold: defaultOptions.cleaning.mainBlockThreshold,
    proseThreshold: defaultOptions.cleaning.proseThreshold,
    minKeptWords: defaultOptions.cleaning.minKeptWords,
    minKeptShare: defaultOptions.cleaning.minKeptShare,
  };
  // Seed 004 lines 97–101 (a short sentence closing a run of story) between aeb-style menus.
  const story = [
    'I was in the Oval Office when the prime minister procured a personal letter from his jacket pocket from the King inviting President Trump for a second state visit.',
    'Mr Trump was genuinely delighted as he read the letter, marvelled at King Charles’s signature and pointed out that this was the first time in history that anyone had been afforded such an “incredible” honour.',
    'The prime minister also brought something to the table for a president that loves a deal.',
    'There were wins too.',
    'The decision to lift defence spending to 2.5% of GDP by 2027 went down extremely well on Capitol Hill with Republicans and signalled to President Trump that the UK was an ally that had heeded his message on defence spending.',
  ];
  const menu = ['Home', 'World', 'Politics', 'Business', 'Sports', 'Opinion'];

  it('keeps the story, its short sentence included, and removes the menus around it', () => {
    const judgements = classifyParagraphs([...menu, ...story, ...menu], 'en', shippedModel(), options);
    const kept = judgements.map((j) => !j.boilerplate);
    expect(kept.slice(menu.length, menu.length + story.length).every(Boolean)).toBe(true);
    expect(kept.slice(0, menu.length).filter(Boolean).length).toBeLessThanOrEqual(1);
    expect(kept.slice(menu.length + story.length).filter(Boolean).length).toBeLessThanOrEqual(1);
  });

  it('gives every paragraph a probability in [0, 1]', () => {
    for (const judgement of classifyParagraphs(story, 'en', shippedModel(), options)) {
      expect(judgement.probability).toBeGreaterThanOrEqual(0);
      expect(judgement.probability).toBeLessThanOrEqual(1);
    }
  });

  it('keeps a data table beside the story (aeb 6a72de37… snap counts) and still drops a menu of words', () => {
    const table = ['Pos', 'Player', 'Plays', 'DL', 'Larry Ogunjobi', '63', '85%', 'DL', 'Myles Garrett', '57', '77%', 'DL', 'Chad Thomas', '57', '77%'];
    const texts = [...menu, story[0]!, ...table, story[4]!, ...menu];
    const judgements = classifyParagraphs(texts, 'en', shippedModel(), options);
    const first = menu.length + 1;
    expect(judgements.slice(first, first + table.length).every((j) => !j.boilerplate)).toBe(true);
    expect(judgements.slice(first, first + table.length).some((j) => j.revision?.includes('data table'))).toBe(true);
    expect(judgements.slice(0, menu.length - 3).every((j) => j.boilerplate)).toBe(true);
  });

  it.each([
    {
      name: 'a list whose every row holds a number after the prose that introduces it (aeb ac1bfdd4… tour dates)',
      rows: [
        'July 30 – Noblesville, IN @ Ruoff Home Mortgage Music Center',
        'August 2 – Clarkston, MI @ DTE Energy Music Theatre',
        'August 8 – Tinley Park, IL @ Hollywood Casino Amphitheatre – Chicago',
        'August 14 – St. Louis, MO @ Hollywood Casino Amphitheatre – St. Louis',
        'August 30 – Denver, CO @ Pepsi Center',
        'September 2 – Salt Lake City, UT @ USANA Amphitheatre',
      ],
    },
    {
      name: 'tour dates whose rows read as dated bylines: the data revision has the last word',
      rows: [
        'November 19, 2019 – Madison Square Garden, New York',
        'November 22, 2019 – TD Garden, Boston',
        'November 25, 2019 – Wells Fargo Center, Philadelphia',
        'November 29, 2019 – Capital One Arena, Washington',
        'December 3, 2019 – United Center, Chicago',
        'December 6, 2019 – Xcel Energy Center, Saint Paul',
      ],
    },
  ])('keeps $name', ({ rows }) => {
    const texts = [...menu, ...story, ...rows, ...menu];
    const judgements = classifyParagraphs(texts, 'en', shippedModel(), options);
    const first = menu.length + story.length;
    expect(judgements.slice(first, first + rows.length).every((j) => !j.boilerplate)).toBe(true);
  });

  it('judges each page of a file of several pages alone: the next page’s menus are not inside one story', () => {
    // A scraper that follows "next story" links writes two pages one after another (made-up text).
    const tortoises = [
      'Scientists have discovered a new species of giant tortoise on the Galápagos Islands, the Ecuadorian government said on Wednesday.',
      'Genetic tests showed the animals, found on the eastern side of Santa Cruz island, differ from the species that lives on the western side.',
      'The new species has been named in honour of a park ranger who worked for more than forty years to protect the tortoises there.',
      'Researchers said there were about two thousand of the animals left, and that their numbers had grown over the past decade.',
    ];
    const texts = [...story, ...menu, ...tortoises];
    const judgements = classifyParagraphs(texts, 'en', shippedModel(), options, [], undefined, [story.length]);
    // Read as one page, the story would run from the first story's lead to the second story's end, menus and all.
    expect(judgements.slice(story.length, story.length + menu.length).every((j) => j.boilerplate)).toBe(true);
    expect(judgements.filter((j) => !j.boilerplate)).toHaveLength(story.length + tortoises.length);
  });

  it('reads a Japanese how-to as prose: its steps that end a sentence stay (aeb page f105de6e…)', () => {
    // A `\w+` token of unspaced text is a whole clause, so these steps looked as short as menu items.
    const lines = [
      'サイトマップ',
      'プライバシーポリシー',
      '免責事項',
      'お問い合わせ',
      'ソフトウェア一般',
      'Home ›',
      'ソフトウェア ›',
      'ソフトウェア一般 ›',
      'Kindle書籍を読む場合は、一般的にスマホやタブレットなどのモバイル端末で読むことが多いと思いますが、何か書籍で調べながら作業をする場合など、パソコンでそのまま読みたい時もあります。',
      'そんな用途を考慮してか、Kindleや楽天koboにはデスクトップアプリが用意されています。今回はそのKindleデスクトップアプリKindle for PCに関する話。',
      'Kindle for PCの起動ホットキーがKeePassと被る',
      'さて、このKindle for PC、Amazonがあまり力を入れていないのか操作性などあまりよくありません。設定で変更できる箇所も少なく、融通が効かない面も多々あります。',
      '特に困ったのが、起動ショートカットキーに関する設定。',
      'Kindle for PCをインストールすると自動でホットキーが設定され、「Ctrl＋Alt＋K」で立ち上がるようになります。',
      'これが非常に困ったもの。',
      '何が困るかといえば、パスワード管理ソフトKeePassの起動ショートカットキーと同じなのです。',
      'このご時世パスワードの強化は非常に重要なことであり、日に日に増えていくそのパスワード群を管理するにはパスワード管理ソフトの存在は不可欠。自分はずっとKeePassを愛用しています。',
      '使わない時はタスクバーに格納しておき、Ctrl＋Alt＋Kでいつでも呼び出せるようにしていました。ところがKindle for PCをインストールすると、同じ操作をするたびにKindleが立ち上がってしまいます。迷惑なことこの上なし。',
      'しかもKindle for PCの設定画面からでは、このショートカットキーの設定を変更することができません。',
      '困った挙げ句、色々調べた結果、別の方法でこの設定を変更することにしました。',
      'Ctrl＋Alt＋Kで',
      '以下、その手順。',
      'Windows10での操作方法です。',
      'まずスタートメーニューからkindleのプログラムを探し、右クリック。',
      'そして表示されるメニューから「その他」→「ファイルの場所を開く」',
      '開かれたフォルダの中にあるKindleのショートカットアイコンを右クリック。',
      '表示されるメニューから「プロパティ」をクリック。',
      'ショートカットタブを開き、ショートカットの欄を',
      '「なし」にして下の「適用」をクリック。',
      '再起動して完了',
      'ショートカットの欄を空欄にしただけでは、Kindle for PCがショートカットで起動しなくなるだけです。再びKeePassが起動するようになるには、一度PCを再起動する必要があります。',
      'これでようやく元の操作性を取り戻せました。',
      'スポンサードリンク',
      'タグ: ソフトウェア',
      '関連記事',
      '2ちゃん専ブラJane Styleで選択したテキストを右クリックからGoogle検索する方法',
      'WordPressの記事更新にWindows Live Writerを試してみる',
      'クリップボード拡張ソフトClibor1.3.0が公開されていたのでバージョンアップしてみた',
      'FTPクライアントWinSCP Portableの5.1と日本語ファイルが公開されていたので日本語化',
      'Adobe Acrobat9を新しいパソコンにインストールしたらライセンス認証できなかった問題を解決',
      'Open SSL脆弱性問題の対策を施したFTPクライアントソフトWinSCPポータブル版ver5.5.3が配布されていたのでアップデートする',
      'Speccyのportable版',
      'セキュリティソフトEset Smart security V9をInternet Security V10へアップデートしてみる',
    ];
    const judgements = classifyParagraphs(lines, 'ja', shippedModel(), options);
    const kept = (text: string) => !judgements[lines.indexOf(text)]!.boilerplate;
    expect(kept('開かれたフォルダの中にあるKindleのショートカットアイコンを右クリック。')).toBe(true);
    expect(kept('表示されるメニューから「プロパティ」をクリック。')).toBe(true);
    expect(kept('これでようやく元の操作性を取り戻せました。')).toBe(true);
    expect(kept('関連記事')).toBe(false);
    expect(kept('WordPressの記事更新にWindows Live Writerを試してみる')).toBe(false);
  });

  it('never empties a document', () => {
    const judgements = classifyParagraphs(['Pos.', 'Piloto', 'Pontos', '1', 'Kyle Busch', '5040'], 'pt', shippedModel(), options);
    expect(judgements.some((j) => !j.boilerplate)).toBe(true);
  });
});
