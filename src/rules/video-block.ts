import { isLivePostClock, wordCount } from './helpers.js';
import type { BlockRule } from './types.js';

/**
 * A video player's leftovers: a player notice ("Please use Chrome browser for a more accessible video
 * player"), then optionally a duration (`3:39`) and the video's title. The title is told from story
 * text only by its place right after a duration (seed 004 lines 86–88), or, where the player prints
 * the title first (CNN), right before a duration that names its source ("02:14 - Source: CNN"). A listen bar's
 * synthetic-voice notice counts as a notice: the Los Angeles Times' "This is read by an automated voice. Please report any
 * issues or inconsistencies here." (probe r26; only that line or its "Please report/let us know" after it, so a sentence going
 * on about a station's voice stays), and The Atlantic's "Produced by ElevenLabs and News Over Audio (Noa) using AI narration."
 * under its listen bar (probe r27). ABC News' (US) autoplay box, "Up Next in US—" over "Starting in a few seconds...", counts
 * as a notice too (probe r27). A live blog's post time over the post's heading reads like a duration over a title: a bare clock
 * in a series of posts (`isLivePostClock`) is left to `live-post-stamp` (probe r28: The Independent's post headings were lost).
 */
const PLAYER_NOTICE =
  /^(?:please use (?:\w+ )?browser for a more accessible video player|your browser does not support (?:the )?(?:video|html5 video)\b.{0,40}|this video (?:is unavailable|can ?not be played|requires javascript)\b.{0,40}|media playback is (?:unsupported|not supported) on your device|(?:play|watch) video|video (?:unavailable|player)|video player is loading|watch now|now playing|to (?:play|watch|view) this video,? (?:you need to |please )?enable javascript\b.{0,40}|loading video(?:…|\.\.\.)?|video ad feedback|scroll down for video|related video|listen(?: to (?:this |the )?(?:article|story))?(?: ?[·•|-] ?\d{1,2}:\d{2} ?min(?:s|utes)?)?(?: learn more)?|press play to listen to (?:this |the )?(?:article|story)|ascolta l['’]articolo|écouter (?:l['’]|cet )article|escuchar (?:el |este )?artículo|ouvir (?:o |este )?artigo|להאזנה לכתבה|動画を再生する(?:[（(]\d{1,2}分(?:\d{1,2}秒)?[）)])?|(?:new ?)?you can now listen to [^.!?]{1,40}? articles!?|voiced by artificial intelligence|audio player loading(?:…|\.\.\.)?|video duration \d{1,2} minutes?(?: \d{1,2} seconds?)?|video ?(?:\d{1,2}:)?\d{1,2}:\d{2} ?(?:\d{1,2}:)?\d{1,2}:\d{2}|more videos|next up in \d{1,2}|this video will (?:start|play|begin) in \d{1,2} seconds?|starting in a few seconds(?:…|\.\.\.)?|up next in [A-Za-z ]{1,30}[—–-]?|closed captioning (?:of this video )?(?:is )?provided by .{1,100}|estimated \d{1,2} minutes?|produced by [^.!?()]{1,60}(?: \([^()]{1,10}\))? using (?:ai|artificial intelligence) narration(?:\. listen to more stories on the [^.!?]{1,30} app)?|this (?:article |story )?is read by an? (?:automated|ai|synthetic|computer-generated) voice(?:\. please (?:report|let us know)\b[^!?]{0,100})?|(?:the |this )?audio (?:version )?(?:of this (?:article|story) )?(?:is|was) (?:auto-?generated|generated (?:by|using|with) (?:text-to-speech|ai|artificial intelligence))\b[^!?]{0,120})\.?$/i;
/**
 * A video box's heading over the video's title, with no duration between them (NDTV's "Featured Video Of The Day" over
 * every story's video, probe r25).
 */
const VIDEO_HEADING = /^(?:featured videos?(?: of the day)?|videos? of the day)$/i;
/**
 * A title printed right under a player notice without a duration, as Sky Sports' player leaves it: it names what the
 * video shows ("Watch free Premier League highlights from…", "Highlights of…"), no sentence end.
 */
const WATCH_TITLE = /^(?:watch|highlights|video:)\b[^.!?]{0,140}$/i;
/**
 * `3:39`, `1:02:15`, and the labelled forms `Duration 0:00`, `2:28 min` (aeb page), `Video duration 2:14` (TEGNA's local TV
 * sites), `VIDEO02:14` (CNBC's label glued to its duration once).
 */
const DURATION = /^(?:(?:video )?duration:? |video ?)?(?:\d{1,2}:)?\d{1,2}:\d{2}(?: ?min(?:s|utes)?)?$/i;
/**
 * A video card inside the story, as CBC prints its embeds (probe r32): the video's title, its age, its labelled duration and a
 * sentence describing it ("Truckers say ferry breakdown costs them hours" / "2 days ago" / "Duration 2:11" / "Drivers hauling
 * goods to P.E.I. now have to take…"). The age and the duration's label together make the card: a teaser's age alone stamps a
 * list's rows, and a bare clock may be a live post's time.
 */
const CARD_AGE = /^\d{1,2} (?:minutes?|hours?|days?|weeks?|months?) ago$/i;
const LABELLED_DURATION = /^(?:video )?duration:? (?:\d{1,2}:)?\d{1,2}:\d{2}$/i;
/** The card's description is one sentence or two; a longer paragraph is the story going on. */
const MAX_CARD_DESCRIPTION_WORDS = 40;

function videoCardLength(texts: readonly string[], start: number): number {
  const [title, age, duration, description] = [texts[start]!, texts[start + 1], texts[start + 2], texts[start + 3]];
  if (age === undefined || duration === undefined || !CARD_AGE.test(age) || !LABELLED_DURATION.test(duration)) return 0;
  if (!isTitle(title) || SENTENCE_END.test(title)) return 0;
  const described = description !== undefined && SENTENCE_END.test(description) && wordCount(description) <= MAX_CARD_DESCRIPTION_WORDS;
  return described ? 4 : 3;
}

/** CNBC's label glued to the duration: its player prints the show's name under the video's title. */
const CNBC_DURATION = /^VIDEO ?(?:\d{1,2}:)?\d{1,2}:\d{2}$/u;
/**
 * The show under a CNBC video's title: "Squawk Box", "Closing Bell", "Squawk on the Street", "Mad Money with Jim
 * Cramer". Capitalised words and their small joining words, nothing else: no digit, no punctuation, no sentence.
 */
const SHOW_NAME = /^\p{Lu}[\p{L}'’]*(?: (?:\p{Lu}[\p{L}'’]*|on|the|with|of|and|in)){0,5}$/u;
/** A duration with the video's source after a dash: "02:14 - Source: CNN". */
const SOURCED_DURATION = /^(?:\d{1,2}:)?\d{1,2}:\d{2} ?[-–—] ?source: .{1,40}$/i;
/**
 * The controls of a web video player (Video.js, which News Corp Australia's sites and many others embed) flattened one a
 * line when its text is scraped, each a whole line: "Play Video", "Unmute", "Current Time 0:00", "/", "Duration 0:00",
 * "Loaded: 0%", "Stream Type LIVE", "Remaining Time -0:00", "1x", "Playback Rate", "Chapters", "Captions", "captions off,
 * selected", "Audio Track", "Fullscreen", "This is a modal window." (probe r25, news.com.au lines 11–26). A few of them
 * alone are words a story may print as a heading ("Captions", "Chapters"), so only a run of them goes.
 */
const PLAYER_CONTROL =
  /^(?:play(?: video)?|pause|mute|unmute|replay|current time -?(?:\d{1,2}:)?\d{1,2}:\d{2}|duration(?: time)? -?(?:\d{1,2}:)?\d{1,2}:\d{2}|remaining time -?(?:\d{1,2}:)?\d{1,2}:\d{2}|loaded: \d{1,3}(?:\.\d{1,2})?%|progress: \d{1,3}(?:\.\d{1,2})?%|stream type live|seek to live, currently (?:behind|playing) live|\d(?:\.\d{1,2})?x|playback rate|chapters|descriptions|descriptions off, selected|captions|captions settings, opens captions settings dialog|captions off, selected|subtitles|subtitles settings, opens subtitles settings dialog|subtitles off, selected|audio track|fullscreen|non-fullscreen|picture-in-picture|this is a modal window\.?|beginning of dialog window\. escape will cancel and close the window\.|end of dialog window\.|close modal dialog|next playlist item|seek to live, currently (?:behind|playing) live(?:live)?|captions and subtitles off, selected|reset restore all settings to the default values|\/)$/i;
/**
 * The player's caption-settings dialog, inside the run only: its field labels are words a story prints alone ("Text",
 * "Background", "Window", "Done"; aeb train page 291a8bf3…, lines 101–113).
 */
const PLAYER_SETTING = /^(?:text|background|window|colou?r|transparency|colou?rtransparency|font size|text edge style|font family|done|reset)$/i;
/** A run of this many player lines or more, at least this many of them controls, is a player. */
const MIN_PLAYER_RUN = 4;
const MIN_PLAYER_CONTROLS = 3;

function playerRunLength(texts: readonly string[], start: number): number {
  let end = start;
  let controls = 0;
  while (end < texts.length) {
    const text = texts[end]!;
    if (PLAYER_CONTROL.test(text)) controls++;
    else if (!PLAYER_NOTICE.test(text) && !DURATION.test(text) && !(controls > 0 && PLAYER_SETTING.test(text))) break;
    end++;
  }
  return end - start >= MIN_PLAYER_RUN && controls >= MIN_PLAYER_CONTROLS ? end - start : 0;
}

/** A line that ends a sentence: a heading's title never does. */
const SENTENCE_END = /[.!?]["'”’)]?$/u;
/** A video title is one short line; a long one is story text again. */
const MAX_TITLE_WORDS = 16;

export const rule: BlockRule = {
  kind: 'block',
  id: 'video-block',
  category: 'video',
  description:
    'A video or audio player block: a video card (title, age, duration, description), a player notice ("Now playing", "More Videos", "Next up in 5", "This video will start in 5 seconds", "Closed captioning of this video is provided by X"), and/or a duration such as 3:39 followed by the video title line.',
  englishOnly: false,
  match(texts, start) {
    const run = playerRunLength(texts, start);
    if (run > 0) return { length: run, reason: `video block: the player's controls (${run} lines)` };
    const card = videoCardLength(texts, start);
    if (card > 0) return { length: card, reason: 'video block: a video card (title, age, duration, description)' };
    let end = start;
    const notice = PLAYER_NOTICE.test(texts[end]!);
    if (notice) end++;
    const heading = !notice && VIDEO_HEADING.test(texts[end]!);
    if (heading) end++;
    let duration = end < texts.length && DURATION.test(texts[end]!) && (notice || heading || !isLivePostClock(texts, end));
    if (duration) {
      const cnbc = CNBC_DURATION.test(texts[end]!);
      end++;
      if (end < texts.length && isTitle(texts[end]!)) {
        end++;
        if (cnbc && end < texts.length && SHOW_NAME.test(texts[end]!)) end++;
      }
    } else if (end < texts.length && SOURCED_DURATION.test(texts[end]!)) {
      duration = true;
      end++;
    } else if (notice && end + 1 < texts.length && isTitle(texts[end]!) && SOURCED_DURATION.test(texts[end + 1]!)) {
      duration = true;
      end += 2;
    } else if ((heading || notice) && end < texts.length && isTitle(texts[end]!) && (heading ? !SENTENCE_END.test(texts[end]!) : WATCH_TITLE.test(texts[end]!))) {
      end++;
    }
    if (end === start) return null;
    const parts = [notice ? 'player notice' : '', heading ? 'video heading and title' : '', duration ? 'duration and video title' : ''].filter(Boolean);
    return { length: end - start, reason: `video block: ${parts.join(', ')}` };
  },
  examples: {
    source:
      'seed 004 lines 86–88, 94–96, 59 and 112–115 (line 115 is story text after the block); the CNN and Daily Mail lines written from how those pages print them',
    remove: [
      // A local TV station's page (TEGNA's layout), made-up title: the label, then the video's title.
      ['Video duration 2:14', 'Watch: Crews work to fix a main break on Fourth Street'],
      ['Please use Chrome browser for a more accessible video player', '3:39', '‘I have a warm spot for the UK’'],
      ['Please use Chrome browser for a more accessible video player', '14:15', 'A panel of Sky reporters dissect the trans-Atlantic meeting.'],
      ['Please use Chrome browser for a more accessible video player'],
      // aeb page (a Brightcove player left in the flattened page).
      ['Video Player is loading.'],
      // BBC and Guardian players with scripts off.
      ['Now playing', '2:31', 'Watch: the scene at the border'],
      ['To play this video you need to enable JavaScript in your browser.'],
      ['Watch now'],
      // CNN's player: its label, the title, then the duration with its source; Daily Mail's pointer.
      ['Video Ad Feedback', 'Lawmakers react to the funding deal', '02:14 - Source: CNN'],
      ['02:14 - Source: CNN'],
      // Probe r24b, a made-up page in the shape of a Fox News page: the audio player's notice over every story, its "NEW"
      // badge glued on by the flattening.
      ['NEWYou can now listen to Fox News articles!'],
      ['Scroll down for video'],
      // Al Jazeera's player label over its duration and title, and a podcast player's placeholder, as their pages print them.
      ['Video Duration 02 minutes 15 seconds', '02:15', 'Watch: Zelenskyy reacts to the EU decision'],
      ['Audio player loading…'],
      // CNBC's player label, the label and its duration twice, as its pages flatten it; the story goes on under it.
      ['VIDEO 2:14 02:14'],
      ['VIDEO2:1402:14'],
      // The same label with its duration once, the video's title and the show's name under it (probe r24, a made-up page in the shape of CNBC).
      ['WATCH NOW', 'VIDEO02:14', 'Boeing CEO: We need a fundamental culture change', 'Squawk Box'],
      ['VIDEO 5:41', 'Why the 777X is six years late', 'Squawk on the Street'],
      // An audio player's button: aeb page eb62ac… (Fox News' menu), the Washington Post's "Listen" under its headline.
      ['Listen'],
      ['Listen to this article', '5:32'],
      // The New York Times' listen bar with its length, Politico's AI-voiced player, as their pages print them.
      ['Listen to this article · 5:12 min Learn more'],
      ['Press play to listen to this article'],
      ['Voiced by artificial intelligence.'],
      // The same button on Italian, French and Spanish sites, as their pages print it.
      ['Ascolta l’articolo'],
      ['Écouter cet article'],
      // NHK's player over the story and Haaretz's listen button, as their pages print them (probes of 2026-12-07, second round).
      ['動画を再生する（1分45秒）'],
      ['להאזנה לכתבה'],
      // A local TV station's player between two paragraphs, its countdown to the next video and its captioning credit (probe r23, made-up page).
      ['More Videos'],
      ['Next up in 5'],
      ['This video will start in 5 seconds'],
      ['Closed captioning of this video is provided by Hearing Loss Association of America - St. Louis.'],
      // A Video.js player's controls flattened one a line (probe r25, a made-up page in the shape of news.com.au).
      [
        'Video Player is loading.', 'Play Video', 'Unmute', 'Current Time 0:00', '/', 'Duration 0:00', 'Loaded: 0%', 'Stream Type LIVE', 'Remaining Time -0:00', '1x',
        'Playback Rate', 'Chapters', 'Captions', 'captions off, selected', 'Audio Track', 'Fullscreen', 'This is a modal window.',
      ],
      // CBC's listen bar under the headline: its button, its length in words and its text-to-speech notice (probe r25, made-up page).
      ['Estimated 4 minutes'],
      ['The audio version of this article is generated by text-to-speech, a technology based on artificial intelligence.'],
      ['This audio is auto-generated. Please let us know if you have feedback.'],
      // The Los Angeles Times' notice under its listen bar (probe r26, made-up page).
      ['This is read by an automated voice. Please report any issues or inconsistencies here.'],
      // The Atlantic's listen bar notice and ABC News' (US) autoplay box under the story (probe r27, made-up pages).
      ['Produced by ElevenLabs and News Over Audio (Noa) using AI narration. Listen to more stories on the Noa app.'],
      ['Up Next in US—'],
      ['Starting in a few seconds...'],
      // NDTV's video box under the story, its heading over the video's title (probe r25, made-up page).
      ['Featured Video Of The Day', 'Dam Safety Bill: What Changes For States? Explained'],
      // Sky Sports' player with the video's title and no duration (probe r25, made-up page).
      ['Please use Chrome browser for a more accessible video player', "Watch free Premier League highlights from Brentford's draw with Everton"],
    ],
    inContext: [
      // CBC's video card inside the story, the story's subheading under it (probe r32, a made-up page).
      {
        texts: [
          'Truckers say ferry breakdown costs them hours', '2 days ago', 'Duration 2:11',
          'Drivers hauling goods to P.E.I. now have to take the Confederation Bridge, adding up to three hours to some trips.', 'A long way around',
        ],
        start: 0,
        length: 4,
      },
      // A duration and a title, then a heading in capitals: a show's name follows CNBC's glued label only.
      { texts: ['Now playing', '2:31', 'Watch: the scene at the border', 'Border Patrol Chief Resigns'], start: 0, length: 3 },
      { texts: ['VIDEO02:14', 'Boeing CEO: We need a fundamental culture change', 'Boeing shares rose about 1% in premarket trading.'], start: 0, length: 2 },
      // A notice over a story line: only a title that names what the video shows goes with it.
      { texts: ['Please use Chrome browser for a more accessible video player', 'What happened next', 'The club said it would appeal.'], start: 0, length: 1 },
      { texts: ['Featured Video Of The Day', 'The minister said the bill would pass.'], start: 0, length: 1 },
      // Two videos in one story, each a duration over its title, prose between: each is a video (three such make a live blog's posts).
      { texts: ['2:31', 'Watch: the scene at the border', 'Border agents said the crossing would reopen on Monday.', 'The ministry did not comment.', '1:45', 'Watch: the minister arrives'], start: 0, length: 2 },
    ],
    keep: [
      ['You can now listen to the hearing online, the court said, and read its articles in full.'],
      ['There were wins too.', 'Spreaker'],
      ['Scroll down for video of the rescue, which took the crew three hours in the dark.'],
      ['This is read by an automated voice at the station, the engineer said, and listeners rarely notice.'],
      ['動画を再生するには、ページを再読み込みしてください。'],
      // aeb 8cad00dc (gold).
      ['Next up is the Coloured Box Drum Dance performed with adorable drums!!'],
      ['More videos of the attack were posted online on Tuesday, police said.'],
      ['Closed captioning was provided by volunteers at the first hearing, the council said.'],
      ['The audio version of the speech was released by the palace on Monday.'],
      ['Estimated 40 minutes of footage was lost, the court heard.'],
      ['Produced by ElevenLabs, the voice was used in a robocall using AI narration, prosecutors said.'],
      ['Up next in the Senate is a vote on the farm bill.'],
      ['Starting in a few seconds, the crowd fell silent.'],
      // Probe r28, a made-up page in the shape of an Independent live blog (01 lines 23–35): each post's time over its heading.
      [
        '14:50', 'Power cuts climb past 62,000 homes', 'National Grid says 62,400 homes and businesses in Wales are now without electricity, most of them in Pembrokeshire.',
        'Tom Beresford7 December 2026 14:50', '14:31', 'Aberystwyth seafront closed as waves top sea wall',
        'Ceredigion County Council has closed the promenade in Aberystwyth after waves broke over the sea wall.', 'Tom Beresford7 December 2026 14:31',
        '14:02', 'Transport for Wales cancels all services west of Cardiff', 'Transport for Wales said no trains would run west of Cardiff Central for the rest of the day.',
      ],
      // A teaser list's rows with their ages: no duration, no card.
      ['Ferry cancelled for season', '2 days ago', 'Bridge tolls to rise in January', '3 days ago'],
      // A story's headings that a player also prints: alone or two together they stay.
      ['Chapters', 'The book has 12 chapters, each named after a river.'],
      ['Captions', 'Subtitles', 'The broadcaster said it would add both by June.'],
      ['Afterwards, he told reporters at the press conference in the East Wing of the White House that there was a “very good chance” of a trade deal in which tariffs were not necessary.'],
    ],
  },
};

function isTitle(line: string): boolean {
  return !DURATION.test(line) && !SOURCED_DURATION.test(line) && !PLAYER_NOTICE.test(line) && line.split(' ').length <= MAX_TITLE_WORDS;
}
