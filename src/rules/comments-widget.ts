import type { LineRule } from './types.js';

/**
 * The same widgets in Vietnamese, Turkish, Arabic, Korean, Dutch, Swedish, Polish and Indonesian, as
 * VnExpress, Hürriyet, Arabic news sites, Yonhap, NOS, Aftonbladet, Wyborcza, Kompas and Haaretz print them, and Czech:
 * the heading with its count ("Ý kiến (128)", "التعليقات (5)"), the buttons ("Gửi ý kiến", "Yorum yap",
 * "أضف تعليقك") and the form's prompts ("Yorum yazmak için lütfen giriş yapınız.", VnExpress's "Tuyệt
 * đối không sử dụng các từ ngữ thô tục, phản cảm.": "never use vulgar or offensive words").
 */
const COUNT = String.raw`(?: \(\d{1,6}\))?`;
const OTHER_LANGUAGES = [
  `ý kiến${COUNT}`, 'gửi ý kiến', 'ý kiến của bạn', `bình luận${COUNT}`, 'tuyệt đối không sử dụng các từ ngữ thô tục, phản cảm\\.?',
  `yorumlar${COUNT}`, 'yorum yap', 'yorum yazmak için (?:lütfen )?giriş yap(?:ın|ınız)\\.?',
  'أضف تعليقك', 'أضف تعليقا', 'أضف تعليقاً', `التعليقات${COUNT}`,
  `댓글${COUNT}`, '댓글 (?:쓰기|달기)',
  `reacties${COUNT}`, 'reageer', `kommentarer${COUNT}`, 'kommentera(?: artikeln)?', `visa kommentarer${COUNT}`,
  `komentarze${COUNT}`, 'dodaj komentarz', 'zaloguj się, aby skomentować', 'skomentuj', 'berikan komentar', 'komentar',
  // Hebrew (Haaretz): "comments (38)", "to the comments"
  `תגובות${COUNT}`, 'לתגובות', 'הוסיפו תגובה',
  // Czech: "discussion (87)", "join the discussion (87)"
  `diskuse${COUNT}`, `vstoupit do diskuse${COUNT}`,
].join('|');

/** Comment widgets: "Comments", "12 comments", "Leave a comment", "Tell us what YOU think...". */
const COMMENTS = new RegExp(
  String.raw`^(?:\d{0,6} ?comments?|comments \d{1,6}|add comment|share what you think|the comments below have not been moderated\.?|show comments|view comments|hide comments|load comments|leave a (?:comment|reply)|post a comment|add a comment|join the (?:conversation|discussion)|discussion about this (?:post|article|story)|comments are closed\.?|tell us what you think(?:\.\.\.|…)?|(?:\d+ )?responses?|be the first to comment\.?|no comments yet.{0,40}|you must be logged in to post a comment\.?|devi essere connesso per inviare un commento\.?|comentários|comentarios|kommentare|diskutieren sie mit|alle kommentare (?:öffnen|anzeigen)|${OTHER_LANGUAGES})$`,
  'iu',
);

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
      'Diskutieren Sie mit', 'Alle Kommentare öffnen',
      // The comment widgets of VnExpress, Hürriyet, an Arabic news site, Aftonbladet and Wyborcza, as their pages print them.
      'Ý kiến (128)', 'Gửi ý kiến', 'Ý kiến của bạn', 'Tuyệt đối không sử dụng các từ ngữ thô tục, phản cảm.',
      'Yorumlar', 'Yorum yap', 'Yorum yazmak için lütfen giriş yapınız.', 'أضف تعليقك', 'التعليقات (5)',
      'Kommentera artikeln', 'Visa kommentarer (14)', 'Komentarze (23)', 'Dodaj komentarz',
      // Haaretz's comment count under its headline (probe of 2026-12-07, second round).
      'תגובות (38)',
      // A Czech news site's discussion link under the headline and at the story's end (probe r23, made-up page).
      'Diskuse (87)', 'Vstoupit do diskuse (87)'],
    keep: ['Comments from the minister drew criticism.', 'There were wins too.', 'Ý kiến của bạn đọc được tòa soạn tổng hợp và gửi tới cơ quan chức năng.', 'Yorumlar sosyal medyada hızla yayıldı.', 'التعليقات على القرار جاءت متباينة.', 'תגובות הציבור על ההחלטה היו חריפות.', 'Diskuse o rozpočtu trvala do půlnoci.'],
  },
};
