import type { LineRule } from './types.js';
import { REPORTED_SPEECH, wordCount } from './helpers.js';

/**
 * A bookmaker's advert inside a sports story, as UK papers print it between paragraphs: the offer ("BET £10 GET
 * £30 IN FREE BETS", "Get £40 in free bets when you bet £10 on the Premier League this weekend"), the match's odds
 * in a row ("Aston Villa 8/11 | Draw 3/1 | Brentford 7/2"), the small print ("New customers only. Min deposit £10.
 * 18+ BeGambleAware.org") and the button ("Bet now").
 */

/** The offer opens with the stake and the free bets, or with the free bets and the stake: a report says who offered them. */
const AMOUNT = String.raw`[£$€]\d{1,4}`;
const FREE_BET_OFFER = new RegExp(
  String.raw`^(?:(?:bet|stake|deposit) ${AMOUNT},? (?:and )?get ${AMOUNT}\b[^.!?]{0,30}\bfree bets?\b|(?:get|claim) ${AMOUNT} (?:in )?free bets? (?:when|if) you (?:bet|stake|deposit) ${AMOUNT}\b)`,
  'i',
);
const MAX_OFFER_WORDS = 25;
/** Fractional or decimal odds, or "Evens". */
const ODDS = String.raw`(?:\d{1,3}\/\d{1,3}|\d{1,3}\.\d{1,2}|evens)`;
/** A three-way market in a row: home, draw, away, each with its price, split by bars or bullets. */
const ODDS_ROW = new RegExp(String.raw`^\p{L}[\p{L} .'’&-]{0,30} ${ODDS} [|•·] draw ${ODDS} [|•·] \p{L}[\p{L} .'’&-]{0,30} ${ODDS}$`, 'iu');
/**
 * The small print's fragments: an age gate, the offer's terms, a safer-gambling charity or slogan. Two or more of them
 * make the small print; a story names the charity in a sentence with a reporting verb ("GambleAware said 18+ …").
 */
const SMALL_PRINT_TERM =
  /(?:^|\s)18\+|\bnew (?:uk )?customers only\b|\bmin(?:imum)?\.? (?:deposit|stake|odds)\b|\bt&cs? apply\b|\b(?:be)?gambleaware(?:\.org)?\b|\bplease (?:gamble|bet) responsibly\b|\bwhen the fun stops,? stop\b|\bgamstop\b/gi;
const MIN_SMALL_PRINT_TERMS = 2;
const MAX_SMALL_PRINT_WORDS = 40;
/** The advert's button on a line of its own. */
const BET_BUTTON = /^(?:bet now|bet here|place (?:a |your )?bet(?: now)?|claim (?:your )?free bets?)[ .!>»›]*$/i;

export const rule: LineRule = {
  kind: 'line',
  id: 'betting-promo',
  category: 'advertisement',
  description:
    'A bookmaker\'s advert inside a sports story: the free-bet offer ("BET £10 GET £30 IN FREE BETS"), a three-way odds row ("Aston Villa 8/11 | Draw 3/1 | Brentford 7/2"), the small print ("New customers only. Min deposit £10. 18+ BeGambleAware.org") and its button ("Bet now").',
  englishOnly: true,
  match(text) {
    if (BET_BUTTON.test(text)) return { reason: 'betting advert button' };
    if (ODDS_ROW.test(text)) return { reason: 'betting odds row' };
    const words = wordCount(text);
    if (words <= MAX_OFFER_WORDS && FREE_BET_OFFER.test(text)) return { reason: 'free-bet offer' };
    if (words > MAX_SMALL_PRINT_WORDS || (text.match(SMALL_PRINT_TERM)?.length ?? 0) < MIN_SMALL_PRINT_TERMS) return null;
    return REPORTED_SPEECH.test(text) ? null : { reason: 'betting advert small print' };
  },
  examples: {
    source: 'a UK paper\'s match report with a bookmaker\'s advert between its paragraphs (probe r23, made-up page; none in ../shared/datasets)',
    remove: [
      'BET £10 GET £30 IN FREE BETS',
      'Aston Villa 8/11 | Draw 3/1 | Brentford 7/2',
      'New customers only. Min deposit £10. 18+ BeGambleAware.org',
      'Bet now',
      'Get £40 in free bets when you bet £10 on the Premier League this weekend',
      '18+. New UK customers only. Please gamble responsibly.',
      '18+ | GambleAware.org | T&Cs apply',
    ],
    keep: [
      'The bookmaker offered new customers £30 in free bets, the watchdog found.',
      'GambleAware said 18+ helpline calls rose by a third after the World Cup.',
      'Villa were 8/11 favourites before kick-off, with the draw at 3/1.',
      'Bet now, pay later: how the apps hook young fans',
      'Get £40 back on your energy bill if you switch before Friday, the regulator said.',
      'There were wins too.',
    ],
  },
};
