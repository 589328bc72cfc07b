import type { LineRule } from './types.js';

/** Comment widgets: "Comments", "12 comments", "Leave a comment", "Tell us what YOU think...". */
const COMMENTS =
  /^(?:\d{0,6} ?comments?|comments \d{1,6}|add comment|share what you think|the comments below have not been moderated\.?|show comments|view comments|hide comments|load comments|leave a (?:comment|reply)|post a comment|add a comment|join the (?:conversation|discussion)|discussion about this (?:post|article|story)|comments are closed\.?|tell us what you think(?:\.\.\.|…)?|(?:\d+ )?responses?|be the first to comment\.?|no comments yet.{0,40}|you must be logged in to post a comment\.?|devi essere connesso per inviare un commento\.?|comentários|comentarios|kommentare|diskutieren sie mit|alle kommentare (?:öffnen|anzeigen))$/i;

export const rule: LineRule = {
  kind: 'line',
  id: 'comments-widget',
  category: 'comments',
  description: 'Comment-widget furniture: "Comments", "12 comments", "Leave a comment", "Tell us what YOU think...".',
  englishOnly: false,
  match(text) {
    return COMMENTS.test(text) ? { reason: 'comment widget' } : null;
  },
  examples: {
    source: 'aeb container 0dd135…, 30b771…; aeb page 95301f…, 686bb1…',
    remove: ['Comments', 'comments', '12 Comments', 'Tell us what YOU think...', 'Leave a comment', 'You must be logged in to post a comment.', 'No comments yet Comment from the forums',
      // The Daily Mail's comment widget, as its pages print it.
      'Comments 12', 'Add comment', 'Share what you think', 'The comments below have not been moderated.',
      // Substack's heading over a post's comments, as its pages print it.
      'Discussion about this post',
      // Der Spiegel's comment buttons, as its pages print them.
      'Diskutieren Sie mit', 'Alle Kommentare öffnen'],
    keep: ['Comments from the minister drew criticism.', 'There were wins too.'],
  },
};
