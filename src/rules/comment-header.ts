import type { LineRule } from './types.js';

/**
 * Headers of a comment thread: the thread's title ("34 responses to “…”", "[ 167 comments ]",
 * "Top Rated Comments") and each comment's author line ("joetoronto says:", "Milan Griffes on
 * September 12, 2018 at 4:47 pm said:"). A bare "Trump said:" before a quote is story, so an author
 * line needs a one-token handle or a date and time.
 */
const THREAD_TITLE =
  /^(?:\d{1,6} (?:responses?|comments?|replies|thoughts) (?:to|on) .{1,200}|\[ ?\d{1,6} comments? ?\]|(?:top rated|recent|latest|most liked|newest|oldest) comments)$/iu;
const HANDLE_SAYS = /^[\p{L}\p{N}_.-]{2,40} says:$/u;
const DATED_SAID = /^.{1,80} on .{3,30}\d{4},? at \d{1,2}:\d{2}(?: ?[ap]\.?m\.?)? (?:said|says|wrote):$/iu;

export const rule: LineRule = {
  kind: 'line',
  id: 'comment-header',
  category: 'comments',
  description: 'Comment-thread headers: "34 responses to “…”", "[ 167 comments ]", "Top Rated Comments", "joetoronto says:", "X on <date> at <time> said:".',
  englishOnly: true,
  match(text) {
    if (THREAD_TITLE.test(text)) return { reason: 'comment thread title' };
    if (HANDLE_SAYS.test(text) || DATED_SAID.test(text)) return { reason: 'comment author line' };
    return null;
  },
  examples: {
    source: 'aeb page 8e3efab5…, 232a43fb…, ac3c0355…',
    remove: [
      '34 responses to “Anthony Lynn: “We needed to win this game””',
      '[ 167 comments ]',
      'Top Rated Comments',
      'thelastchargersfan says:',
      'Milan Griffes on September 12, 2018 at 4:47 pm said:',
    ],
    keep: ['Lynn said:', 'The coach told reporters what he says: “We needed to win this game.”', 'Recent comments by the minister drew criticism.'],
  },
};
