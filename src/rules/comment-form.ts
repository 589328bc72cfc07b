import { wordCount } from './helpers.js';
import type { BlockRule } from './types.js';

/**
 * A blog engine's comment form, flattened to lines. WordPress prints the same form under posts on a large share of news
 * sites and blogs, in the site's language, and its field labels are no furniture alone ("Name", "Website" are story
 * words), so the form is read from one of its prompts:
 *
 *   Leave a Reply                                              (heading: kept to the comment-widget rule in English)
 *   Your email address will not be published. Required fields are marked *
 *   Comment
 *   Name *
 *   Email *
 *   Website
 *   Save my name, email, and website in this browser for the next time I comment.
 *   This site uses Akismet to reduce spam. Learn how your comment data is processed.
 *
 * A heading in another language ("Deixe uma resposta", "Deja una respuesta") goes with the form when a prompt follows it
 * at once; field labels go only inside the run, next to a prompt or another label.
 */
const EMAIL_NOT_PUBLISHED = [
  String.raw`your email(?: address)? will not be published\.?`,
  String.raw`o seu (?:endereço de )?e-?mail não será publicado\.?`,
  String.raw`(?:tu|su) (?:dirección de )?correo(?: electrónico)? no (?:será|se) publica(?:da|rá)\.?`,
  String.raw`votre adresse (?:e-?mail|de messagerie|courriel) ne sera pas publiée\.?`,
  String.raw`il tuo indirizzo (?:e-?mail|di posta elettronica) non sarà pubblicato\.?`,
  String.raw`(?:deine|ihre) e-?mail-?adresse wird nicht veröffentlicht\.?`,
  String.raw`(?:je|uw) e-?mailadres wordt niet gepubliceerd\.?`,
];
const REQUIRED_FIELDS = [
  String.raw`required fields are marked \*?`,
  String.raw`campos obrigatórios são marcados com \*?`,
  String.raw`los campos obligatorios están marcados con \*?`,
  String.raw`les champs obligatoires sont indiqués avec \*?`,
  String.raw`i campi obbligatori sono contrassegnati(?: con)? \*?`,
  String.raw`erforderliche felder sind mit \* markiert\.?`,
  String.raw`vereiste velden zijn gemarkeerd met \*?`,
];
const OTHER_PROMPTS = [
  // "Save my name, email, and website in this browser for the next time I comment." and its translations.
  String.raw`save my name, e-?mail,? and website in this browser for the next time i comment\.?`,
  String.raw`salvar meus dados neste navegador para a próxima vez que eu comentar\.?`,
  String.raw`guarda mi nombre, correo electrónico y web en este navegador para la próxima vez que comente\.?`,
  String.raw`enregistrer mon nom, mon (?:e-?mail|courriel) et mon site (?:web )?dans (?:le|ce) navigateur pour mon prochain commentaire\.?`,
  String.raw`salva il mio nome, (?:e-?mail|indirizzo email) e sito web in questo browser per la prossima volta che commento\.?`,
  String.raw`meinen namen, (?:meine )?e-?mail(?:-adresse)? und (?:meine )?website in diesem browser (?:für die nächste kommentierung )?speichern[^.]{0,40}\.?`,
  String.raw`mijn naam, e-?mail en (?:web)?site opslaan in deze browser voor de volgende keer wanneer ik een reactie plaats\.?`,
  String.raw`this site uses akismet to reduce spam\.(?: learn how your comment data is processed\.?)?`,
  String.raw`notify me (?:of (?:follow-up comments|new posts)|via e-?mail if anyone answers my comment)(?: by e-?mail)?\.?`,
  String.raw`want to join the discussion\?(?: feel free to contribute!)?`,
  // WordPress.com's hosted form (aeb train page 7837c9d6…, an Indonesian blog: its log-in prompts stay in English), in English and
  // Indonesian: "Enter your comment here...", "Please log in using one of these methods to post your comment:", one line a
  // log-in service ("You are commenting using your Google account. ( Log Out / Change )"), the script's "Connecting to %s", and the
  // two subscription boxes ("Notify me of new comments via email.", "Beri tahu saya komentar baru melalui email.").
  String.raw`(?:enter your comment here|ketikkan komentar di sini)(?:\.{3}|…)?`,
  String.raw`please log in using one of these methods to post your comment:?`,
  String.raw`you are commenting using your [\p{L}\p{N}.]{2,20} account\.(?: \( ?log ?out / \p{L}{2,12} ?\))?`,
  String.raw`connecting to %s`,
  String.raw`notify me of new (?:comments|posts) via e-?mail\.?`,
  String.raw`beri ?tahu saya (?:komentar baru|pos-pos baru|tulisan baru) (?:melalui|lewat|via) (?:e-?mail|surel|surat elektronik)\.?`,
  String.raw`by submitting this form,? you agree to [^.!?]{1,80}\bcomment\.?`,
];
const PROMPT = new RegExp(
  String.raw`^(?:(?:${EMAIL_NOT_PUBLISHED.join('|')})(?: (?:${REQUIRED_FIELDS.join('|')}))?|${REQUIRED_FIELDS.join('|')}|${OTHER_PROMPTS.join('|')})$`,
  'iu',
);
/** The form's heading, "leave a reply" in the languages above. */
const HEADING = /^(?:leave a (?:reply|comment)|deixe (?:uma resposta|um comentário)|deja (?:una respuesta|un comentario)|laisser un commentaire|lascia un commento|(?:schreibe|hinterlasse) einen kommentar|geef een reactie|laat een reactie achter|tinggalkan (?:balasan|komentar))$/iu;
/** A field label or button of the form: "Name *", "Email *", "Comment(required)", "Post Comment", "Cancel reply". */
const FIELD =
  /^(?:comment|comments|name|email|e-mail|website|url|comentário|comentario|nome|nombre|site|sitio web|web|commentaire|nom|site web|commento|sito web|kommentar|webseite|reactie|naam|(?:post|submit|publicar|publier|pubblica|senden) ?(?:comment|comentário|comentario|le commentaire|il commento|kommentar)?|submit|cancel reply|annuler la réponse|cancelar resposta|cancelar respuesta|antwort abbrechen|surel|nama|situs web|cancel|batal)(?: ?\*| ?\((?:required|obrigatório|obligatorio|requis|obbligatorio|erforderlich|wajib)\))?$/iu;
/** WordPress.com's note after its e-mail field's label: "Email (required) (Address never made public)". */
const ADDRESS_NOTE = / \((?:address never made public|alamat takkan pernah dipublikasikan)\)$/iu;
const MAX_FIELD_WORDS = 3;

function isPartOfForm(text: string): boolean {
  const field = text.replace(ADDRESS_NOTE, '');
  return PROMPT.test(text) || (wordCount(field) <= MAX_FIELD_WORDS && FIELD.test(field));
}

export const rule: BlockRule = {
  kind: 'block',
  id: 'comment-form',
  category: 'comments',
  description:
    'A blog engine\'s comment form (WordPress, in English, Portuguese, Spanish, French, Italian, German and Dutch; WordPress.com\'s hosted form in English and Indonesian): from a prompt ("Your email address will not be published.", "Save my name, email, and website…", "This site uses Akismet…"), or a heading right over one ("Deixe uma resposta"), through its field labels ("Name *", "Email *", "Website").',
  englishOnly: false,
  match(texts, start) {
    const first = texts[start]!;
    const opensWithHeading = HEADING.test(first) && PROMPT.test(texts[start + 1] ?? '');
    if (!opensWithHeading && !PROMPT.test(first)) return null;
    let end = start + (opensWithHeading ? 2 : 1);
    while (end < texts.length && isPartOfForm(texts[end]!)) end++;
    return { length: end - start, reason: 'comment form' };
  },
  examples: {
    source: 'aeb train pages 52111884…, 8cad00dc…, b0cf2bbf… (English) and 23aaecd1… (Portuguese); the other languages are WordPress\'s own translations of the same prompts',
    remove: [
      [
        'Your email address will not be published. Required fields are marked *',
        'Comment',
        'Name *',
        'Email *',
        'Website',
        'Save my name, email, and website in this browser for the next time I comment.',
        'This site uses Akismet to reduce spam. Learn how your comment data is processed.',
      ],
      ['Deixe uma resposta', 'O seu endereço de e-mail não será publicado. Campos obrigatórios são marcados com *', 'Comentário', 'Nome *', 'E-mail *', 'Site'],
      ['Save my name, email, and website in this browser for the next time I comment.', 'Notify me via e-mail if anyone answers my comment.'],
      ['Want to join the discussion? Feel free to contribute!'],
      // WordPress.com's hosted form on an Indonesian blog (aeb train page 7837c9d6…, lines 184–197).
      [
        'Tinggalkan Balasan', 'Ketikkan komentar di sini...', 'Please log in using one of these methods to post your comment:', 'Surel (wajib) (Alamat takkan pernah dipublikasikan)',
        'Nama (wajib)', 'Situs Web', 'You are commenting using your WordPress.com account. ( Logout / Ubah )', 'You are commenting using your Google account. ( Logout / Ubah )',
        'Batal', 'Connecting to %s', 'Beri tahu saya komentar baru melalui email.', 'Beritahu saya pos-pos baru lewat surat elektronik.',
      ],
      ['Enter your comment here...', 'Email (required) (Address never made public)', 'Name (required)', 'Website', 'Cancel', 'Notify me of new comments via email.', 'Notify me of new posts via email.'],
      ['Tu dirección de correo electrónico no será publicada. Los campos obligatorios están marcados con *', 'Comentario', 'Nombre *'],
      ['Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.', 'Kommentar', 'Name *', 'E-Mail *', 'Website'],
    ],
    inContext: [
      // The form's labels end where the page's next block begins (aeb train page 4219d096…: "Archives").
      { texts: ['Save my name, email, and website in this browser for the next time I comment.', 'Email *', 'Archives'], start: 0, length: 2 },
    ],
    keep: [
      // Field labels alone, and a heading with no prompt under it, are left to the other rules.
      ['Name', 'Website', 'Comment'],
      ['Deixe uma resposta', 'O prefeito não respondeu às perguntas da reportagem.'],
      ['The reporter’s email address will not be published, the court ruled on Tuesday.'],
      ['Required fields are marked on the form in red, the clerk explained to the jury.'],
      ['Tinggalkan Balasan', 'Warga diminta meninggalkan rumah sebelum banjir datang.'],
      ['You are commenting using your imagination, the judge told the lawyer.', 'Cancel', 'Batal'],
    ],
  },
};
