import { describe, expect, it } from 'vitest';
import {
  endsWithQuestion,
  insideInterview,
  isBareLink,
  isLabelledQuestion,
  opensWithAnswerLabel,
  isHeadlineLike,
  opensWithAnaphor,
  opensWithDateline,
  opensWithFullName,
  opensWithQuote,
  opensWithStoryDateline,
} from '../../src/segment/openings.js';

// Lines from seed 004 (Sky News, Cointelegraph) and common wire formats.
const cases: Array<{ text: string; anaphor: boolean; fullName: boolean; dateline: boolean; headline: boolean }> = [
  { text: 'That’s how one senior government figure described their mood as the prime minister left.', anaphor: true, fullName: false, dateline: false, headline: false },
  { text: 'He said there must be an “immediate cessation of violence”.', anaphor: true, fullName: false, dateline: false, headline: false },
  { text: 'Sir Keir Starmer is under growing pressure to call for a ceasefire in Gaza.', anaphor: false, fullName: true, dateline: false, headline: false },
  { text: 'Arizona’s Senate has advanced a Bitcoin reserve bill.', anaphor: false, fullName: true, dateline: false, headline: false },
  { text: 'Mr Khan said Israel did have the right to defend itself.', anaphor: false, fullName: false, dateline: false, headline: false },
  { text: 'WASHINGTON (Reuters) - Scientists on Monday unveiled the first global geological map of Saturn’s moon.', anaphor: false, fullName: true, dateline: true, headline: false },
  { text: 'Ministers also resist ceasefire pressure', anaphor: false, fullName: false, dateline: false, headline: true },
  { text: 'Hong Kong invests heavily in Web3 and AI via the Cyberport hub', anaphor: false, fullName: true, dateline: false, headline: true },
];

describe('openings', () => {
  it.each(cases)('$text', ({ text, anaphor, fullName, dateline, headline }) => {
    expect(opensWithAnaphor(text)).toBe(anaphor);
    expect(opensWithFullName(text)).toBe(fullName);
    expect(opensWithDateline(text)).toBe(dateline);
    expect(isHeadlineLike(text)).toBe(headline);
  });

  // Datelines of wire copy versus labels and list rows that also open with capitals and a dash or colon.
  it.each([
    ['LONDON (Reuters) - Britain’s economy grew faster than expected.', true],
    ['WASHINGTON — The Senate voted on Tuesday.', true],
    ['NEW DELHI: Their American dream shattered, nearly 150 Indians returned home.', true],
    ['ST. JOSEPH, Mich. (AP) — Michigan health authorities are reporting a death.', true],
    ['Santa Barbara, Calif. (AP) -- Firefighters contained the blaze.', true],
    ['Hong Kong (CNN Business) A muddled view of US-China trade talks once again seems to be weighing on investors.', true],
    ['(CNN)President Donald Trump, according to the White House, made an unscheduled trip to Walter Reed hospital.', true],
    ['Ascom (Holding) AG, Zugerstrasse 32, CH-6340 Baar Switzerland', false],
    ['At Any (Court) Cost', false],
    ['Claim: Former U.S. ambassador has a net worth of $17 million.', false],
    ['Note: Garnet Hathaway was ejected for spitting on an opponent.', false],
    ["6A: Wichita North's Miguel Bernal took home first in diving.", false],
    ['October 9 – Irving, TX @ Toyota Music Factory', false],
    ['Hurricanes 4, Blackhawks 2: Nino Niederreiter had a goal and an assist.', false],
    // East Asian agencies' datelines (made-up leads in the agencies' shapes, probes of 2026-12-07).
    ['(부산=연합뉴스) 박지영 기자 = 부산 해운대 해수욕장이 올해는 예년보다 한 달 이른 5월 초에 부분 개장한다.', true],
    ['【ワシントン=共同】米政府は6日、新たな経済対策を発表した。', true],
    ['新华社北京12月6日电 国家统计局6日发布数据显示，全国粮食总产量再创新高。', true],
    ['【写真】開幕戦で先発した投手', false],
    ['(사진) 해운대 해수욕장 전경', false],
  ])('dateline: %s', (text, expected) => {
    expect(opensWithDateline(text)).toBe(expected);
  });

  // A story's own dateline, which only its first paragraph carries (dateline-leads.ts), against labels,
  // letters and rows that also open with capitals or brackets (probes r23 and aeb train lines).
  it.each([
    ['NEW YORK, March 12 (Reuters) - Oil prices slipped on Wednesday after U.S. data showed a build.', true],
    ['BARCELONA, 3 mar (EFE).- El Ayuntamiento de Barcelona ha abierto 312 expedientes sancionadores.', true],
    ['Leipzig (dpa) - Die SPD hat sich auf ihrem Parteitag hinter das Rentenniveau gestellt.', true],
    ['WASHINGTON — Dana Whitfield, the nominee to oversee the Pentagon’s installations, faced sharp questions.', true],
    ['SIOUX FALLS, S.D. – People across the nation are talking about it.', true],
    ['DEAR ABBY: My husband of more than 20 years just purchased plane tickets to India.', false],
    ['READ MORE: China plague outbreak confirmed: Two diagnosed with disease in Beijing', false],
    ['Apple (AAPL) - The company reported higher sales of its phones in China.', false],
    ['Hong Kong (CNN Business) A muddled view of US-China trade talks once again seems to be weighing on investors.', false],
  ])('story dateline: %s', (text, expected) => {
    expect(opensWithStoryDateline(text)).toBe(expected);
  });

  it('treats quotations and dialogue dashes as continuations', () => {
    expect(opensWithQuote('“Let me be clear: that means a ceasefire right now.”')).toBe(true);
    expect(opensWithQuote('— Я всегда любила готовить.')).toBe(true);
    expect(opensWithQuote('Government ministers are also resisting pressure.')).toBe(false);
  });

  it('recognises a question that an answer follows', () => {
    expect(endsWithQuestion('What inspired you to start a cooking page?')).toBe(true);
    expect(endsWithQuestion('He asked why.')).toBe(false);
  });

  it('recognises an interview’s labelled question and answer, not a sentence that starts with "A"', () => {
    // aeb train 4648a420…, the Q&A that closes a profile.
    expect(isLabelledQuestion('Q: Where did you grow up?')).toBe(true);
    expect(isLabelledQuestion('Question: What made you stay?')).toBe(true);
    expect(isLabelledQuestion('Q: Tell us about your first job.')).toBe(false);
    expect(isLabelledQuestion('Quebec: where did the vote go?')).toBe(false);
    expect(opensWithAnswerLabel('A: St. Croix in the U.S. Virgin Islands – the most beautiful 87 square miles in the world')).toBe(true);
    expect(opensWithAnswerLabel('A new ‘Half-Life’ game is finally coming out after 12 years of waiting.')).toBe(false);
    expect(opensWithAnswerLabel('A. Smith said the council would vote.')).toBe(false);
  });

  it('keeps an interview together from a question to its answer and from an answer to the next question', () => {
    // aeb train 4648a420…: "A: St. Croix…" then "Q: Favorite childhood memory?" was split as a new story.
    const question = 'Q: Favorite childhood memory?';
    const answer = 'A: St. Croix in the U.S. Virgin Islands – the most beautiful 87 square miles in the world';
    expect(insideInterview(question, 'A: Trip to Disney World', true)).toBe(true);
    expect(insideInterview(answer, question, false)).toBe(true);
    // An answer may itself end with a question mark.
    expect(insideInterview('A: Who would not want that?', question, true)).toBe(true);
    expect(insideInterview('What did he want?', 'Nobody knows.', true)).toBe(false);
    expect(insideInterview(answer, 'Sweden has dropped its investigation into a 2010 rape allegation.', false)).toBe(false);
    expect(insideInterview('The vote is on Friday.', question, false)).toBe(false);
  });

  it('recognises a paragraph that is only a web address, not a sentence that names one', () => {
    // aeb train 20b2b649…: a deals list alternates "1) Lego Star Wars 75188…" and its link.
    expect(isBareLink('http://amzn.to/2iJFhRj')).toBe(true);
    expect(isBareLink(' https://www.example.org/news/2019/11/19/story.html ')).toBe(true);
    expect(isBareLink('www.earbooks.net/en')).toBe(true);
    expect(isBareLink('More info: www.earbooks.net/en')).toBe(false);
    expect(isBareLink('Read the report at https://example.org/report today.')).toBe(false);
  });
});
