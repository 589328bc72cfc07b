import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultOptions, type CleaningOptions } from '../../src/options.js';
import { applyRules, cleanDocument } from '../../src/stages/clean.js';
import type { LanguageCode } from '../../src/text/language.js';
import { normaliseText } from '../../src/stages/normalise.js';
import type { CleanedDocument, NormalisedDocument } from '../../src/types.js';
import type { RuleNeighbourhood } from '../../src/classifier/features.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const seedsDir = path.resolve(repoRoot, '../shared/seeds');
const haveSeeds = existsSync(path.join(seedsDir, 'gold.json'));

interface SeedGold {
  metadata: Record<string, string>;
  articles: Array<{ lines: number[] }>;
  boilerplate: Record<string, string>;
}

function clean(text: string, options: Partial<CleaningOptions> = {}): CleanedDocument {
  return cleanDocument(normaliseText(text), { ...defaultOptions.cleaning, ...options });
}

function keptLines(doc: CleanedDocument): Set<number> {
  const lines = new Set<number>();
  for (const p of doc.paragraphs) for (let l = p.firstLine; l <= p.lastLine; l++) lines.add(l);
  return lines;
}

function boilerplateLines(gold: SeedGold): number[] {
  return Object.keys(gold.boilerplate).flatMap((range) => {
    const [from, to = from] = range.split('-').map(Number) as [number, number?];
    return Array.from({ length: to! - from + 1 }, (_, i) => from + i);
  });
}

describe.skipIf(!haveSeeds)('cleanDocument on the seeds (../shared/seeds/gold.json)', () => {
  const gold = haveSeeds ? (JSON.parse(readFileSync(path.join(seedsDir, 'gold.json'), 'utf8')) as Record<string, SeedGold>) : {};
  const seeds = Object.entries(gold).map(([file, g]) => [file, g, readFileSync(path.join(seedsDir, file), 'utf8')] as const);

  it.each(seeds)('%s: keeps every gold content line', (_file, g, text) => {
    const kept = keptLines(clean(text));
    const lost = g.articles.flatMap((a) => a.lines).filter((line) => !kept.has(line));
    expect(lost).toEqual([]);
  });

  it.each(seeds)('%s: removes every gold boilerplate line, each with a reason', (_file, g, text) => {
    const doc = clean(text);
    const kept = keptLines(doc);
    expect(boilerplateLines(g).filter((line) => kept.has(line))).toEqual([]);
    for (const line of boilerplateLines(g)) {
      const why = doc.messages.find((m) => m.stage === 'clean' && m.line <= line && m.endLine >= line);
      expect(why?.reason, `line ${line}`).toBeTruthy();
    }
  });

  it.each(seeds)('%s: reads the metadata of header lines', (_file, g, text) => {
    expect(clean(text).metadata).toEqual(g.metadata);
  });

  it('names the rules of seed 004: consent blocks, video blocks, captions, related links', () => {
    const text = readFileSync(path.join(seedsDir, '004_e9497fc9ce15acb8.txt'), 'utf8');
    const byLine = new Map(clean(text).messages.map((m) => [m.line, m]));
    expect(byLine.get(9)).toMatchObject({ ruleId: 'embed-consent', endLine: 15 });
    expect(byLine.get(102)).toMatchObject({ ruleId: 'embed-consent', endLine: 108 });
    expect(byLine.get(86)).toMatchObject({ ruleId: 'video-block', endLine: 88 });
    expect(byLine.get(60)).toMatchObject({ ruleId: 'image-caption', category: 'caption' });
    expect(byLine.get(67)).toMatchObject({ ruleId: 'source-credit' });
    expect(byLine.get(83)).toMatchObject({ ruleId: 'related-links' });
  });

  it('keeps captions with keepCaptions, and still removes the rest', () => {
    const text = readFileSync(path.join(seedsDir, '004_e9497fc9ce15acb8.txt'), 'utf8');
    const kept = keptLines(clean(text, { keepCaptions: true }));
    expect([60, 67, 134].every((line) => kept.has(line))).toBe(true);
    expect(kept.has(10)).toBe(false);
  });

  it('reports removal gaps where paragraphs went', () => {
    const text = readFileSync(path.join(seedsDir, '004_e9497fc9ce15acb8.txt'), 'utf8');
    const doc = clean(text);
    const line16 = doc.paragraphs.findIndex((p) => p.firstLine === 16);
    expect(doc.removalGaps).toContain(line16);
    expect(doc.removalGaps).not.toContain(1);
  });

  it('trims the date header and the flattened widget of seed 000 line 1 as span and metadata messages', () => {
    const text = readFileSync(path.join(seedsDir, '000_db37e839a3b2f4ed.txt'), 'utf8');
    const messages = clean(text).messages.filter((m) => m.line === 1);
    expect(messages.map((m) => [m.action, m.ruleId])).toEqual([
      ['metadata', 'date-header'],
      ['remove-span', 'newsletter-widget'],
    ]);
    expect(messages[1]!.column).toBe(17);
  });
});

describe('span rules', () => {
  it('cut every occurrence of their span, each message at its column in the normalised paragraph', () => {
    const sentence =
      'TOKYO, May 2 (Reuters) - Nippon Steel (5401.T), opens new tab has pushed back the closing of its acquisition of United States Steel (X.N), opens new tab to the end of June, two people familiar with the matter said.';
    const doc = clean(`${sentence}\n${sentence.replace('TOKYO', 'OSAKA')}`, { classifier: false });
    expect(doc.paragraphs[0]!.text).toBe(
      'TOKYO, May 2 (Reuters) - Nippon Steel (5401.T) has pushed back the closing of its acquisition of United States Steel (X.N) to the end of June, two people familiar with the matter said.',
    );
    const cuts = doc.messages.filter((m) => m.line === 1 && m.action === 'remove-span');
    expect(cuts.map((m) => [m.ruleId, m.column])).toEqual([
      ['link-annotation', sentence.indexOf(', opens new tab') + 1],
      ['link-annotation', sentence.lastIndexOf(', opens new tab') + 1],
    ]);
  });
});

describe('cleanDocument options and languages', () => {
  const story = [
    'The council approved the new budget on Tuesday after a long debate about school funding and road repairs.',
    'Advertisement',
    'Opposition members said the plan would leave the poorest districts without the money they were promised last year.',
  ].join('\n');

  it('disables a rule by id', () => {
    const kept = clean(story, { rules: { disable: ['advertisement'], add: [] }, classifier: false }).paragraphs.map((p) => p.text);
    expect(kept).toContain('Advertisement');
  });

  it('adds a user line rule with its id and category', () => {
    const add = [{ id: 'house-promo', category: 'promo', description: 'our promo', pattern: '^Opposition members' }];
    const doc = clean(story, { rules: { disable: [], add }, classifier: false });
    expect(doc.messages.find((m) => m.ruleId === 'house-promo')).toMatchObject({ category: 'promo', line: 3 });
  });

  it('never deletes a whole non-English article, and English-only rules stand aside', () => {
    const german = [
      'Die Bundesregierung hat am Dienstag einen neuen Haushalt beschlossen, der vor allem mehr Geld für Schulen vorsieht.',
      'Related Topics:',
      'Die Opposition kritisierte, dass die ärmsten Regionen weiterhin nicht das versprochene Geld bekommen würden.',
      'Der Finanzminister verteidigte den Plan und sagte, man müsse die Schuldenbremse einhalten.',
    ].join('\n');
    const doc = clean(german);
    expect(doc.paragraphs.length).toBeGreaterThanOrEqual(3);
    expect(doc.messages.some((m) => m.ruleId === 'related-links')).toBe(false);
  });
});

/** Lines from the seeds and aeb furniture, mixed at random into documents. */
const LINE_POOL = [
  'Sir Keir Starmer is under growing pressure to call for a ceasefire in Gaza after a string of senior Labour figures broke ranks to challenge his stance.',
  'There were wins too.',
  'Ministers also resist ceasefire pressure',
  'Twitter',
  'This content is provided by Twitter, which may be using cookies and other technologies.',
  'To show you this content, we need your permission to use cookies.',
  'Please use Chrome browser for a more accessible video player',
  '3:39',
  'Image: Parents and children lay out cuddly toys across the entrance to the Foreign Office in London',
  'Hong Kong Cyberport hosts AI summit. Source: Cyberport',
  'date 2023-10-27 Sign up to our free breaking news emails Please enter a valid email address SIGN UP Read our privacy notice',
  'Advertisement',
  'Share this:',
  'Home',
  '“Let me be clear: that means a ceasefire right now.”',
  '',
  '   ',
];

function coveredByMessage(doc: CleanedDocument, line: number): boolean {
  return doc.messages.some((m) => m.stage === 'clean' && m.line <= line && m.endLine >= line);
}

describe('cleanDocument properties', () => {
  it('never invents text, and every paragraph is kept or removed with a reason', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LINE_POOL), { maxLength: 30 }), fc.boolean(), (lines, blankLineStyle) => {
        const text = lines.join(blankLineStyle ? '\n\n' : '\n');
        const normalised: NormalisedDocument = normaliseText(text);
        const doc = cleanDocument(normalised, defaultOptions.cleaning);
        const inputByLine = new Map(normalised.paragraphs.map((p) => [p.firstLine, p.text]));
        for (const p of doc.paragraphs) {
          expect(inputByLine.get(p.firstLine)).toContain(p.text);
        }
        const keptFirstLines = new Set(doc.paragraphs.map((p) => p.firstLine));
        for (const p of normalised.paragraphs) {
          expect(keptFirstLines.has(p.firstLine) || coveredByMessage(doc, p.firstLine)).toBe(true);
        }
        for (const m of doc.messages.filter((message) => message.stage === 'clean')) {
          expect(m.reason.length).toBeGreaterThan(0);
          expect(m.line).toBeLessThanOrEqual(m.endLine);
          if (m.ruleId === 'classifier') expect(m.score).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 150, seed: 4 },
    );
  });
});

describe('comment-thread cut', () => {
  // Shaped like aeb page 8e3efab5… (a story, share links, then "34 responses to …" and the thread).
  const story = [
    'Chargers coach Anthony Lynn recognizes that his team’s playoff hopes are somewhere between slim and none after the loss on Monday night.',
    'Lynn said after the game that the Chargers saw winning Monday night as the most important thing they could do this season.',
    '“We talked all along about everything we wanted was still in front of us,” Lynn said to the reporters who were waiting for him.',
  ];
  const thread = ['34 responses to “Anthony Lynn: “We needed to win this game””', 'joetoronto says:', 'It’s time for both Chargers fans to come to grips with reality, it’s over yet again for this team.'];

  it('removes the thread after a comments heading that follows the story, naming the heading', () => {
    const doc = clean([...story, ...thread].join('\n'));
    expect(doc.paragraphs.map((p) => p.text)).toEqual(story);
    const cut = doc.messages.find((m) => m.ruleId === 'comment-thread');
    expect(cut?.reason).toBe('after the comments heading at line 4');
  });

  it('does not cut at a "Comments" link above the story', () => {
    const doc = clean(['Facebook', 'Comments', 'Email', ...story].join('\n'), { classifier: false });
    expect(doc.paragraphs.map((p) => p.text)).toEqual(story);
  });

  it('starts the thread at the later copy of a comments heading printed twice within 3 paragraphs', () => {
    // aeb container f5c90a6d… (train): a "Comments" link above the story's last paragraph, then the heading.
    const last =
      'When Democratic inquisitors are reduced to lecturing the nation that “hearsay can be much better evidence than direct” testimony, the public is tiring of the show.';
    const doc = clean([...story, 'Comments', last, 'Comments', 'Something to Consider', 'LEARN MORE'].join('\n'), { classifier: false });
    expect(doc.paragraphs.map((p) => p.text)).toEqual([...story, last]);
    expect(doc.messages.find((m) => m.ruleId === 'comment-thread')?.reason).toBe('after the comments heading at line 6');
  });

  it('can be switched off', () => {
    const doc = clean([...story, ...thread].join('\n'), { cutCommentThreads: false, classifier: false });
    expect(doc.messages.some((m) => m.ruleId === 'comment-thread')).toBe(false);
  });
});

describe('files of several pages', () => {
  /** The rules' pass over lines a scraper wrote one after another, cleaned in `language`. */
  const rulesOverPages = (lines: readonly string[], language: LanguageCode) => applyRules(normaliseText(lines.join('\n')), defaultOptions.cleaning, language);
  // Two pages one after the other, as a scraper that follows "next story" links writes them.
  const first = [
    'Skip to main content',
    'Chargers coach Anthony Lynn recognizes that his team’s playoff hopes are somewhere between slim and none after the loss on Monday night.',
    'Lynn said after the game that the Chargers saw winning Monday night as the most important thing they could do this season.',
    '34 responses to “Anthony Lynn: “We needed to win this game””',
    'joetoronto says:',
    'It’s time for both Chargers fans to come to grips with reality, it’s over yet again for this team.',
  ];
  const second = [
    'Skip to main content',
    'Severe flood warnings have been issued for parts of Scotland as Storm Babet brings torrential rain and strong winds.',
    'The Met Office has issued a rare red warning for rain in Angus and Aberdeenshire, meaning there is a danger to life.',
  ];

  it('ends the comment thread at the next page’s skip link and starts a page there', () => {
    const pass = rulesOverPages([...first, ...second], 'en');
    const texts = pass.survivors.map((s) => s.text);
    expect(texts).toEqual([first[1], first[2], second[1], second[2]]);
    expect(pass.pageStarts).toEqual([2]);
  });

  it('starts a page at the other wordings of a skip link', () => {
    // The Sun's pages open "Jump directly to the content" (aeb train, glued-page-1-51: the story under it was lost).
    for (const link of ['Jump directly to the content', 'Skip to Article', 'Skip Navigation']) {
      const pass = rulesOverPages([...first, link, ...second.slice(1)], 'en');
      expect(pass.pageStarts).toEqual([2]);
    }
  });

  it('starts a page at a skip link in another language', () => {
    // Two German pages, as a scraper following a German site's "next story" links writes them (made up, probe r26's template).
    const germanFirst = [
      'Zum Inhalt springen',
      'Die Bundesregierung will den Ausbau der Stromnetze beschleunigen und dafür die Genehmigungsverfahren für neue Leitungen deutlich verkürzen.',
      'Wirtschaftsminister Robert Habeck sagte am Mittwoch in Berlin, ohne neue Leitungen könne der Strom aus dem Norden nicht in den Süden fließen.',
      'Die Länder sollen dafür mehr Personal in ihren Behörden einsetzen, und gegen die Pläne sollen Klagen nur noch in einer Instanz möglich sein.',
    ];
    const germanSecond = [
      'Zum Inhalt springen',
      'Die Deutsche Bahn hat im vergangenen Jahr so viele Fahrgäste befördert wie nie zuvor, ist aber so unpünktlich gewesen wie seit Jahren nicht.',
      'Nur knapp zwei Drittel der Fernzüge erreichten ihr Ziel pünktlich, teilte das Unternehmen am Donnerstag in Berlin mit.',
    ];
    const pass = rulesOverPages([...germanFirst, ...germanSecond], 'de');
    expect(pass.survivors.map((s) => s.text)).toEqual([...germanFirst.slice(1), ...germanSecond.slice(1)]);
    expect(pass.pageStarts).toEqual([3]);
  });

  it('counts a story’s prose in its own language, so a page can start after it in a file cleaned in another', () => {
    // glued-page-1-17's shape (aeb train pages, `eval --glue-pages`): an English story, its footer, then a Portuguese page.
    const english = [
      'Gaming used to be so simple. We would buy a game, sit down in front of a console and play it to the end, and that was all there was to it.',
      'Now we spend money over and over on virtual perks, and we play on phones and tablets while we talk with friends who live far away from us.',
      'The companies that make the games have noticed, and they are selling subscriptions to whole libraries of games for a monthly fee.',
    ];
    const portuguese = [
      'Prefeitura anuncia nova linha de ônibus entre o centro e o aeroporto',
      'A prefeitura anunciou nesta terça-feira uma nova linha de ônibus entre o centro da cidade e o aeroporto, que deve começar a funcionar em março.',
      'Segundo a secretaria de transportes, os ônibus vão passar a cada vinte minutos durante o dia e a cada meia hora durante a noite.',
      'A tarifa será a mesma das outras linhas da cidade, e os passageiros poderão usar o cartão de transporte para pagar a viagem.',
      'Os moradores dos bairros do caminho pediam a linha há anos, porque hoje precisam fazer duas baldeações para chegar ao aeroporto.',
    ];
    const pass = rulesOverPages([...english, 'Privacy Policy', ...portuguese], 'pt');
    expect(pass.pageStarts).toEqual([english.length]);
  });

  // The next story of a glued file, with no skip link: a headline the lead restates, and paragraphs of prose under it.
  const nextStory = [
    'Scientists discover new species of giant tortoise on Galápagos',
    'Scientists have discovered a new species of giant tortoise on the Galápagos Islands, the Ecuadorian government said on Wednesday.',
    'Genetic tests showed the animals, found on the eastern side of Santa Cruz island, differ from the species that lives on the western side.',
    'The new species has been named in honour of a park ranger who worked for more than forty years to protect the tortoises there.',
  ];

  it('ends the comment thread at the next story’s headline over its lead, and starts a page there', () => {
    const pass = rulesOverPages([...first.slice(1), ...nextStory], 'en');
    expect(pass.survivors.map((s) => s.text)).toEqual([first[1], first[2], ...nextStory]);
    expect(pass.pageStarts).toEqual([2]);
  });

  it('ends the thread at a next story with one line of furniture among its first paragraphs', () => {
    // Yahoo prints "Story continues" where an advertisement loads.
    const withBreak = [nextStory[0]!, nextStory[1]!, 'Story continues', nextStory[2]!, nextStory[3]!];
    const pass = rulesOverPages([...first.slice(1), ...withBreak], 'en');
    expect(pass.survivors.map((s) => s.text)).toEqual([first[1], first[2], nextStory[0], nextStory[1], nextStory[2], nextStory[3]]);
  });

  it('ends the thread at a next story whose byline and date stand between its headline and its lead', () => {
    // Shaped like aeb page 680c2848… (Forbes) glued after a page with a comment thread.
    const withHeader = [nextStory[0]!, 'Dallas Robinson', 'Nov 18, 2019 @17:19 PM · Updated: Nov 18, 2019 @17:26 PM', ...nextStory.slice(1)];
    const pass = rulesOverPages([...first.slice(1), ...withHeader], 'en');
    expect(pass.survivors.map((s) => s.text)).toEqual(expect.arrayContaining(nextStory));
    expect(pass.pageStarts).toEqual([2]);
  });

  it('ends the thread at a next story under a whole page header: standfirst, byline, date, handle, share bar and kicker', () => {
    // Shaped like aeb page 3d8f3404… (IndieWire, train) glued after a page with a comment thread.
    const standfirst = 'Genetic tests on dozens of animals set them apart from their neighbours on the other side of the island.';
    const header = [nextStory[0]!, standfirst, 'Ana Ruiz', 'Nov 13, 2019 4:26 pm', '@anaruiz', 'Share This Article', 'Reddit', 'LinkedIn', 'Email', 'Print', '“Santa Cruz”'];
    const pass = rulesOverPages([...first.slice(1), ...header, ...nextStory.slice(1)], 'en');
    expect(pass.survivors.map((s) => s.text)).toEqual(expect.arrayContaining([nextStory[0], ...nextStory.slice(1)]));
    expect(pass.pageStarts).toEqual([2]);
  });

  // Shaped like The Conversation (probe r28, 12-glued-conversation): the next page prints no masthead, only "Menu" and the menu.
  const conversationTop = ['Academic rigour, journalistic flair', 'Arts + Culture', 'Business + Economy', 'Education', 'Environment'];
  const heatwaves = [
    'Why heatwaves are getting longer, not just hotter',
    'Helena Marsh, University of Reading',
    'When people talk about heatwaves, they usually talk about peak temperatures, but the length of a heatwave matters as much to the people who live through it.',
    'Our analysis of weather station records from 1960 to 2025 found that the average European heatwave now lasts almost seven days, up from four days in the 1960s.',
    'That matters because the human body struggles most when nights stay hot, and hospital admissions rise sharply after the third hot night in a row.',
  ];
  const schools = [
    'Four-day school weeks save less money than districts hope',
    'Daniel Kerrigan, University of Oregon',
    'More than 2,100 public schools in the United States now teach students four days a week, most of them in rural districts in the Mountain West.',
    'But when we compared the budgets of 470 districts that switched with similar districts that did not, the savings were small and did not last.',
    'Teacher salaries, the largest item in any school budget, barely changed, because districts kept the same staff and paid them for the same number of hours.',
  ];

  it("starts a page where the first page's header menu comes back over a story, and books that page's byline", () => {
    const pass = rulesOverPages([...conversationTop, ...heatwaves, 'Menu', ...conversationTop.slice(1, 4), ...schools], 'en');
    const texts = pass.survivors.map((s) => s.text);
    expect(pass.pageStarts).toHaveLength(1);
    const secondPage = texts.slice(pass.pageStarts[0]);
    expect(secondPage).toEqual(expect.arrayContaining(schools.slice(2)));
    expect(secondPage).not.toContain(heatwaves[2]);
    expect(texts).not.toContain(heatwaves[1]);
    expect(texts).not.toContain(schools[1]);
    expect(texts).toEqual(expect.arrayContaining(schools.slice(2)));
  });

  it('starts no page where a footer repeats the header menu with no story under it', () => {
    const pass = rulesOverPages([...conversationTop, ...heatwaves, ...conversationTop.slice(1, 4), 'Privacy policy', 'Terms and conditions'], 'en');
    expect(pass.pageStarts).toEqual([]);
  });

  it("keeps a later page's line of capitalised names once that page's prose has begun", () => {
    const cast = 'Helena Marsh, Daniel Kerrigan and Ana Ruiz';
    const pass = rulesOverPages([...conversationTop, ...heatwaves, 'Menu', ...conversationTop.slice(1, 4), ...schools, 'The researchers behind the study', cast], 'en');
    expect(pass.survivors.map((s) => s.text)).toContain(cast);
  });

  it('ends the thread at a roundup: long paragraphs between subheadings and source tags', () => {
    const long = (text: string): string => `${text} It said the animals had been studied for years by researchers from several universities, who took blood samples and measured the shells of dozens of them.`;
    const roundup = [nextStory[0]!, long(nextStory[1]!), 'What Does The Discovery Mean?', long(nextStory[2]!), '[Reuters]'];
    const pass = rulesOverPages([...first.slice(1), ...roundup], 'en');
    expect(pass.survivors.map((s) => s.text)).toEqual(expect.arrayContaining([roundup[1], roundup[3]]));
  });

  it('goes on through a teaser under the thread: a headline over one summary, not over a story', () => {
    const teaser = [nextStory[0]!, nextStory[1]!, 'Apple Pay Now Available in Belarus', 'Customers of two banks can now use the service.'];
    const pass = rulesOverPages([...first.slice(1), ...teaser], 'en');
    expect(pass.survivors.map((s) => s.text)).toEqual([first[1], first[2]]);
  });

  it('starts a page at the next story’s headline past a related section, though no skip link is there', () => {
    const related = ['More on this story', 'Rwanda bill: What is the plan and what happens next?'];
    const pass = rulesOverPages([...first.slice(1, 3), ...related, ...nextStory], 'en');
    expect(pass.pageStarts).toEqual([3]);
  });

  it('ends the thread at a next story in another language, its prose measured by its own stopwords', () => {
    // Made-up text: a German story, its comments, then an Italian story glued after them.
    const german = [
      'Im Streit um das Rentenpaket der Bundesregierung hat die Union ihre Ablehnung bekräftigt, sagte der Fraktionschef am Mittwoch in Berlin.',
      'Arbeitsminister Hubertus Heil verteidigte die Pläne. Das Rentenniveau von 48 Prozent müsse dauerhaft gesichert werden, sagte er im Bundestag.',
      'Der Sozialverband VdK begrüßte das Gesetz, forderte aber zusätzliche Hilfen für Geringverdiener und für die Menschen, die lange gearbeitet haben.',
      'Kommentare',
      'Das ist doch alles nur Wahlkampf, und am Ende zahlen wieder die Jungen die Zeche für diese Politik.',
    ];
    const italian = [
      'Roma, sciopero dei trasporti: metro e bus a rischio venerdì',
      'Venerdì sarà una giornata difficile per chi si muove con i mezzi pubblici a Roma. I sindacati hanno proclamato uno sciopero di 24 ore del trasporto pubblico locale.',
      "Secondo l'azienda dei trasporti, il servizio sarà garantito solo nelle fasce di garanzia, dalle 6 alle 9 e dalle 18 alle 21.",
      'I sindacati chiedono il rinnovo del contratto e più personale per far fronte alle carenze di organico in tutte le rimesse della città.',
    ];
    const pass = rulesOverPages([...german, ...italian], 'de');
    expect(pass.survivors.map((s) => s.text)).toEqual([german[0], german[1], german[2], ...italian]);
    expect(pass.pageStarts).toEqual([3]);
  });

  it('ends the comment thread at a wire story’s dateline lead', () => {
    const wire = 'TOKYO, Nov 30 (Reuters) - Japan’s factory output fell for a second straight month in October, government data showed.';
    const pass = rulesOverPages([...first.slice(1), wire], 'en');
    expect(pass.survivors.map((s) => s.text)).toEqual([first[1], first[2], wire]);
  });

  it('ends the comment thread at the page’s copyright line when the next page’s story follows', () => {
    // glued-page-1-46's shape (aeb train pages, `eval --glue-pages`): a thread heading with no comments, the
    // page's footer, then the next site's menu and story, its headline not one the lead restates (made-up text).
    const footer = ['Disclaimer', '© 2019 Cleveland.com. All rights reserved (About Us).', 'Ad Choices'];
    const nextPage = ['Platform', 'Features', 'Blog', ...nextStory.slice(1)];
    const pass = rulesOverPages([...first.slice(1), ...footer, ...nextPage], 'en');
    expect(pass.survivors.map((s) => s.text)).toEqual(expect.arrayContaining(nextStory.slice(1)));
    expect(pass.pageStarts).toHaveLength(1);
  });

  it('looks past the next page’s long menu of short lines for its story', () => {
    // glued-page-1-21's shape: CNN's copyright line, then ZDNet's 80 lines of editions and topics (made-up text).
    const menu = Array.from({ length: 40 }, (_, k) => `Topic ${k + 1}`);
    const pass = rulesOverPages([...first.slice(1, 3), '© 2019 Cable News Network. All Rights Reserved.', ...menu, ...nextStory.slice(1)], 'en');
    expect(pass.pageStarts).toHaveLength(1);
  });

  it('reads the next page’s story past the links the rules remove between its paragraphs', () => {
    // ZDNet's story (aeb train page 5fbc7ccb…) has "Also: See Black Friday coverage at CNET" under its lead.
    const link = 'Also: See Black Friday coverage at CNET';
    const story = [nextStory[1]!, link, nextStory[2]!, link, nextStory[3]!];
    const pass = rulesOverPages([...first.slice(1, 3), '© 2019 Cable News Network. All Rights Reserved.', 'Edition:', 'Asia', ...story], 'en');
    expect(pass.pageStarts).toHaveLength(1);
  });

  it('starts the next page after the last of a page’s two copyright lines', () => {
    // National Review prints its footer twice, around its menu (aeb train page; glued-page-1-117's shape).
    const footer = ['© 2019 National Review', 'The Corner', 'Bench Memos', '© 2019 National Review'];
    const pass = rulesOverPages([...first.slice(1, 3), ...footer, 'Local', ...nextStory.slice(1)], 'en');
    expect(pass.pageStarts).toHaveLength(1);
    expect(pass.survivors.slice(pass.pageStarts[0]).map((s) => s.text)).not.toContain('The Corner');
  });

  it('starts no page after a copyright line that a sign-up box and a cookie notice follow', () => {
    // pv magazine's pop-ups after its footer, verbatim (aeb train page b0cf2bbf…): prose, but the rules remove them.
    // Its footer line is cut to the copyright that opens the page's end here ("Legal Notice … © pv magazine 2019").
    const popups = [
      '© pv magazine 2019',
      '×',
      'Keep up to date',
      'pv magazine offers daily updates of the latest photovoltaics news. Stay informed. Join our newsletter.',
      'Email*',
      'Select Edition(s)*',
      'Hold Ctrl or Cmd to select multiple editions.',
      'We send newsletters with the approximate frequency outlined for each edition above, with occasional additional notifications about events and webinars. We measure how often our emails are opened, and which links our readers click. To provide a secure and reliable service, we send our email with MailChimp, which means we store email addresses and analytical data on their servers. You can opt out of our newsletters at any time by clicking the unsubscribe link in the footer of every mail. For more information please see our Data Protection Policy.',
      'This website uses cookies to anonymously count visitor numbers. View our privacy policy.',
      '×',
      'The cookie settings on this website are set to "allow cookies" to give you the best browsing experience possible. If you continue to use this website without changing your cookie settings or you click "Accept" below then you are consenting to this.',
      'Close',
    ];
    const pass = rulesOverPages([...first.slice(1, 3), ...popups], 'en');
    expect(pass.pageStarts).toEqual([]);
  });

  it('takes a skip link before any story prose for the first page’s own', () => {
    const pass = rulesOverPages(['Menu', ...first], 'en');
    expect(pass.pageStarts).toEqual([]);
  });

  it('keeps both pages’ stories', () => {
    const kept = clean([...first, ...second].join('\n')).paragraphs.map((p) => p.text);
    expect(kept).toEqual(expect.arrayContaining([first[1], first[2], second[1], second[2]]));
    expect(kept).not.toContain(first[5]);
  });
});

/** What the rules left around each survivor of an English text, looked up by the survivor's opening words. */
function ruleContextOf(text: string): (start: string) => RuleNeighbourhood {
  const pass = applyRules(normaliseText(text), defaultOptions.cleaning, 'en');
  return (start) => pass.survivors.find((s) => s.text.startsWith(start))!.around;
}

describe('picture credits as classifier context', () => {
  // Probe r30, a made-up page in the shape of Gulf News: the caption between the header's furniture and the story, over its
  // credit line (the whole page is the golden case removes-caption-over-its-credit).
  const text = [
    'Dubai RTA opens new 2.5km bridge to ease Al Khail Road traffic',
    'Four-lane bridge cuts travel time between Business Bay and Al Quoz by up to 60 per cent, says authority',
    'Mariam M. Al Serkal, Senior Reporter',
    'Published: December 07, 2026 10:21 Last updated: December 07, 2026 12:05',
    '3 MIN READ',
    'The new bridge connects Al Khail Road with Meydan Street.',
    'Image Credit: Supplied',
    "Dubai: The Roads and Transport Authority (RTA) on Sunday opened a new 2.5-kilometre bridge linking Al Khail Road with Meydan Street, a move expected to cut congestion on one of the emirate's busiest routes.",
    'The four-lane bridge can handle up to 8,000 vehicles an hour and will reduce travel time between Business Bay and Al Quoz by up to 60 per cent, the authority said.',
    'A long caption closes with its credit, as the AP prints them under a picture in the story. Photo: Jane Doe, AP',
    '1 / 4',
    'Mattar Al Tayer said the bridge was part of a Dh1.1 billion project to improve seven junctions along Al Khail Road.',
    '2 / 4',
    'Work on the remaining junctions will finish by the end of next year, the authority said.',
  ].join('\n');
  const around = ruleContextOf(text);

  it('marks the paragraph right over a credit line the rules removed', () => {
    expect(around('The new bridge').creditAfter).toBe(true);
  });

  it('marks no paragraph over a caption with its credit glued on', () => {
    expect(around('The four-lane bridge').creditAfter).toBeUndefined();
  });

  it('marks no paragraph over a gallery counter', () => {
    expect(around('Mattar Al Tayer').creditAfter).toBeUndefined();
  });
});

describe('related-stories headings as classifier context', () => {
  // aeb container 35b15891… and 7a664e40…: a heading above its teasers, and a link closing a box.
  const text = [
    'The Doobie Brothers are nominated for the Rock and Roll Hall of Fame’s Class of 2020, which will be honored at Cleveland’s Public Auditorium on May 2.',
    'You may also like...',
    'Who will make the Rock Hall in 2020?',
    'White House aides testify about "unusual," "improper" Ukraine call at hearing',
    'More in Trump Impeachment Inquiry',
    'Here are some of the highlights:',
    'READ MORE: China plague outbreak confirmed: Two diagnosed with disease in Beijing',
    'However, the other 28 people have showed no signs or symptoms of the plague.',
  ].join('\n');
  const around = ruleContextOf(text);

  it('marks the paragraph under a removed heading, and the one above it', () => {
    expect(around('Who will make').relatedHeadingBefore).toBe(true);
    expect(around('The Doobie Brothers').relatedHeadingAfter).toBe(true);
    expect(around('Here are some').relatedHeadingBefore).toBe(true);
    expect(around('White House aides').relatedHeadingAfter).toBe(true);
  });

  it('does not take a pointer with its headline on the line for a heading', () => {
    expect(around('However, the other').relatedHeadingBefore).toBeUndefined();
  });

  it('removes the teasers under the heading and keeps the story after the closing link', () => {
    const cleaned = clean(text);
    const kept = cleaned.paragraphs.map((p) => p.text);
    expect(kept).not.toContain('Who will make the Rock Hall in 2020?');
    expect(kept).toContain('Here are some of the highlights:');
    expect(kept).toContain('However, the other 28 people have showed no signs or symptoms of the plague.');
  });
  it('removes the topic links under a topics heading; a label ending with its colon announces none', () => {
    const story = [
      "Europe's Euclid space telescope has released its first full-colour images of the cosmos, showing distant galaxies in astonishing detail.",
      'The observatory was launched in July on a mission to investigate the dark universe, the unseen matter and energy that appear to dominate the cosmos.',
      'Euclid sits 1.5 million km from Earth, where it will spend six years surveying a third of the sky.',
    ];
    const topics = clean([...story, 'Related Topics', 'Space exploration', 'European Space Agency'].join('\n')).paragraphs.map((p) => p.text);
    expect(topics).toEqual(story);
    // Sky News prints "Related Topics:" with its links flattened away, inside the story (seed 004):
    // what follows is the story, its subheadings included.
    const subheading = 'What is the value of drugs that come to the U.S. border?';
    const flattened = clean([...story.slice(0, 2), 'Related Topics:', subheading, story[2]!].join('\n')).paragraphs.map((p) => p.text);
    expect(flattened).toEqual([...story.slice(0, 2), subheading, story[2]!]);
  });

  it('removes the teaser headlines under a heading that ends with its colon', () => {
    // Sky News's in-story box, as its pages print it (made-up teasers).
    const story = [
      'Tens of thousands of homes were without power on Tuesday after gusts of 90mph hit the coast of Wales and the south-west of England.',
      'National Grid said engineers were working to restore supplies but warned that some homes could be cut off for days.',
      'Schools across Pembrokeshire were told to close at lunchtime, and police urged people to stay away from the seafront.',
    ];
    const teasers = ['Energy price cap to rise again in April, Ofgem confirms', 'Why are storms named - and who picks the names?'];
    const kept = clean([...story.slice(0, 2), 'Read more from Sky News:', ...teasers, story[2]!].join('\n')).paragraphs.map((p) => p.text);
    expect(kept).toEqual(story);
  });
});

describe('the story under a box inside it', () => {
  // Made up in the shape of probe r27's NBC News page: a page of menus around a short story whose
  // last two paragraphs come under a "Recommended" box; they scored 0.62 and 0.56 (uncertain) and
  // went "between boilerplate lines", the box's teasers above them and the bio and footer below.
  const menu = ['Skip to Content', 'Logo', 'Politics', 'U.S. News', 'World', 'Local', 'Business', 'Health', 'Sponsored By', 'Sections', 'Featured', 'More From the Network', 'Follow Us', 'Search', 'TRANSPORTATION'];
  const header = [
    'Rockslide closes mountain highway in Colorado, stranding holiday traffic',
    'Crews worked through the night to clear boulders from a two-lane stretch of U.S. 6 west of Golden.',
    'Dec. 7, 2026, 9:02 AM UTC',
    'By Lena Whitcombe',
  ];
  const story = [
    'A rockslide early Sunday buried a section of U.S. 6 in Clear Creek Canyon under boulders the size of cars, closing the highway to traffic in both directions for most of the day.',
    'The Colorado Department of Transportation said no vehicles were struck, but dozens of drivers heading back to Denver after the long weekend were stuck behind the slide for several hours.',
    '"We heard a crack like thunder and then the whole hillside just came down," said Marco Ruiz, who was driving home from Idaho Springs with his two children.',
    'Geologists had flagged the slope for monitoring after a wet autumn loosened the rock face above the road.',
  ];
  const box = ['Recommended', 'U.S. NEWS', 'Teen arrested after pursuit through three counties', 'U.S. NEWS', 'City council votes to ban leaf blowers by 2028'];
  const tail = [
    'The transportation department said engineers would inspect the canyon walls with drones before any lanes reopen.',
    'Officials expected the highway to stay closed until at least Tuesday, and advised drivers to use Interstate 70 instead.',
  ];
  const footer = ['Lena Whitcombe', 'Lena Whitcombe is a reporter for the network based in Denver.', 'Sponsored Stories', 'About', 'Contact', 'Help', 'Careers', 'Privacy Policy', 'Terms of Service', 'Advertise', '© 2026 Network Media, LLC'];
  const kept = (lines: readonly string[]): string[] => clean([...menu, ...header, ...story, ...lines, ...footer].join('\n')).paragraphs.map((p) => p.text);

  it("keeps the story's last paragraphs under the box, and removes the box, the bio and the footer", () => {
    const text = kept([...box, ...tail]);
    expect(text.slice(-tail.length)).toEqual(tail);
    expect(text).toEqual(expect.arrayContaining(story));
    for (const line of [...box, ...footer]) expect(text).not.toContain(line);
  });

  it('still removes prose on another subject under the box', () => {
    const prompt = 'Every morning we send an email with the top stories from our newsroom.';
    expect(kept([...box, prompt])).not.toContain(prompt);
  });
});
