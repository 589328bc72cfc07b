import type { LineRule } from './types.js';
import { opensWithAny, wordCount } from './helpers.js';

/**
 * `paywall-prompt` reads English; these are the walls' own lines in German, French, Spanish,
 * Portuguese, Italian and Dutch: "Cet article est réservé aux abonnés.", "Dieser Artikel ist nur
 * für Abonnenten", "Este contenido es exclusivo para suscriptores".
 */
const PROMPT = opensWithAny(
  [
    // German
    'dieser (?:artikel|beitrag|inhalt) ist (?:nur )?(?:für|exklusiv für) (?:abonnenten|abonnentinnen|abonnent:innen)', 'bereits abonnent(?:in)?\\?',
    // French
    'cet article est réservé aux abonnés', 'déjà abonné ?\\?', 'il vous reste \\d{1,3}(?:[.,]\\d{1,2})? ?% de cet article à lire', 'vous avez lu \\d{1,3} articles? gratuits?', 'abonnez-vous pour lire la suite', 'article réservé aux abonnés',
    // Le Monde's one-device wall; its heading, its question and its answer whole lines only (probe r26).
    'vous pouvez lire .{1,40} sur un seul appareil à la fois', 'lecture d[ue] .{1,30} en cours sur un autre appareil\\.?$', 'comment ne plus voir ce message ?\\?$',
    // Le Figaro's wall under the cut story, whole lines only: "Débloquez tous les articles" could open a sentence about a paper.
    'vous avez envie de lire la suite ?\\?$', 'débloquez tous (?:les|nos) articles(?: immédiatement)?\\.?$', "ce message s['’]affichera sur l['’]autre appareil", 'découvrir les offres multicomptes',
    // Spanish
    'este (?:contenido|artículo) es exclusivo para (?:suscriptores|socios)', '¿ya eres suscriptor\\?', 'suscríbete para seguir leyendo', 'suscríbete$', 'lee sin límites',
    // Portuguese
    'este (?:conteúdo|artigo) é exclusivo para assinantes', 'já é assinante\\?',
    // Público's wall over the cut story, whole lines only (probe r28): its heading and its button.
    'continue a ler (?:este|o) artigo$', 'assine já$',
    // Italian
    'questo (?:articolo|contenuto) è riservato agli abbonati', 'sei già abbonato\\?',
    // la Repubblica's wall under the cut story: "Leggi l'articolo completo su Rep:" (probe r28), the plan's name and a colon closing the line.
    "leggi (?:tutto )?l['’]articolo(?: completo)? su [^\\s.!?]{1,20}:?$",
    // Dutch
    'dit artikel is (?:alleen )?(?:voor|exclusief voor) abonnees', 'al abonnee\\?',
    // Reader-revenue asks in Hungarian and Romanian (probe r32, Telex and HotNews), whole lines: "Támogasd a független
    // újságírást!" ("support independent journalism"), the box's "A Telex olvasói támogatásból működik. Ha fontosnak tartod a
    // munkánkat, …" (the site on its own funding, then "if you find our work important"), "Susține jurnalismul independent.
    // Donează acum!" ("donate now").
    'támogasd a független (?:újságírást|sajtót|médiát)!?$', 'a [^\\s.!?]{1,30} olvasói támogatásból működik\\. ha fontosnak tartod a munkánkat\\b',
    'susține(?:ți)? jurnalismul independent[.!]?(?: donează acum!?)?$',
  ],
  'iu',
);
/**
 * "Jetzt weiterlesen mit SZ Plus": the plan's name is read by its capital, so without the i flag (under it `\p{Lu}` is any letter:
 * "Jetzt lesen mit einem Mal auch Erwachsene wieder Comics…" went).
 */
const READ_ON_WITH_PLAN = /^[Jj]etzt (?:weiterlesen|lesen) mit \p{Lu}/u;
const MAX_WORDS = 20;
/**
 * The answer under Le Monde's one-device wall, longer than a prompt (probe r26): "En cliquant sur « Continuer à lire ici » et en
 * vous assurant que vous êtes la seule personne à consulter Le Monde avec ce compte." Its button's words in quotes open it.
 */
const DEVICE_WALL_ANSWER = /^en cliquant sur « ?continuer à lire ici ?» et en vous assurant que vous êtes la seule personne à consulter\b.{0,80}$/iu;

export const rule: LineRule = {
  kind: 'line',
  id: 'paywall-prompt-translated',
  category: 'paywall',
  description:
    'A paywall prompt in German, French, Spanish, Portuguese, Italian or Dutch ("Cet article est réservé aux abonnés.", "Dieser Artikel ist nur für Abonnenten", "Este contenido es exclusivo para suscriptores"), or a reader-revenue ask in Hungarian or Romanian ("Támogasd a független újságírást!", "Susține jurnalismul independent. Donează acum!").',
  englishOnly: false,
  match(text) {
    if (DEVICE_WALL_ANSWER.test(text)) return { reason: 'paywall prompt (in another language)' };
    return wordCount(text) <= MAX_WORDS && (PROMPT.test(text) || READ_ON_WITH_PLAN.test(text)) ? { reason: 'paywall prompt (in another language)' } : null;
  },
  examples: {
    // No page in ../shared/datasets prints one: written from how those sites print their walls.
    source: 'written from how German, French, Spanish, Portuguese, Italian and Dutch news sites print their walls (none in ../shared/datasets)',
    remove: [
      'Cet article est réservé aux abonnés.',
      'Il vous reste 78% de cet article à lire.',
      // Probe r26, a made-up page in the shape of Le Monde: its metered wall and its one-device wall under the cut story.
      'Il vous reste 62.5% de cet article à lire. La suite est réservée aux abonnés.',
      'Lecture du Monde en cours sur un autre appareil.',
      'Comment ne plus voir ce message ?',
      'En cliquant sur « Continuer à lire ici » et en vous assurant que vous êtes la seule personne à consulter Le Monde avec ce compte.',
      'Déjà abonné ?',
      // A French metered wall, as its pages print it.
      'Vous avez lu 2 articles gratuits ce mois-ci.',
      'Abonnez-vous pour lire la suite.',
      // Le Monde's subscriber label and one-device wall, El País's subscribe button, as their pages print them.
      'Article réservé aux abonnés',
      'Vous pouvez lire Le Monde sur un seul appareil à la fois',
      'Ce message s’affichera sur l’autre appareil.',
      'Découvrir les offres multicomptes',
      'Suscríbete',
      'Dieser Artikel ist nur für Abonnenten',
      'Jetzt weiterlesen mit SZ Plus',
      'Este contenido es exclusivo para suscriptores',
      // El País's wall, as its pages print it.
      'Suscríbete para seguir leyendo',
      'Lee sin límites',
      'Questo articolo è riservato agli abbonati',
      'Dit artikel is alleen voor abonnees',
      // Le Figaro's wall, as its pages print it (probe of 2026-12-07, second round).
      'Vous avez envie de lire la suite ?',
      'Débloquez tous les articles immédiatement.',
      // Probe r28, made-up pages in the shape of Público and la Repubblica: their walls under the cut story.
      'Continue a ler este artigo',
      'Assine já',
      "Leggi l'articolo completo su Rep:",
      // Probe r32, made-up pages in the shape of Telex and HotNews: their reader-revenue boxes under the story.
      'Támogasd a független újságírást!',
      'A Telex olvasói támogatásból működik. Ha fontosnak tartod a munkánkat, csatlakozz a támogatóinkhoz.',
      'Susține jurnalismul independent. Donează acum!',
    ],
    keep: [
      'Comment ne plus voir ce message ? La question hante les annonceurs, explique le chercheur.',
      'Lecture du rapport en cours sur un autre appareil, le juge a suspendu l’audience pendant vingt minutes.',
      'Déjà abonné depuis dix ans, il n’a jamais reçu de facture aussi élevée.',
      'Vous avez envie de lire la suite ? Le deuxième tome paraît en mars, annonce l’éditeur.',
      'Débloquez tous les articles du code du travail, réclament les syndicats.',
      'Continue a ler este artigo e perceba porque é que o metro atrasou.',
      'Assine já o contrato, pediu o ministro aos sindicatos.',
      "Leggi l'articolo completo su Repubblica e capirai il problema, ha detto il sindaco.",
      'There were wins too.',
      'Támogasd a független újságírást, kérte a tüntetőket az egyesület elnöke.',
      'A Telex olvasói támogatásból működik, ezért nem fogad el állami hirdetést – mondta a főszerkesztő.',
      'Susține jurnalismul independent și plătește-l, a spus ministrul.',
      // A German story line the i flag took: its \p{Lu} read "einem" as the plan's name (2026-12-07).
      'Jetzt lesen mit einem Mal auch Erwachsene wieder Comics, sagt die Buchhändlerin.',
    ],
  },
};
