import type { LineRule } from './types.js';
import { REPORTED_SPEECH, wordCount } from './helpers.js';

/**
 * Promotional calls to action and widget messages: "CLICK HERE TO GET THE FOX NEWS APP",
 * "Get Quanta Magazine delivered to your inbox", "Receive the latest local updates in your inbox",
 * "Like this story? Share it with a friend!", "There was an error processing your subscription."
 */
const CALL =
  /^(?:click here|tap here)\b|, (?:click|tap) here[.!]?$|^(?:enter|type) (?:your|an?) (?:valid )?e-?mail(?: address)?(?:[:.!…]?$|\.\.\.$| to (?:subscribe|sign up|receive|get)\b)|^thanks? (?:you )?for (?:signing up|subscribing)\b|^thanks for reading[^.!?]{0,30}[.!] (?:subscribe|sign up)\b|\b(?:to|in) your inbox\b|\bour newsletters?\b|\bto be e-?mailed about\b|^like this (?:story|article)\?|^(?:an error has occurred|there was an error|something went wrong)\b/i;
/** An imperative promo is one clause: no comma ("Join us, he told the crowd, …" is story), no full stop but at its end. */
const IMPERATIVE = /^(?:subscribe|sign up|get|receive|join|download)\b[^,.]{0,100}\b(?:newsletters?|e-?mails?|briefings?|inbox|alerts|apps?|updates|magazines?)\b[^,.]{0,40}\.?$/i;
/** A bare subscribe button naming its newsletter: "Subscribe to Business Today", "Sign up for the Morning Rundown". */
const SUBSCRIBE_TO_TITLE = /^(?:[Ss]ubscribe to|[Ss]ign up (?:for|to)) (?:[Tt]he )?\p{Lu}[\p{L}\p{N}’']*(?: \p{Lu}[\p{L}\p{N}’']*){0,4}$/u;
/**
 * Promos that ask for a subscription or a click after a hook: "Need more space? Subscribe to our
 * sister title…", "Subscribe to WIRED and stay smart…", "GET FOX BUSINESS ON THE GO BY CLICKING HERE",
 * "…Chris Cillizza will delve… Click to subscribe!", "Let our news meet your inbox."
 */
const PROMO = /\bsubscribe to our\b|\bby clicking here$|\bclick to subscribe!?$|\bmeet your inbox\b/i;
/**
 * "Subscribe to WIRED and stay smart…": the title is read by its capital, so without the i flag (under it `\p{Lu}` is any
 * letter, and a consumer story's "Subscribe to both and the monthly bill comes to $30…" went).
 */
const SUBSCRIBE_TO_TITLE_AND = /^(?:[Ss]ubscribe|SUBSCRIBE) to \p{Lu}[\p{L}\p{N}]+ (?:and|AND)\b/u;
/** A button's label on a line of its own: "Learn More", "Get In Touch", "Become a member". */
const BUTTON = /^(?:learn more|find out more|get in touch|register (?:now|here|today)|read in (?:the )?app|open in (?:the )?app|become an? (?:member|subscriber|supporter)|send us your feedback)[ .!:>»›]*$/i;
/**
 * A pointer to the outlet's channel elsewhere: "Follow Sky News on WhatsApp", "Join ST's WhatsApp
 * Channel and get the latest news…", "Keep up with all the latest news… by following Sky News",
 * "Sign up for push alerts…", "Listen to our Inside Politics podcast…", "Find The Irish Times on WhatsApp…" (a capitalised
 * name before a messenger, probe r26; "Find Mary on Facebook" names no channel), "Join the Manchester Evening News WhatsApp
 * community for the latest news straight to your phone" (Reach's papers, probe r31). An author's own "Follow me on
 * Twitter" closes a bio, which the classifier takes with it (author-credit's sign-off).
 */
const CHANNEL_PROMO =
  /^[Ff]ind (?:\p{Lu}[\p{L}’'.]*(?: \p{Lu}[\p{L}’'.]*){0,4}) on (?:WhatsApp|Telegram|Google News)\b|^[Ff]ind us on (?:WhatsApp|Telegram|Google News|Instagram|Facebook|Twitter|X|TikTok|YouTube|Threads|Bluesky|LinkedIn)[.!]?$|^(?:[Ff]ollow|[Jj]oin) (?!me\b)[^.!?]{0,60}\b(?:on|via) (?:WhatsApp|Telegram|Google News|Instagram|Facebook|Twitter|X|TikTok|YouTube|Threads|Bluesky|LinkedIn)\b|^[Jj]oin\b[^.!?]{0,40}\b(?:WhatsApp|Telegram|Google News) (?:[Cc]hannel|[Cc]ommunity)\b|\bby following (?:us|\p{Lu}[\p{L}]*(?: \p{Lu}[\p{L}]*){0,3})(?: on \p{Lu}[\p{L} ]{0,20})?\.?$|\bpush (?:alerts|notifications)\b|^[Ll]isten to our\b[^.!?]{0,50}\bpodcast\b/u;
/**
 * Google's "preferred sources" prompt under a story (probe r26, Yahoo's "Add Yahoo as a preferred source to see more of our stories
 * on Google."): it names Google; a ministry's "preferred source of supply" does not.
 */
const PREFERRED_SOURCE = /^(?:add|make|set) [^.!?]{1,40}? (?:as )?(?:a |your )?preferred sources?\b[^.!?]{0,80}\bgoogle\b[^.!?]{0,40}[.!]?$/i;
/**
 * The same pointer after a one-sentence hook, at a paragraph's length: "Stay informed and ahead of the
 * curve! Follow The Punch Newspaper on WhatsApp for real-time updates, breaking news, and exclusive
 * content. Don't miss a headline – join now!" (the Punch). The pointer names the outlet or "us": a story's
 * second sentence does not ask the reader to follow an outlet on a messenger ("Follow the rules on…").
 */
const HOOKED_CHANNEL_PROMO = /^[^.!?]{1,80}[.!] (?:[Ff]ollow|[Jj]oin) (?:us |\p{Lu}[^.!?]{0,60})\b(?:on|via) (?:WhatsApp|Telegram|Google News)\b/u;
/** A tip-line promo: "Got a Tip?", "Have a confidential tip for our reporters? Get in touch". */
const TIP_LINE = /^(?:have|got) an? (?:confidential |news )?tip(?: for (?:us|our reporters))?\?/i;
/**
 * A request for tips closing a story, a question to the reader then a way to reach the newsroom (probe r26): TechCrunch's "Got a
 * sensitive tip or confidential documents? We’re reporting on… Reach out to Kyle Wiggers at kyle@… or via Signal at…", Business
 * Insider's "Do you work at Meta? Contact the reporter using a nonwork email and device at x@… or through Signal at…", Newsweek's
 * "Do you have a tip on a story Newsweek should be covering? … Let us know via science@newsweek.com.". Both the question and an
 * address (e-mail or Signal) are needed: a story asks "Do you work at a bank?" without one.
 */
const TIP_QUESTION = /^(?:do you (?:have|work|know)|have you|are you|got|have) [^?]{1,100}\?/i;
/**
 * A local station's ask for the viewers' pictures under every story (probe r34, a Nexstar station: "Do you have a photo or video of
 * a breaking news story? Send it to us here with a brief explanation."): the question names a photo or video, the answer asks the
 * reader to send it. A story asking for footage names who asks ("Police asked: do you have video of the crash?…").
 */
const PICTURE_ASK =
  /^(?:do you have|have you got|got) (?:an? |any )?(?:photos?|videos?|pictures?)(?: or (?:an? |any )?(?:photos?|videos?|pictures?))? (?:of|from) [^?]{1,60}\? (?:send|share|submit|upload|e-?mail) (?:it|them|yours?)\b[^?]{0,100}$/i;
const TIP_CONTACT = /\b(?:contact|reach out|reach|e-?mail|message|let us know|get in touch|write to)\b[^?]{0,120}(?:\b[\w.+-]+@[\w-]+\.[\w.]+|\bSignal\b)/i;
const MAX_TIP_WORDS = 80;
/** A terminal's promo under a story: "Before it’s here, it’s on the Bloomberg Terminal". */
const TERMINAL_PROMO = /^before it[’']s here, it[’']s on the bloomberg terminal\.?$/i;
/**
 * The Motley Fool's stock-picking service promo under its syndicated stories (Yahoo Finance): "Should you
 * invest $1,000 in Coca-Cola right now?", "Before you buy stock in Coca-Cola, consider this: The Motley Fool
 * Stock Advisor analyst team just identified…", "See the 10 stocks »", "*Stock Advisor returns as of June 17,
 * 2024". The template's own wording, line by line: a story asks no such question of the reader. Investing.com's tool promo asks
 * it without the sum and answers with the tool, closing on "find out if" (probe r34: "Should you invest in NVDA right now?
 * ProPicks AI evaluates NVDA alongside thousands of other companies… Find out if NVDA is one of them."); a story going on after
 * the question weighs the stock itself.
 */
const STOCK_PICK_PROMO =
  /^(?:should you invest \$[\d,]{1,9} in [^.!?]{1,60} right now\?|should you (?:invest in|buy) [^.!?]{1,60} right now\? [^?]{1,400}\b(?:find out|see|discover) (?:if|whether)\b[^.!?]{1,80}[.!]?|before you buy stock in [^.!?,]{1,60}, consider this: the motley fool stock advisor analyst team\b.{0,900}|see the \d{1,3} stocks(?: »)?|\*stock advisor returns as of [\p{L}\p{N} ,.]{1,30})$/iu;
const MAX_STOCK_PICK_WORDS = 160;
const MAX_WORDS = 25;
/**
 * A promo paragraph closed by its sign-up sentence: "Start your day with the Opening Bell powered by
 * The Water Coolest. … Sign up for the free daily newsletter." A story paragraph is not closed by
 * an invitation to a newsletter, so the hook before it may be longer than a button's wording. DW's sign-up sentence
 * speaks to the reader: "While you're here: Every Tuesday, DW editors round up… You can sign up here for the weekly email
 * newsletter Berlin Briefing." (probe r25).
 */
const CLOSING_SIGN_UP = /(?:^|[.!?] )(?:you can )?(?:sign up|subscribe)\b[^.!?]{0,60}\b(?:newsletters?|e-?mails?|briefings?)\b[^.!?]{0,30}[.!]?$/i;
/** The same promo when the hook names the newsletter and the button only asks: "…with our Morning Bid U.S. newsletter. Sign up here." */
const HOOK_THEN_BUTTON = /\b(?:newsletters?|briefings?)\b[^.!?]{0,40}[.!?] (?:sign up|subscribe)(?: for it)?(?: (?:here|now|today|for free))?[.!]?$/i;
/**
 * Or opened by it: "Sign up for CNN's Wonder Theory science newsletter. Explore the universe with news
 * on…", "Sign up for The Early 202, a morning newsletter with everything you need to know…". The sentence after it opens
 * with a capital, read without the i flag (under it `\p{Lu}` is any letter: a travel tip's "…fare-alert newsletters. eBay
 * and Amazon offer…" went), so the keywords are spelled in their cases.
 */
const OPENING_SIGN_UP =
  /^(?:[Ss]ign [Uu]p|SIGN UP|[Ss]ubscribe|SUBSCRIBE)\b[^.!?]{0,60}\b(?:[Nn]ewsletters?|NEWSLETTERS?|[Bb]riefings?|BRIEFINGS?)(?:[.!] \p{Lu}|\b[^.!?]{0,80}[.!]?$)/u;
const MAX_PROMO_WORDS = 60;
/**
 * A station's or paper's app promo, its brand however written (local TV names itself by its channel number: "Download
 * the 5 On Your Side app for breaking news alerts, live video and personalized weather on iPhone and Android.", "Stay
 * up to date on the latest news with the 5 On Your Side app. Download here."). It names what the app brings or where to
 * get it, and no one is quoted: "Download the FEMA app for alerts, officials urged." is a story's sentence.
 */
const APP_DOWNLOAD = /^download (?:the |our )?(?:free )?[^.!?]{1,40}? app\b[^.!?]{0,160}[.!]?$/i;
const APP_OFFERS = /\b(?:alerts|breaking news|latest news|live (?:video|coverage|stream)|weather|iphone|android|app store|google play)\b/i;
const APP_STAY_UP = /^(?:stay|keep) (?:up to date|up-to-date|informed|connected|in the know)\b[^.!?]{0,80}\bapp[.!] (?:download|get|install) (?:it )?(?:here|now|today|for free)[.!]?$/i;
/**
 * An opinion page's call for letters, its rules after it: "Have an opinion about this topic? Send a letter to the
 * editor at letters@herald-record.com. Letters should be no more than 250 words…". The question asks the reader
 * for an opinion and the next sentence sends it to the editor.
 */
const LETTER_CALL =
  /^(?:have|got|share) (?:an? |your )?(?:opinion|view|thoughts?|take|something to say)\b[^.!?]{0,60}\? (?:send|write|submit|email|e-mail)\b[^.!?]{0,30}\bletters? to the editor\b/i;
/**
 * The New York Times' notice under every opinion piece, in its own words: "The Times is committed to publishing a
 * diversity of letters to the editor. We’d like to hear what you think about this or any of our articles. Here are some
 * tips. And here’s our email: letters@nytimes.com." The paper speaks of its letters page and asks about "our articles".
 */
const LETTERS_NOTICE = /^the times is committed to publishing a diversity of letters to the editor\b|\bwe['’]d like to hear what you think about this or any of our articles\b/i;
const MAX_LETTER_CALL_WORDS = 100;
/**
 * A syndicated story's pointer home and a hub promo: "For the latest news, weather, sports, and streaming video, head to
 * The Hill." (Nexstar's stations and The Hill on Yahoo and MSN), "Get the latest updates from the 2024 campaign trail,
 * exclusive interviews and more at our Fox News Digital election hub." A newsletter's tagline names its rhythm: "Live
 * updates, breaking news and the top stories from around the country, sent to you each weekday." Each sends the reader
 * elsewhere; no one is quoted.
 */
const OUTLET_POINTER =
  /^for (?:the |all the )?latest (?:news|headlines|updates|stories)\b[^.!?]{0,80}, (?:head|go|turn) (?:over )?to [^.!?]{1,60}[.!]?$|^get (?:the |all the )?latest (?:news|updates|headlines|coverage)\b[^.!?]{0,140} (?:at|on|in) our [^.!?]{1,60}\b(?:hub|page|live blog|coverage)[.!]?$/i;
/** The tagline's rhythm, scanned for before its whole shape (whose look-ahead is costly to try at every line). */
const SENT_TO_YOU = / (?:sent|delivered) to you (?:each|every) (?:weekday|day|morning|evening|week)[.!]?$/i;
const NEWSLETTER_TAGLINE = /^(?![^.!?]*\b(?:was|were|is|are|be|been|will|would|had|has|have)\b)[^.!?]{1,140},? (?:sent|delivered) to you (?:each|every) (?:weekday|day|morning|evening|week)[.!]?$/i;
const MAX_POINTER_WORDS = 40;
/**
 * An Indian news site's pointer to its own feed under every story, in the imperative, naming its latest news (Hindustan
 * Times: "Catch your daily dose of Fashion, Taylor Swift, Health… and all the other Latest Lifestyle News on Hindustan
 * Times Website and APPs.", "Get Latest India News along with Latest News and Top Headlines from India and around the
 * world."; NDTV: "Track Latest News Live on NDTV.com and get news updates…"; the Economic Times and Mint: "Catch all the
 * Business News, Breaking News Events and Latest News Updates on The Economic Times."; probe r25). A dot inside a name
 * ("NDTV.com") is no sentence end; no one is quoted.
 */
const NEWS_FEED_POINTER = /^(?:catch|get|track) (?=(?:[^.!?]|\.(?=\S)){0,200}\blatest (?:[\p{L}-]+ ){0,2}(?:news|updates|headlines)\b)(?:[^.!?]|\.(?=\S)){1,300}[.!]?$/iu;
const MAX_FEED_POINTER_WORDS = 50;
/**
 * A conference's promo box inside a story (TechCrunch's, every tech outlet's own events): its invitation "Join us at
 * TechCrunch Sessions: AI" (a capitalised event name, no comma, no sentence end) and its ticket offer "Save up to $300 on
 * your pass before prices rise." (probe r25). The event's name is read by its capital, without the i flag: under it a
 * headline's "Join us for a pint and a chat: pubs open their doors…" was an invitation.
 */
const EVENT_INVITATION = /^(?:[Jj]oin us|JOIN US) (?:at|for|AT|FOR) \p{Lu}[^.!?,]{1,60}$/u;
const TICKET_OFFER = /^save (?:up to )?[$£€]\d[\d,]{0,6} on (?:your |an? )?(?:\p{L}+ )?(?:pass(?:es)?|tickets?|registration)\b(?:[^.!?]|\.(?=\d)){0,80}[.!]?$/iu;
/**
 * The rest of the same box, as TechCrunch prints it around its ticket offer (probe r26): the box's label "Techcrunch event" (the
 * site's, as data), the invitation with its crowd counted, "Join 10k+ tech and VC leaders for growth and connections at
 * Disrupt 2026" (a count with "+", "over" or "more than", then a capitalised event name closing the line, no comma: "Join 200
 * neighbours at Riverside Park" stays), and the place with the event's days, "San Francisco | October 13-15, 2026" (a range
 * of days: a dateline gives one).
 */
const EVENT_BOX =
  /^[Tt]ech[Cc]runch [Ee]vent$|^[Jj]oin (?:(?:over|more than) \d[\d,.]*[kK]?|\d[\d,.]*[kK]?\+) [^.!?,]{1,80} at \p{Lu}[^.!?,]{1,40}$|^\p{Lu}[\p{L} .]{1,30} \| (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2} ?[-–] ?\d{1,2}, \d{4}$/u;
/**
 * An invitation to the site's own forum or community, addressed to the reader: "Join our Space Forums to keep talking space
 * on the latest missions, night sky and more! And if you have a news tip, correction or comment, let us know at: …"
 * (Space.com's, under every story: aeb train pages 686bb170…, c50845a7…). Found by the glued train pages of probe r25: once
 * the newsletter tagline under it went by rule, the segmenter started a story of furniture at it.
 */
const COMMUNITY_INVITE = /^join our (?:[\p{L}-]+ ){0,3}(?:forums?|community|discord|subreddit)\b/iu;
/** A broadcaster's streaming offer between a match report's paragraphs: "Stream Sky Sports on NOW with no contract for £34.99 a month" (probe r25). */
/**
 * The pointer to the outlet under every Mint story (probe r28): "Catch all the Corporate news and Updates on Live Mint.
 * Download The Mint News App to get Daily Market Updates & Live Business News." "Catch all the", the news, "on" and the
 * outlet's capitalised name closing the sentence, then perhaps the app's download; read without the i flag, so the outlet is
 * a capitalised name ("Catch all the news on the radio, she said." stays).
 */
const CATCH_ALL_POINTER =
  /^[Cc]atch all the [^.!?]{0,80}\b(?:[Nn]ews|[Uu]pdates)\b[^.!?]{0,60} on (?:[Tt]he )?\p{Lu}[\p{L}\p{N}.]*(?: \p{Lu}[\p{L}\p{N}.]*){0,3}\.(?: [Dd]ownload (?:[Tt]he|[Oo]ur) [^.!?]{1,40} [Aa]pp\b[^.!?]{0,100}\.?)?$/u;
/**
 * Site invitations in the outlet's own fixed words (probe r28): The Conversation's box under every story, "Want to write?" and
 * "Write an article and join a growing community of more than 210,000 academics and researchers from 5,200 institutions.";
 * Inquirer.net's "Don't miss out on the latest news and information." and "For feedback, complaints, or inquiries, contact
 * us." Whole lines: a sentence going on ("Don't miss out on the latest news from the front, the general told the troops.")
 * stays.
 */
const SITE_INVITATION =
  /^(?:want to write\?|write an article and join a growing community of (?:more than |over )?\d[\d,]{0,9} [^!?]{1,100}|don['’]t miss (?:out on )?(?:the )?latest (?:news|updates|stories)(?: and (?:information|analysis|updates))?[.!]?|for (?:feedback|complaints|inquiries|enquiries|corrections|questions)(?:,? (?:or |and )?(?:feedback|complaints|inquiries|enquiries|corrections|questions|suggestions)){1,3},? (?:please )?contact us[.!]?)$/i;
/**
 * A newsletter's sign-off, as an issue archived as a web page keeps it (probe r33, Semafor Flagship): the thanks naming the
 * newsletter by its capitals, "Thanks for reading Semafor Flagship.", and the pointer for a reader sent the email by a friend,
 * "Forwarded this email? Sign up here.". A column's closing "Thanks for reading." names nothing and stays.
 */
const NEWSLETTER_THANKS = /^Thanks for reading (?:the )?\p{Lu}[\p{L}\p{N}’']*(?: \p{Lu}[\p{L}\p{N}’']*){0,4}[.!]$/u;
const FORWARDED_ISSUE = /^(?:forwarded this (?:e-?mail|newsletter)|(?:was|got) this (?:e-?mail|newsletter) forwarded(?: to you)?|did someone forward (?:you )?this(?: e-?mail| newsletter)?(?: to you)?)\? (?:sign up|subscribe)\b[^.!?]{0,40}[.!]?$/i;
const STREAMING_OFFER = /^(?:stream|watch|get) [^.!?]{1,80}\bno (?:long-term |annual )?contract\b(?:[^.!?]|\.(?=\d)){0,60}[.!]?$/i;

export const rule: LineRule = {
  kind: 'line',
  id: 'call-to-action',
  category: 'newsletter',
  description:
    'A short promotional call to action (click here, get the app, delivered to your inbox, our newsletter, a "Learn More" button, a "Got a Tip?" line, an app promo, a call for letters to the editor) or a widget error message.',
  englishOnly: true,
  match(text) {
    const words = wordCount(text);
    if (words <= MAX_TIP_WORDS && TIP_QUESTION.test(text) && TIP_CONTACT.test(text) && !REPORTED_SPEECH.test(text)) return { reason: 'request for tips' };
    if (words <= MAX_STOCK_PICK_WORDS && STOCK_PICK_PROMO.test(text)) return { reason: 'stock-picking service promo' };
    if (words <= MAX_TIP_WORDS && PICTURE_ASK.test(text) && !REPORTED_SPEECH.test(text)) return { reason: 'request for readers\' pictures' };
    if (words <= MAX_LETTER_CALL_WORDS && (LETTER_CALL.test(text) || LETTERS_NOTICE.test(text))) return { reason: 'call for letters to the editor' };
    if (words <= MAX_POINTER_WORDS && (OUTLET_POINTER.test(text) || (SENT_TO_YOU.test(text) && NEWSLETTER_TAGLINE.test(text))) && !REPORTED_SPEECH.test(text)) return { reason: 'pointer to the outlet or a newsletter tagline' };
    if (words <= MAX_FEED_POINTER_WORDS && (NEWS_FEED_POINTER.test(text) || CATCH_ALL_POINTER.test(text)) && !REPORTED_SPEECH.test(text)) return { reason: 'pointer to the outlet\'s news feed' };
    if (words <= MAX_POINTER_WORDS && SITE_INVITATION.test(text)) return { reason: 'the site\'s own invitation' };
    if (NEWSLETTER_THANKS.test(text) || FORWARDED_ISSUE.test(text)) return { reason: 'a newsletter issue\'s sign-off' };
    if (words <= MAX_WORDS && STREAMING_OFFER.test(text) && !REPORTED_SPEECH.test(text)) return { reason: 'streaming offer' };
    if (words <= MAX_WORDS && (EVENT_INVITATION.test(text) || TICKET_OFFER.test(text) || EVENT_BOX.test(text)) && !REPORTED_SPEECH.test(text)) return { reason: 'event promo' };
    if (words <= MAX_PROMO_WORDS && COMMUNITY_INVITE.test(text) && !REPORTED_SPEECH.test(text)) return { reason: 'invitation to the site\'s forum' };
    if (words <= MAX_WORDS && (APP_STAY_UP.test(text) || (APP_DOWNLOAD.test(text) && APP_OFFERS.test(text))) && !REPORTED_SPEECH.test(text)) return { reason: 'app promo' };
    if (words <= MAX_WORDS && (CALL.test(text) || IMPERATIVE.test(text) || PROMO.test(text) || SUBSCRIBE_TO_TITLE_AND.test(text) || SUBSCRIBE_TO_TITLE.test(text) || CHANNEL_PROMO.test(text) || PREFERRED_SOURCE.test(text) || isButtonOrTipLine(text))) {
      return { reason: 'call to action or widget message' };
    }
    return words <= MAX_PROMO_WORDS && (HOOKED_CHANNEL_PROMO.test(text) || CLOSING_SIGN_UP.test(text) || HOOK_THEN_BUTTON.test(text) || OPENING_SIGN_UP.test(text)) ? { reason: 'promo around a newsletter sign-up' } : null;
  },
  examples: {
    source: 'aeb page 7dfc3e…, bdb56a…, 51d066…, 4a44ab…, 08f793…, 5ae11e…; aeb container 0dd135…, 55bb63…',
    remove: [
      // Probe r34: a Nexstar station's ask for pictures, Investing.com's tool promo.
      'Do you have a photo or video of a breaking news story? Send it to us here with a brief explanation.',
      'Should you invest in NVDA right now? ProPicks AI evaluates NVDA alongside thousands of other companies every month using 100+ financial metrics. Find out if NVDA is one of them.',
      // Probe r25, made-up pages in the shape of Hindustan Times, NDTV, the Economic Times, News24, TechCrunch, Sky Sports and DW.
      'Catch your daily dose of Fashion, Taylor Swift, Health, Festivals, Travel, Relationship, Recipe and all the other Latest Lifestyle News on Hindustan Times Website and APPs.',
      'Get Latest India News along with Latest News and Top Headlines from India and around the world.',
      'Track Latest News Live on NDTV.com and get news updates from India and around the world',
      'Catch all the Business News, Breaking News Events and Latest News Updates on The Economic Times.',
      // Probe r28, made-up pages in the shape of Mint, The Conversation and Inquirer.net.
      'Catch all the Corporate news and Updates on Live Mint. Download The Mint News App to get Daily Market Updates & Live Business News.',
      'Want to write?',
      'Write an article and join a growing community of more than 210,000 academics and researchers from 5,200 institutions.',
      "Don't miss out on the latest news and information.",
      'For feedback, complaints, or inquiries, contact us.',
      'Find us on Telegram',
      'Register Now',
      'Join us at TechCrunch Sessions: AI',
      'Join our Space Forums to keep talking space on the latest missions, night sky and more! And if you have a news tip, correction or comment, let us know at: community@space.com.',
      'Save up to $300 on your pass before prices rise.',
      // Probe r26, a made-up TechCrunch page: the rest of its event box.
      'Techcrunch event',
      'Join 10k+ tech and VC leaders for growth and connections at Disrupt 2026',
      'San Francisco | October 13-15, 2026',
      'Stream Sky Sports on NOW with no contract for £34.99 a month',
      "While you're here: Every Tuesday, DW editors round up what is happening in German politics and society. You can sign up here for the weekly email newsletter Berlin Briefing.",
      // Channel and podcast pointers as Sky News, the Straits Times and the Irish Times print them, and a membership button (Kyiv Independent).
      'Follow Sky News on WhatsApp',
      // The New York Times' app button, as its pages print it.
      'Read in app',
      'Keep up with all the latest news from the UK and around the world by following Sky News',
      "Join ST's WhatsApp Channel and get the latest news and must-reads.",
      // Reach's papers between two story paragraphs (probe r31, a made-up page in the shape of the Manchester Evening News).
      'Join the Manchester Evening News WhatsApp community for the latest news straight to your phone',
      'Join The Irish Times on WhatsApp and stay up to date',
      // Probe r26, made-up Irish Times and Yahoo News pages.
      'Find The Irish Times on WhatsApp and stay up to date',
      'Add Yahoo as a preferred source to see more of our stories on Google.',
      // The Punch's channel promo under its stories, as its pages print it.
      "Stay informed and ahead of the curve! Follow The Punch Newspaper on WhatsApp for real-time updates, breaking news, and exclusive content. Don't miss a headline – join now!",
      'Sign up for push alerts and have the best news, analysis and comment delivered directly to your phone',
      'Listen to our Inside Politics podcast for the latest political news and analysis',
      'Become a member',
      'To read the full note, click here',
      // The Washington Post's and The Atlantic's newsletter promos (made-up newsletter wording).
      'Sign up for The Early 202, a morning newsletter with everything you need to know about policy.',
      'This article was featured in the One Story to Read Today newsletter. Sign up for it here.',
      'CLICK HERE TO GET THE FOX NEWS APP',
      'Get Quanta Magazine delivered to your inbox',
      'Receive the latest local updates in your inbox',
      'Like this story? Share it with a friend!',
      'There was an error processing your subscription.',
      'Please, fill the form to subscribe to our newsletter',
      'Click here to subscribe to The Paradigm Newsletter',
      // aeb page, five files: sign-up form prompts.
      'Enter your email address',
      'Enter your email address to subscribe to The Paradigm and receive notifications of new posts by email.',
      'Enter your email address:',
      'Thank you for signing up!',
      // Guardian and Independent sign-up boxes.
      'I would like to be emailed about offers, events and updates from The Independent. Read our privacy notice',
      'Subscribe to Business Today',
      // NBC News' newsletter button, as its pages print it.
      'Sign up for the Morning Rundown',
      'Sign Up for e-mail newsletters',
      'Sign up for SFGATE Newsletters',
      // seed 000 line 1, as a line of its own.
      'Sign up to our free breaking news emails',
      // aeb container c50845…, 2f42ef…, 513745…, ef4e67…, 7a457a….
      'Need more space? Subscribe to our sister title "All About Space" Magazine for the latest amazing news from the final frontier!',
      'Subscribe to WIRED and stay smart with more of your favorite Ideas writers.',
      'GET FOX BUSINESS ON THE GO BY CLICKING HERE',
      'In each episode of his weekly YouTube show, Chris Cillizza will delve a little deeper into the surreal world of politics. Click to subscribe!',
      'Let our news meet your inbox. The news and stories that matters, delivered weekday mornings.',
      // aeb container 55bb63…: a promo written as prose, closed by its sign-up sentence.
      'Start your day with the Opening Bell powered by The Water Coolest. The Water Coolest is the preferred bathroom stall reading material of finance professionals. Sign up for the free daily newsletter.',
      // The Times of India's app promo under its stories, as its pages print it.
      'Download The Times Of India News App for Latest City News.',
      // Reuters' promo inside its market stories, as its pages print it.
      'Get a look at the day ahead in U.S. and global markets with our Morning Bid U.S. newsletter. Sign up here.',
      // Substack's sign-up form and its promo under a post, as its pages print them.
      'Type your email…',
      'Thanks for reading! Subscribe for free to receive new posts and support my work.',
      // CNN's promo under its science stories, as its pages print it.
      "Sign up for CNN's Wonder Theory science newsletter. Explore the universe with news on fascinating discoveries, scientific advancements and more.",
      // aeb page 776a1c…, f5c90a…, 374ac9…, 8634d1…: buttons and tip lines.
      'Learn More',
      'LEARN MORE',
      'Get In Touch',
      'Got a Tip?',
      // Bloomberg's tip line and terminal promo, written from how its pages print them.
      'Have a confidential tip for our reporters? Get in touch',
      // Probe r26, made-up TechCrunch, Business Insider and Newsweek pages: their tip requests under the story.
      'Got a sensitive tip or confidential documents? We’re reporting on the inner workings of the AI industry — from the companies shaping its future to the people impacted by their decisions. Reach out to Kyle Wiggers at kyle.wiggers@techcrunch.com or via Signal at kylewiggers.01.',
      'Do you work at Meta? Contact the reporter using a nonwork email and device at pdixit@businessinsider.com or through Signal at pranavdixit.01.',
      'Do you have a tip on a story Newsweek should be covering? Do you have a question about gas prices? Let us know via science@newsweek.com.',
      'Before it’s here, it’s on the Bloomberg Terminal',
      // The Motley Fool's promo under its stories on Yahoo Finance, and DW's feedback button, as their pages print them (probes of 2026-12-07, second round).
      'Should you invest $1,000 in Coca-Cola right now?',
      "Before you buy stock in Coca-Cola, consider this: The Motley Fool Stock Advisor analyst team just identified what they believe are the 10 best stocks for investors to buy now… and Coca-Cola wasn't one of them.",
      'See the 10 stocks »',
      '*Stock Advisor returns as of June 17, 2024',
      'Send us your feedback',
      // The Hill's pointer home on Yahoo, Fox News' election-hub promo and ABC News Australia's newsletter tagline (probes r23-en, made-up pages).
      'For the latest news, weather, sports, and streaming video, head to The Hill.',
      'Get the latest updates from the 2024 campaign trail, exclusive interviews and more at our Fox News Digital election hub.',
      'Live updates, breaking news and the top stories from around the country, sent to you each weekday.',
      // A local TV station's app promos (its brand is its channel number) and an opinion page's call for letters (probe r23, made-up pages).
      'Download the 5 On Your Side app for breaking news alerts, live video and personalized weather on iPhone and Android.',
      'Stay up to date on the latest news with the 5 On Your Side app. Download here.',
      'Have an opinion about this topic? Send a letter to the editor at letters@herald-record.com. Letters should be no more than 250 words and must include your full name, hometown and daytime phone number for verification. Letters may be edited for length and clarity.',
      // The New York Times' notice under its opinion pieces (probe r24, a made-up page in the shape of a Times guest essay).
      'The Times is committed to publishing a diversity of letters to the editor. We’d like to hear what you think about this or any of our articles. Here are some tips. And here’s our email: letters@nytimes.com.',
      // Probe r33, a made-up page in the shape of an archived Semafor Flagship issue: its sign-off.
      'Thanks for reading Semafor Flagship.', 'Forwarded this email? Sign up here.', 'Did someone forward you this email? Subscribe here.',
    ],
    keep: [
      'Should you buy Nvidia right now? Analysts are split, and the stock has doubled this year.',
      'Do you have a photo of your grandparents? Send it to the museum, which is collecting them for an exhibition, the curator said.',
      'Do you have video of the crash? Police want to hear from drivers who were on the road.',
      'Thanks for reading.', 'Thanks for reading Dickens aloud to the class, Mr Hale wrote.', 'Forwarded this email? The minister denied it.',
      'Residents who join the street’s WhatsApp community get warnings about burglaries, the police said.',
      // Probe r28: sentences using the new invitations' words.
      'Catch all the news on the radio, she said.',
      'Catch all the Premier League news and updates on the big screen in the square, the council said.',
      'Want to write? The professor said every student should try.',
      'Write an article and join a growing community of volunteers, the charity urged, and you could win a prize.',
      "Don't miss out on the latest news from the front, the general told the troops.",
      'For feedback, complaints, or inquiries, the regulator said, customers should contact the ombudsman.',
      'Get the latest news before you vote, the campaign urged supporters on Monday.',
      'Catch the 8.15am train and you will still be late, commuters said.',
      'Track workers had warned of the latest problems for months.',
      'Find us a better deal on Telegram, he wrote to his broker.',
      'Find Mary on Facebook and you will see the photos, her sister wrote.',
      'Add the agency as a preferred source of supply, the ministry told buyers.',
      'Register now opens on Monday for the city marathon, organisers said.',
      'Join us at City Hall, the mayor told protesters.',
      'Join our community of volunteers, the charity urged residents after the floods.',
      'Save up to $300 on your energy bill by switching, the regulator said.',
      'Join 5,000 runners at the start line in Boston, organisers said.',
      'Join 200 neighbours at Riverside Park',
      // Story lines the i flag took: its \p{Lu} read any letter as a title's or an event's capital (2026-12-07).
      'Subscribe to both and the monthly bill comes to $30, more than many households paid for cable.',
      'Join us for a pint and a chat: pubs open their doors to lonely pensioners',
      'Sign up for the airline’s fare-alert newsletters. eBay and Amazon offer similar price alerts for goods, too.',
      'San Francisco | October 13, 2026',
      'Main event',
      'Watch the final with no contract signed yet, the club said, was a risk.',
      'You can sign up for the newsletter at the library desk, the librarian said.',
      'For the latest news on the fires, residents should head to the county website, officials said.',
      'For the latest figures, go to page 12.',
      'Get the latest updates from the campaign at our office, the candidate told volunteers.',
      'Food parcels were sent to you each week, the charity told its clients.',
      'For the latest news on the fires, residents should head to the county website.',
      'Letters from the council are sent to you each week.',
      'Protesters began to follow the convoy on foot as it left the city.',
      'Police said the men used WhatsApp to join the group on Facebook before the attack was planned.',
      'The suspects met online last year. Join dates on Telegram show they arrived weeks apart, police said.',
      'The minister was blunt. Follow the rules on WhatsApp groups or face fines, he told civil servants.',
      'She became a member of parliament in 2019.',
      'Get that right and much of the rest falls into place, say those who have seen him up close.',
      'Join us, he told the crowd, and the app will be free for everyone.',
      'Enter your email address and a one-time code, and the bank will never ask for more, its security chief said.',
      'Readers who sign up for the newsletter get the recipes a day early, she said, and most of them cook on Sundays.',
      'Learn more about the programme, the minister urged parents at the meeting.',
      'Got a tip from a neighbour, the officer drove to the house.',
      'Do you work at a bank? Then you have probably heard of the new rules on email retention.',
      'Got a minute? She messaged him on Signal at 3am, and he wrote back an hour later.',
      'Are you a landlord? Email the housing office at housing@city.gov before March, the notice said.',
      'The council mails a newsletter to every household. Sign up now, the mayor urged, before the deadline.',
      'Should you invest in bonds now? Most of the analysts we spoke to said no.',
      'Before you buy stock in any company, consider this: the market has fallen for six weeks.',
      'See the stocks that rose most in 2023 in the table below.',
      'Download the FEMA app for weather alerts on iPhone and Android, officials urged residents on Tuesday.',
      'Download the app and the rest is easy, the bank promises in its latest advert for young savers.',
      'Stay up to date with the app, she said, or you will miss the train.',
      'Have an opinion about everything? Most of us do. Send it to the editor and see what happens, my father used to say.',
      'He wrote a letter to the editor at the Herald-Record in 1998 about the bypass.',
      'The Times is committed to publishing its letters online, the editor said, but not in print.',
    ],
  },
};

function isButtonOrTipLine(text: string): boolean {
  return BUTTON.test(text) || TIP_LINE.test(text) || TERMINAL_PROMO.test(text);
}
