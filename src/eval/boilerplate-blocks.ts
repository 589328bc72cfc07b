import type { Random } from './random.js';

/**
 * Generators of realistic boilerplate blocks for synthetic concatenations. Each family mixes the
 * forms seen in the seeds (Sky News consent placeholders, "Please use Chrome browser…" video blocks,
 * "Image: …" captions, "More on …" related links) with the forms other publishers use, so that a
 * cleaner cannot pass by memorising one string. Captions and video titles borrow words from the
 * neighbouring article, as real ones do.
 */
export type BoilerplateCategory = 'embed-consent' | 'video' | 'caption' | 'related-links' | 'share-bar' | 'newsletter';

/** Every family, in a fixed order (the generator draws from it by index). */
export const BOILERPLATE_CATEGORIES: readonly BoilerplateCategory[] = [
  'embed-consent',
  'video',
  'caption',
  'related-links',
  'share-bar',
  'newsletter',
];

/** One generated block: its family and its lines (one paragraph per line). */
export interface BoilerplateBlock {
  category: BoilerplateCategory;
  lines: string[];
}

/**
 * Builds one block of the given family. `context` is text of the neighbouring article, used for
 * captions, video titles and related headlines.
 */
export function generateBoilerplateBlock(
  random: Random,
  category: BoilerplateCategory,
  context: readonly string[],
): BoilerplateBlock {
  return { category, lines: GENERATORS[category](random, context) };
}

type Generator = (random: Random, context: readonly string[]) => string[];

const PROVIDERS = [
  'Twitter', 'X', 'Instagram', 'Facebook', 'YouTube', 'TikTok', 'Spreaker', 'Spotify', 'Vimeo', 'Podigee',
  'Flourish', 'Datawrapper', 'Infogram', 'Apple Podcasts', 'SoundCloud', 'Giphy', 'Reddit', 'Bluesky',
  'Threads', 'Google Maps', 'Acast', 'Megaphone',
];

const CONSENT_STYLES: ReadonlyArray<(provider: string) => string[]> = [
  (p) => [
    `This content is provided by ${p}, which may be using cookies and other technologies.`,
    'To show you this content, we need your permission to use cookies.',
    `You can use the buttons below to amend your preferences to enable ${p} cookies or to allow those cookies just once.`,
    'You can change your settings at any time via the Privacy Options.',
    `Unfortunately we have been unable to verify if you have consented to ${p} cookies.`,
    `To view this content you can use the button below to allow ${p} cookies for this session only.`,
  ],
  (p) => [
    `This article contains content provided by ${p}. We ask for your permission before anything is loaded, as they may be using cookies and other technologies.`,
    'To view this content, click \'Allow and continue\'.',
    'Allow and continue',
  ],
  (p) => [`Skip ${p} post`, `Allow ${p} content?`, `End of ${p} post`],
  (p) => [
    `Embedded content from ${p} has been blocked.`,
    `Accept cookies to view ${p} content, or change your privacy settings.`,
    'Accept cookies',
  ],
  (p) => [
    `We need your consent to load this ${p} content`,
    `We use ${p} to manage extra content that can set cookies on your device and collect data about your activity.`,
    'Please review their details and accept them to load the content.',
    'Manage Preferences',
  ],
  (p) => [`Click here to display content from ${p}.`, 'Learn more in our privacy policy.'],
  (p) => [`View this post on ${p}`, `A post shared by ${p} (@${handleOf(p)})`],
];

function handleOf(provider: string): string {
  return provider.toLowerCase().replace(/[^a-z]/g, '') || 'news';
}

const generateConsent: Generator = (random) => {
  const provider = random.pick(PROVIDERS);
  const style = random.pick(CONSENT_STYLES)(provider);
  // Real sites drop some lines of the notice; keep an in-order subset of at least one line.
  const kept = style.filter(() => random.chance(0.8));
  const lines = kept.length > 0 ? kept : [style[0]!];
  return random.chance(0.5) ? [provider, ...lines] : lines;
};

const PLAYER_NOTICES = [
  'Please use Chrome browser for a more accessible video player',
  'Your browser does not support the video tag.',
  'Media playback is unsupported on your device',
  'This video can not be played',
  'Video unavailable',
  'Loading video…',
  'Video player is loading.',
  'To play this video you need to enable JavaScript in your browser.',
  'Watch now',
  'Play Video',
  'Now playing',
];

function duration(random: Random): string {
  const minutes = random.int(0, 14);
  const seconds = String(random.int(0, 59)).padStart(2, '0');
  const plain = `${minutes}:${seconds}`;
  return random.pick([plain, plain, `Duration ${plain}`, `0${plain}`.slice(-5), `${plain} min`]);
}

/** A short phrase taken from a sentence of the context, the way video titles and captions echo a story. */
function phraseFrom(random: Random, context: readonly string[], minWords: number, maxWords: number): string {
  const source = context.length > 0 ? random.pick(context) : 'The scene on Tuesday afternoon';
  const words = source.replace(/[.!?;:,"“”]+/g, '').split(/\s+/).filter((w) => w.length > 0);
  if (words.length === 0) return 'Latest update';
  const length = Math.min(words.length, random.int(minWords, maxWords));
  const start = random.int(0, words.length - length);
  const phrase = words.slice(start, start + length).join(' ');
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}

const generateVideo: Generator = (random, context) => {
  const lines: string[] = [];
  if (random.chance(0.85)) lines.push(random.pick(PLAYER_NOTICES));
  if (random.chance(0.8)) lines.push(duration(random));
  const title = phraseFrom(random, context, 3, 8);
  lines.push(random.pick([title, `‘${title}’`, `Watch: ${title}`, `VIDEO: ${title}`, `${title} - video`]));
  return lines;
};

const AGENCIES = [
  'Reuters', 'AP', 'AFP via Getty Images', 'PA', 'EPA', 'Getty Images', 'Shutterstock', 'Alamy', 'Bloomberg',
  'PA Wire', 'EPA-EFE', 'Sky News', 'Handout',
];
const PHOTOGRAPHERS = ['Kirsty Wigglesworth', 'Stefan Rousseau', 'Yui Mok', 'Evan Vucci', 'Ana Costa', 'Leon Neal', 'Jonas Berg'];

const generateCaption: Generator = (random, context) => {
  const description = phraseFrom(random, context, 5, 14);
  const agency = random.pick(AGENCIES);
  const credit = random.chance(0.5) ? `${random.pick(PHOTOGRAPHERS)}/${agency}` : agency;
  return [
    random.pick([
      `Image: ${description}`,
      `${description}. Photo: ${credit}`,
      `${description}. Source: ${agency}`,
      `${description} (${credit})`,
      `${description}. Pic: ${credit}`,
      `${description} | Credit: ${credit}`,
      `Photograph: ${credit}`,
      `${description}. Picture: ${credit}`,
    ]),
  ];
};

const SECTIONS = ['UK', 'World', 'Politics', 'Business', 'Technology', 'Science', 'Sport', 'Money', 'Climate', 'US'];

const generateRelated: Generator = (random, context) => {
  const headline = (): string => phraseFrom(random, context, 4, 9);
  const forms: Array<() => string[]> = [
    () => [`More from ${random.pick(SECTIONS)}`],
    () => [`More on ${phraseFrom(random, context, 1, 3)}`, 'Related Topics:'],
    () => [`READ MORE: ${headline()}`],
    () => [`Read more: ${headline()}`],
    () => [`Related: ${headline()}`],
    () => ['You might also like', headline(), headline()],
    () => ['Most read', ...Array.from({ length: random.int(2, 4) }, headline)],
    () => [`Latest ${random.pick(SECTIONS)} news`],
  ];
  return random.pick(forms)();
};

const generateShareBar: Generator = (random) =>
  random.pick([
    ['Share'],
    ['Share this article'],
    ['Facebook Twitter Email'],
    ['Share on Facebook Share on Twitter Share on WhatsApp'],
    ['Copy link', 'Share'],
    ['Click to share on Twitter (Opens in new window)', 'Click to share on Facebook (Opens in new window)'],
    ['Tweet Share Email'],
    ['Share page', 'Copy link', 'About sharing'],
    ['Facebook', 'Twitter', 'LinkedIn', 'Email'],
  ]);

const NEWSLETTERS = ['Morning Briefing', 'Politics', 'Business Today', 'Tech Weekly', 'Breaking News', 'The Week in Review'];

const generateNewsletter: Generator = (random) => {
  const name = random.pick(NEWSLETTERS);
  return random.pick([
    [`Sign up to our free ${name} newsletter`, 'Enter your email address', 'SIGN UP'],
    ['For free real time breaking news alerts sent straight to your inbox sign up to our breaking news emails', 'Sign up to our free breaking news emails', 'SIGN UP'],
    [`Get the ${name} newsletter delivered to your inbox every ${random.pick(['morning', 'week', 'Friday'])}`],
    ['I would like to be emailed about offers, events and updates from us. Read our privacy notice.', 'Thank you for signing up!'],
    [`Subscribe to ${name}`, 'By signing up you agree to our Terms of Use and Privacy Policy'],
    ['Newsletter', `${name}: the stories you need, in your inbox`, 'Subscribe'],
  ]);
};

const GENERATORS: Record<BoilerplateCategory, Generator> = {
  'embed-consent': generateConsent,
  video: generateVideo,
  caption: generateCaption,
  'related-links': generateRelated,
  'share-bar': generateShareBar,
  newsletter: generateNewsletter,
};
