import type { LineRule } from './types.js';

/**
 * The same widgets in Vietnamese, Turkish, Arabic, Korean, Dutch, Swedish, Polish and Indonesian, as
 * VnExpress, Hürriyet, Arabic news sites, Yonhap, NOS, Aftonbladet, Wyborcza, Kompas and Haaretz print them, and Czech:
 * the heading with its count ("Ý kiến (128)", "التعليقات (5)"), the buttons ("Gửi ý kiến", "Yorum yap",
 * "أضف تعليقك") and the form's prompts ("Yorum yazmak için lütfen giriş yapınız.", VnExpress's "Tuyệt
 * đối không sử dụng các từ ngữ thô tục, phản cảm.": "never use vulgar or offensive words"). Also Ukrainian, Romanian,
 * Hungarian, Bengali, Urdu, Tamil, Thai, Malay, Swahili and Filipino ("Коментарі (12)", "Comentarii (24)", "Hozzászólások (37)",
 * "মন্তব্য করুন", "تبصرے (8)", "கருத்துகள் (5)", "แสดงความคิดเห็น", "Komen", "Maoni (3)", "Mga Komento (15)").
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
  // Italian, Spanish and French comment buttons, whole lines (Il Post's "Mostra i commenti" under every story, La Vanguardia's
  // "Ver comentarios" with "Normas de participación", probe r30): "comments", "show / read / see the comments"
  `commenti${COUNT}`, '(?:mostra|leggi|vedi) (?:i |tutti i )?commenti', 'ver (?:los |todos los )?comentarios', 'normas de participación',
  `commentaires${COUNT}`, '(?:afficher|voir|lire) (?:les |tous les )?commentaires',
  // Czech: "discussion (87)", "join the discussion (87)"
  `diskuse${COUNT}`, `vstoupit do diskuse${COUNT}`,
  // Ukrainian: "comments (12)", "leave a comment", "to leave a comment, log in or register"
  `коментарі${COUNT}`, 'залишити коментар', 'щоб залишити коментар, увійдіть(?: або зареєструйтеся| або зареєструйтесь)?\\.?',
  // Romanian: "comments (24)", "add a comment", "you must be logged in to post a comment"
  `comentarii${COUNT}`, 'adaugă un comentariu', 'lasă un comentariu', 'trebuie să fi(?:i|ți) autentificat pentru a (?:posta|adăuga) un comentariu\\.?',
  // Hungarian: "comments (37)", "to write a comment you must log in"
  `hozzászólások${COUNT}`, `kommentek${COUNT}`, 'hozzászólás írásához be kell jelentkezned\\.?',
  // Bengali: "comment(s)", "comment" (the button), "log in to comment"
  `মন্তব্য${COUNT}`, 'মন্তব্য করুন', 'মন্তব্য করতে লগইন করুন',
  // Urdu: "comments (8)", "comment" (the button), "express your opinion"
  `تبصرے${COUNT}`, 'تبصرہ کریں', 'اپنی رائے کا اظہار کریں',
  // Tamil: "comments (5)", in both spellings, "post your comment"
  `கருத்துக?கள்${COUNT}`, 'உங்கள் கருத்தைப் பதிவு செய்யுங்கள்',
  // Thai: "comments", "post a comment"
  `ความคิดเห็น${COUNT}`, 'แสดงความคิดเห็น',
  // Malay: "comments", "leave a comment", "please log in to comment"
  `komen${COUNT}`, 'tinggalkan komen', 'sila log masuk untuk memberi komen\\.?',
  // Swahili: "comments (3)", "write your comment"
  `maoni${COUNT}`, 'andika maoni yako', 'toa maoni yako',
  // Filipino: "comments (15)", "leave a comment"
  `(?:mga )?komento${COUNT}`, 'mag-iwan ng komento',
].join('|');

/**
 * Comment widgets: "Comments", "12 comments", "Leave a comment", "Tell us what YOU think...", and a comment form's
 * prompt to subscribers ("With your current subscription plan you can comment on stories. However, before writing your
 * first comment, please create a display name…", the Japan Times; probe r25), and a comment box's pitch ("Join
 * thought-provoking conversations, follow other Independent readers and see their replies", golden case
 * ends-comment-thread-at-next-story: kept once "Join our commenting forum" above it went by `call-to-action`). The Irish Times'
 * heading "Your Comments" and its community rules under it, the site speaking ("We reserve the right to remove any content at any
 * time from this Community, including without limitation if it violates the Community Standards. …", probe r26). Dawn's note
 * under a closed thread names the story: "Comments are closed on this story." (probe r27). Daily Maverick's heading with its
 * invitation, "Comments - share your knowledge and experience", and its members-only note under it: "Please note you must be a
 * Maverick Insider to comment. Sign up here or sign in if you are already an Insider." (probe r31). The note speaks to the
 * reader ("please note", or the sign-up after it); a story's "You must be a resident to comment on the plan." stays. The Seattle
 * Times' button under its stories gives the count: "View 14 Comments / 14 New" (probe r31). TimesLIVE's box under each story
 * asks and points to its rules (probe r33): "Would you like to comment on this article?", "Register (it's quick and free) or sign
 * in now.", "Please read our Comment Policy before commenting."; each speaks of "this article" or "commenting" to the reader.
 */
const COMMENTS = new RegExp(
  String.raw`^(?:we reserve the right to (?:remove|delete|edit) any (?:content|comments?|posts?) [^.!?]{0,80}\b(?:community|comments?)\b.{0,400}|your comments|join [^.!?]{0,30}\bconversations?, follow other [^.!?]{1,40}\breaders\b[^.!?]{0,60}|with your current subscription(?: plan)?,? you can comment on (?:stories|articles)\b.{0,300}|(?:however, )?before (?:writing|posting) your first comment\b.{0,200}|\d{0,6} ?comments?|comments \d{1,6}|comments? \(\d{1,6}\)|comments [-–—] (?:share|join|add|have|tell)\b[^.!?]{1,50}|(?:please note,? )?you (?:must|need to) be (?:a |an )?[^.!?]{1,40} to (?:comment|post a comment)\. (?:sign|log|subscribe|register|become|join)\b.{0,160}|please note,? you (?:must|need to) be (?:a |an )?[^.!?]{1,40} to (?:comment|post a comment)\.?|add comment|(?:would you like|do you want|want) to comment on this (?:article|story)\?|register \(it['’]s (?:quick and )?free\) or (?:sign|log) in(?: now)?\.?|please read our (?:comment(?:ing)? policy|community (?:guidelines|standards)|house rules) before (?:commenting|posting)\.?|share what you think|the comments below have not been moderated\.?|show comments|view comments|(?:view|read|show|see) (?:all )?\d{1,6} comments?(?: \/ \d{1,6} new)?|hide comments|load comments|leave a (?:comment|reply)|post a comment|add a comment|join the (?:conversation|discussion)|discussion about this (?:post|article|story)|comments are (?:now )?closed(?: (?:on|for) this (?:story|article|post))?\.?|tell us what you think(?:\.\.\.|…)?|(?:\d+ )?responses?|be the first to comment\.?|read our community guidelines(?: here)?\.?|one community\. many voices\.(?: create a free account to share your thoughts\.)?|no comments yet.{0,40}|you must be logged in to post a comment\.?|devi essere connesso per inviare un commento\.?|comentários|comentarios|kommentare|diskutieren sie mit|alle kommentare (?:öffnen|anzeigen)|${OTHER_LANGUAGES})$`,
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
      'Comments 12', 'Add comment',
      // Probe r34, a made-up Investing.com page: the count in brackets, as the other languages' widgets print it.
      'Comments (4)', 'Share what you think', 'The comments below have not been moderated.',
      // Probe r24b, a made-up page in the shape of a Forbes contributor page: its comment widget's prompt and the pointer
      // to the rules that comment widgets print under their form.
      'One Community. Many Voices. Create a free account to share your thoughts.', 'Read our community guidelines here.',
      // Substack's heading over a post's comments, as its pages print it.
      'Discussion about this post',
      // The Independent's comment box, as its pages print it (golden case ends-comment-thread-at-next-story).
      'Join thought-provoking conversations, follow other Independent readers and see their replies',
      // The Japan Times' comment form's prompt under the story (probe r25, made-up page in its shape).
      'With your current subscription plan you can comment on stories. However, before writing your first comment, please create a display name in the Profile section of your subscriber account page.',
      // Der Spiegel's comment buttons, as its pages print them.
      'Diskutieren Sie mit', 'Alle Kommentare öffnen',
      // The Irish Times' comment section heading and its rules (probe r26, made-up page in its shape).
      'Your Comments',
      'We reserve the right to remove any content at any time from this Community, including without limitation if it violates the Community Standards. We ask that you report content that you in good faith believe violates the above rules by clicking the Flag link next to the offending comment or by filling out this form.',
      // The comment widgets of VnExpress, Hürriyet, an Arabic news site, Aftonbladet and Wyborcza, as their pages print them.
      'Ý kiến (128)', 'Gửi ý kiến', 'Ý kiến của bạn', 'Tuyệt đối không sử dụng các từ ngữ thô tục, phản cảm.',
      'Yorumlar', 'Yorum yap', 'Yorum yazmak için lütfen giriş yapınız.', 'أضف تعليقك', 'التعليقات (5)',
      'Kommentera artikeln', 'Visa kommentarer (14)', 'Komentarze (23)', 'Dodaj komentarz',
      // Haaretz's comment count under its headline (probe of 2026-12-07, second round).
      'תגובות (38)',
      // A Czech news site's discussion link under the headline and at the story's end (probe r23, made-up page).
      'Diskuse (87)', 'Vstoupit do diskuse (87)',
      // Il Post's and La Vanguardia's comment buttons, and the same in French (probe r30, made-up pages in their shape).
      'Mostra i commenti', 'Commenti (12)', 'Ver comentarios', 'Normas de participación', 'Afficher les commentaires',
      // Dawn's closed comment thread under the story (probe r27, made-up page in its shape).
      'Comments are closed on this story.',
      // Daily Maverick's comment heading and its members-only note (probe r31, a made-up page in its shape).
      'Comments - share your knowledge and experience', 'View 14 Comments / 14 New', 'Read all 212 comments',
      'Please note you must be a Maverick Insider to comment. Sign up here or sign in if you are already an Insider.',
      // The comment widgets of Ukrainian, Romanian, Hungarian, Bengali, Urdu, Tamil, Thai, Malay, Swahili and Filipino news sites (probes r23-intl, made-up pages).
      'Коментарі (12)', 'Щоб залишити коментар, увійдіть або зареєструйтесь.', 'Comentarii (24)', 'Trebuie să fii autentificat pentru a posta un comentariu.',
      'Hozzászólások (37)', 'Hozzászólás írásához be kell jelentkezned.', 'মন্তব্য করুন', 'মন্তব্য করতে লগইন করুন', 'تبصرے (8)', 'اپنی رائے کا اظہار کریں',
      'கருத்துகள் (5)', 'உங்கள் கருத்தைப் பதிவு செய்யுங்கள்', 'ความคิดเห็น', 'แสดงความคิดเห็น', 'Komen', 'Sila log masuk untuk memberi komen.',
      'Maoni (3)', 'Andika maoni yako', 'Mga Komento (15)', 'Mag-iwan ng komento',
      // TimesLIVE's comment box under every story (probe r33, a made-up page in its shape).
      'Would you like to comment on this article?', "Register (it's quick and free) or sign in now.", 'Please read our Comment Policy before commenting.'],
    keep: [
      'Comments (and complaints) poured in after the broadcast.',
      'Readers who joined before 2020 can still comment for free, the paper said.',
      'Mostra i commenti dei lettori, ha chiesto il direttore.', 'Los comentarios del ministro causaron polémica.', 'Les commentaires du ministre ont choqué.',
      'Comments from the minister drew criticism.', 'You must be a resident to comment on the plan.', 'View 14 comments from residents at the library.', 'You must be a member to comment. That rule dates from 1998, the club said.',
      'Comments - from the mayor, the union and the board - were mixed.', 'Comments are closed on this story until the trial ends, the editor wrote.', 'Your comments were noted, the chair replied.',
      'We reserve the right to remove any player from the squad, the coach wrote in the letter to parents.', 'Read our community guidelines before the vote, the chair told members.', 'There were wins too.', 'Ý kiến của bạn đọc được tòa soạn tổng hợp và gửi tới cơ quan chức năng.', 'Yorumlar sosyal medyada hızla yayıldı.', 'التعليقات على القرار جاءت متباينة.', 'תגובות הציבור על ההחלטה היו חריפות.', 'Diskuse o rozpočtu trvala do půlnoci.',
      'Коментарі міністра викликали хвилю критики.', 'Comentariile premierului au stârnit reacții dure.', 'মন্তব্য করতে অস্বীকৃতি জানিয়েছেন মন্ত্রী।', 'تبصرے کے لیے وزیر دستیاب نہیں تھے۔',
      'ความคิดเห็นของนายกรัฐมนตรีถูกวิจารณ์อย่างหนัก', 'Komen menteri itu mendapat kritikan hebat.', 'Maoni ya wananchi yatakusanywa hadi Ijumaa.', 'Mga komento ng publiko ang hiningi ng ahensya.',
      'Would you like to comment on this article? Readers wrote in by the hundreds.', 'Please read our comment policy before commenting on the vote, the minister told MPs.', "Register (it's free) or pay a fine, the council told landlords."],
  },
};
