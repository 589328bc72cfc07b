import { describe, expect, it } from 'vitest';
import { ownFeatures } from '../../src/classifier/features.js';
import { proseShapes } from '../../src/classifier/prose.js';
import { stopwordsFor } from '../../src/text/language.js';

describe('proseShapes', () => {
  // Real lines: aeb page f105de6e… (a Japanese how-to), 95301fb7… (a breadcrumb), 51d066b0… (a teaser), seed 004;
  // the Thai ones from a made-up news page (no development document is Thai): a story paragraph, a menu item.
  const cases = [
    {
      text: 'รฟม. ระบุว่าได้หารือกับกรมการขนส่งทางบก เพื่อเพิ่มเส้นทางรถโดยสารสาธารณะเชื่อมต่อกับสถานีใหม่ทั้งสองแห่งแล้ว',
      language: 'th',
      words: 26,
      good: true,
      prose: true,
    },
    { text: 'หน้าแรก', language: 'th', words: 2, good: false, prose: false },
    { text: '開かれたフォルダの中にあるKindleのショートカットアイコンを右クリック。', language: 'ja', words: 15, good: true, prose: true },
    { text: 'そして表示されるメニューから「その他」→「ファイルの場所を開く」', language: 'ja', words: 13, good: true, prose: true },
    { text: '再起動して完了', language: 'ja', words: 4, good: false, prose: false },
    { text: 'サイトマップ', language: 'ja', words: 3, good: false, prose: false },
    { text: 'Home » Сolumn »', language: 'en', words: 2, good: false, prose: false },
    { text: 'There were wins too.', language: 'en', words: 4, good: false, prose: false },
    {
      text: 'The prime minister also brought something to the table for a president that loves a deal.',
      language: 'en',
      words: 16,
      good: true,
      prose: true,
    },
    { text: 'Fort Worth May Dry Human Waste and Sell It as Fertilizer', language: 'en', words: 11, good: true, prose: false },
  ] as const;

  it.each(cases)('$text: $words words, good $good, prose $prose', ({ text, language, words, good, prose }) => {
    const [shape] = proseShapes([text], ownFeatures([text], stopwordsFor(language)));
    expect(shape).toMatchObject({ words, good, prose });
  });
});
