import type { LineRule } from './types.js';
import { wordCount } from './helpers.js';

/**
 * Related-story furniture: "More on Donald Trump", "Related Topics:", "Read more: …", "Related: …",
 * "You may also like...", "Trending News", "More Great WIRED Stories", "Also Read | …", "Must Read", and a teaser list's
 * flattened counters ("Keep reading", "list of 4 items", "list 1 of 4", "end of list"), and the Times of India's carousel
 * heading inside its stories, "Visual Stories" (and "Web Stories", probe r26).
 */
const RELATED =
  /^(?:\[?related(?: topics| articles| stories| content| coverage| links| posts?| reading| roundup| videos?)?\s?:|related(?: topics| articles?| stories| story| content| coverage| links| posts| videos?)?$|more (?:stories|news|articles) from [^.!?]{1,60}$|more (?:on|from) [^.!?]{1,80}$|more great .{1,40} stories$|(?:read more|read next|see also|also read|read also|more to read)(?: ?:|$|\.\.\.|…| ›| »| \|)|must[- ]reads?$|also from this source$|you may also like|you might also like|you (?:may|might) also be interested in(?::|\.\.\.|…)?$|recommended(?: for you| stories| reading| videos?)?$|trending(?: now| news| stories)?$|most (?:read|popular|viewed|shared|watched)$|top stories$|keep reading$|list of \d{1,3} items$|list \d{1,3} of \d{1,3}$|end of list$|latest (?:[\w.]{1,12} )?(?:news|stories)$|topics?:?$|tags?:?$|keywords?:?$|tags?:|filed under:|more stories$|more news$|(?:visual|web) stories$|what to read next$|in this article:$)/i;
/**
 * Headings and pointers of teaser widgets: "Explore further", "Explore more on these topics", "Most read in world news", "DON'T MISS",
 * "Related coverage from How to Do Everything: Money:", "- Next Auto News", "Previous Auto News -",
 * "More in Trump Impeachment Inquiry", "Also on rt.com …", "Trends:Evo Morales news",
 * "On HoustonChronicle.com: Car sales plunge…", "Follow AP's full coverage of Brexit at https://…", a Gannett
 * paper's in-story teaser ("More: IndyGo's Red Line ridership hits new high…": a headline, so no sentence end; "More: 12%."
 * in a table stays), CNBC's heading over its subscription service's teasers ("Don’t miss these insights from CNBC PRO",
 * printed over every story's list), and News24's inline pointers with a bar ("READ | Eskom to raise tariffs by 12%…",
 * "WATCH | …"; probe r25): a headline after the bar, no sentence end). The Atlantic's magazine box inside every story, "Explore
 * the January 2027 Issue" over "Check out more from this issue and find your next story to read." (probe r27). Daily Maverick's
 * in-story pointer names the outlet (or, on the ABC, the topic: "Read more about health:", probe r34) before its teaser: "Read
 * more in Daily Maverick: ‘Dry taps, empty promises’ — Soweto residents march…" (probe r31; a headline, so no sentence end: "Read
 * more in the report: it lists 40 sites." stays).
 */
const TEASER_POINTER =
  /^(?:explore (?:further|more on (?:these|this) topics?)$|explore the [^.!?]{1,30} issue$|check out more from this issue(?: and find your next story(?: to read)?)?\.?$|related news$|don['’]t miss$|don['’]t miss these insights from cnbc pro$|most (?:read|popular|viewed|shared|watched) (?:in|from|on) [^.!?]{1,40}$|read more from [^.!?]{1,40}:?$|read more (?:in|on|about) [^.!?:]{1,40}:(?:$| [^!?]{1,160}[^.!?:;,]$)|discover more(?: stories)?(?: on| from [^.!?]{1,40})?:?$|see more on(?::?$|: [^!?]{1,120}[^.!?]$)|before you (?:leave|go),? check (?:this|these) out$|(?:go deeper|read|watch|listen|dig deeper):\s?\S|(?:read|watch|listen) \| [^|]{1,200}[^.!?|]$|more: [^!]{1,200}[^.!?:;,]$|more in [^.!?]{1,60}$|related coverage from [^.!?]{1,60}:$|-? ?(?:next|previous|prev) (?:\w+ ){0,2}(?:news|story|article|post)(?: -)?$|also on [\w-]+\.(?:com|net|org|co\.uk)\b|also: see\b|trends?:|on [\w-]+\.(?:com|net|org|co\.uk): |follow (?:the )?(?:\w+['’]s )?(?:full |complete )?coverage of [^!?]{1,80}? at https?:\/\/)/i;
/**
 * Variety's headings inside and under every story (probe r30): "Popular on Variety" over its teaser box, the site's capitalised
 * name after "Popular on" (read with case: "Popular on social media, the clip…" goes on as a sentence), and the tag list's
 * heading "Read More About:".
 */
const SITE_HEADING = /^(?:(?:Most )?Popular on \p{Lu}[\p{L}\d.&'’-]*(?: \p{Lu}[\p{L}\d.&'’-]*){0,3}|Read More About:|READ MORE ABOUT:)$/u;
/** Furniture is a heading or a teaser title; a long line starting "More on" is story text. */
const MAX_WORDS = 16;
/** A pointer may carry a whole teaser headline after it ("Also on rt.com …"). */
const MAX_POINTER_WORDS = 28;

export const rule: LineRule = {
  kind: 'line',
  id: 'related-links',
  category: 'related',
  description: 'Related-story and topic furniture: "More on X", "Related Topics:", "Read more: …", "Trending", "Tags:".',
  englishOnly: true,
  match(text) {
    const words = wordCount(text);
    return (words <= MAX_WORDS && (RELATED.test(text) || SITE_HEADING.test(text))) || (words <= MAX_POINTER_WORDS && TEASER_POINTER.test(text)) ? { reason: 'related-links furniture' } : null;
  },
  examples: {
    source: 'seed 004 lines 83–84; aeb container 360c73…, 35b158…, 2c4680…, 2f42ef…, 232a43…, 214864…',
    remove: [
      // The Times of India's carousel heading between two story paragraphs (probe r26, made-up page).
      'Visual Stories',
      // Variety's teaser-box heading inside the story and its tags heading under it (probe r30, a made-up page).
      'Popular on Variety',
      'Read More About:',
      'More on Donald Trump',
      'Related Topics:',
      'Read more: Alibaba poised to launch record-breaking $13.4bn Hong Kong listing',
      'You may also like...',
      'Trending News',
      'Latest UK news',
      'More Great WIRED Stories',
      'Related Roundup: MacBook Pro',
      'Filed under: Khawarij |',
      // Teaser headings and inline pointers as Bloomberg, Sky News, the SCMP, the Straits Times, local TV
      // sites, Axios and The Atlantic print them (made-up teaser titles).
      'Most Read from Bloomberg',
      'Read more from Sky News:',
      'Discover more stories on',
      // Probe r27, a made-up page in the shape of The Atlantic: its magazine box between two paragraphs.
      'Explore the January 2027 Issue',
      // Daily Maverick's pointer between two story paragraphs (probe r31, a made-up page in its shape).
      'Read more in Daily Maverick: ‘Dry taps, empty promises’ — Soweto residents march on Joburg Water offices',
      // Probe r34, the ABC's pointer inside the story, its topic before the colon.
      'Read more about health:',
      'Check out more from this issue and find your next story to read.',
      'See more on',
      // The New York Times' topic links under a story, as its pages print them.
      'See more on: Federal Reserve System, Jerome H. Powell',
      'Before You Leave, Check This Out',
      "Go deeper: Corvex's AI bet",
      'Read: The office is never coming back',
      'Tags',
      // CNBC's heading over its PRO teasers (probe r24, a made-up page in the shape of CNBC).
      'Don’t miss these insights from CNBC PRO',
      // Yahoo Finance's heading over the tickers a story names, as its pages print it (probe of 2026-12-07, second round).
      'In This Article:',
      // News24's inline pointer and the Japan Times' keywords heading under the story (probe r25, made-up pages).
      'READ | Eskom to raise tariffs by 12% from April, Nersa rules',
      'WATCH | Residents queue for water in Soweto',
      'KEYWORDS',
      // aeb container e1c702…, 8b1945…, 656582…, ba4dfe…, f81c6c…, 3cb5e2…, 7a664e…, 4a44ab…, 9ebb3a…, e7994d….
      'Explore further',
      // The Guardian's topic list heading under a story.
      'Explore more on these topics',
      'Most read in world news',
      'related news',
      "DON'T MISS",
      'Related coverage from How to Do Everything: Money:',
      '- Next Auto News',
      'Previous Auto News -',
      'More in Trump Impeachment Inquiry',
      'Also on rt.com Journalists & politicians from Morales’ party threatened with sedition arrests as Bolivia purges socialist elements',
      'Trends:Evo Morales news',
      // aeb container 4219d0…, 5fbc7c….
      'Related post: Pickled Brussels Sprouts Recipe',
      'Also: See Black Friday coverage at CNET',
      'On HoustonChronicle.com: Car sales plunge nearly 17 percent in August',
      "Follow AP's full coverage of Brexit and British politics at https://www.apnews.com/Brexit",
      // CNN's in-story teaser heading and AP's coverage pointer, as their pages print them.
      'Related article',
      'Follow the AP’s coverage of the Supreme Court at https://apnews.com/hub/us-supreme-court.',
      "Follow the AP's coverage of the U.S. Supreme Court at https://apnews.com/hub/us-supreme-court.",
      // Al Jazeera's teaser list under its stories, as its pages print it.
      'Keep reading',
      'list of 4 items',
      'list 1 of 4',
      'end of list',
      // The Indian Express's in-story teasers and PR Newswire's list under a release, as their pages print them.
      'Also Read | Jharkhand election 2024: Who are the key candidates in Santhal Pargana?',
      'Must Read',
      'Read also: Fed holds rates. Markets shrug',
      'Also from this source',
      // MSN's player heading, Business Insider's video slot, NPR's teaser list and a Gannett paper's in-story teasers (probes r23-en, made-up pages).
      'Related video: RBNZ holds OCR at 5.5% (Newshub)',
      'Recommended video',
      'More Stories From NPR',
      "More: IndyGo's Red Line ridership hits new high, but complaints about delays persist",
      "More: What you need to know about IndyGo's Purple Line, now open",
      // A design magazine's heading over its teasers (aeb train page 94fbcc26…).
      'You may also be interested in...',
    ],
    keep: [
      'You may also be interested in the museum’s new wing, which opens in May.',
      'Explore the issue of housing costs before you vote, the mayor said.',
      'Read more in the report: it lists 40 sites where the water board found leaks.',
      'Read more about health: the council will publish its plan in March.',
      'Read more in detail: the city has 14 reservoirs below a third of their capacity.',
      'Check out more from this issue of the magazine, she said, and you will see why.',
      'Visual stories of the flood were shared thousands of times.',
      'Popular on TikTok, the dance spread to schools within a week.',
      'Popular on social media',
      'Read more about: the plan, its costs and who pays, in our explainer below.',
      'Read | Write | Execute are the three permissions a file can carry on Unix, the manual explains.',
      'Keywords matter less than they did, the agency said.',
      'In this article: a timeline of the talks.',
      'Read the full statement below, she said, because it matters.',
      'See more on page 4 of the report, the minister added, for the figures.',
      'More on that later, he said, as the committee moved on to the budget and the next vote.',
      'Ministers also resist ceasefire pressure',
      'Read more widely than your opponents, she told the graduates.',
      'More on that later.',
      'More in sorrow than in anger, she said.',
      'Don’t miss the final, he told fans.',
      'The latest news from the front was grim, he wrote.',
      'Keep reading to the end of the list, the teacher said.',
      'Must read more widely, the judge told the students, before the exam.',
      'More stories from survivors emerged on Monday.',
      'More: 12 percent said they would pay more for the service.',
      'Related videos of the crash were shared thousands of times, police said.',
    ],
  },
};
