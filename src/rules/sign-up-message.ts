import { wordCount } from './helpers.js';
import type { LineRule } from './types.js';

/**
 * The fields and messages of a newsletter sign-up form that a page dump flattens one per line: the
 * consent tick ("I agree that CBS Sports can send me the "Pick Six Newsletter" newsletter."), the
 * form's prompts ("Please check the opt-in box…"), its two buttons run together ("Subscribe No
 * thanks"), the confirmation it shows after sending ("You have succesfully subscribed. Thank you!",
 * "An email with an activation link has just been sent…") and its reassurance ("No spam, we
 * promise. You can unsubscribe at any time…"), and its address field's label ("Email address", "Your
 * Email"). Each line alone names no newsletter brand and
 * reads like a sentence, so the classifier keeps them (POLITICO's form prints its replies to a sign-up one a line: "You will
 * now start receiving email updates", "You are already subscribed"); a story reports on a subscription in the
 * third person, not to the reader who just filled the form in. Al Jazeera's form prints its replies and its captcha
 * badge one a line: "Your subscription failed. Please try again.", "Please check your email to confirm your
 * subscription", "protected by reCAPTCHA". The Los Angeles Times' small print under its form: "You may occasionally receive
 * promotional content from the Los Angeles Times." (probe r26; the sender closes the line, so "…from the city, officials
 * warned." stays). Daily Maverick's promise under its box says "any time" in two words: "We’ll send you our Daily Maverick
 * newsletter every weekday at 6am. Unsubscribe any time." (probe r31).
 */
export const SIGN_UP_MESSAGE =
  /^you may (?:occasionally |also |sometimes )?receive (?:promotional|marketing) (?:content|e-?mails?|offers|messages) from [^.!?,]{1,60}\.?$|^you(?:'ve| have) (?:successfully |succesfully )?(?:subscribed|signed up)\b|\bactivation link\b|\b(?:you can )?unsubscribe (?:at any time|anytime|any time)\b|\bopt-in box\b|\bcan send me\b[^.!?]{0,80}\bnewsletters?\b|^(?:subscribe|sign up) no,? thanks$|\bkeep an eye on your inbox\b|^(?:your )?e-?mail(?: address)?\*?:?$|^you(?:'re| are) already (?:subscribed|signed up)(?: to (?:this|our) (?:newsletter|list))?[.!]?$|^you will now (?:start )?receiv(?:e|ing) (?:our )?(?:e-?mail )?(?:updates|newsletters?|e-?mails)[.!]?$|^your subscription (?:has )?failed[.!]|^please check your (?:e-?mail|inbox) to confirm your subscription\b|^protected by recaptcha$/i;
const MAX_WORDS = 40;

export const rule: LineRule = {
  kind: 'line',
  id: 'sign-up-message',
  category: 'newsletter',
  description: 'A sign-up form\'s consent tick, prompt, buttons, confirmation or reassurance on a line of its own ("You have successfully subscribed.", "Please check the opt-in box…").',
  englishOnly: true,
  match(text) {
    return wordCount(text) <= MAX_WORDS && SIGN_UP_MESSAGE.test(text) ? { reason: 'sign-up form message' } : null;
  },
  examples: {
    source: 'aeb page 08f793…, 5ae11e…, c69e53…, c50845…',
    remove: [
      // The address field's label, as ABC News (Australia) and Politico forms print it.
      'Email address',
      'Your Email',
      'I agree that CBS Sports can send me the "Pick Six Newsletter" newsletter.',
      'Please check the opt-in box to acknowledge that you would like to subscribe.',
      'Keep an eye on your inbox for the latest sports news.',
      'Subscribe No thanks',
      // The Los Angeles Times' small print under its newsletter form (probe r26, made-up page).
      'You may occasionally receive promotional content from the Los Angeles Times.',
      'You have succesfully subscribed. Thank you!',
      'An email with an activation link has just been sent to your email address. Please activate your subscription by clicking on the activation link inside the email',
      "No spam, we promise. You can unsubscribe at any time and we'll never share your details without your permission.",
      // POLITICO's form replies, as its pages print them (probes r23-en, made-up page).
      'You will now start receiving email updates',
      'You are already subscribed',
      // Al Jazeera's form replies and captcha badge (probe r24, a made-up page in the shape of Al Jazeera).
      'Your subscription failed. Please try again.',
      'Please check your email to confirm your subscription',
      'protected by reCAPTCHA',
      // Daily Maverick's promise under its newsletter box (probe r31, a made-up page in its shape).
      'We’ll send you our Daily Maverick newsletter every weekday at 6am. Unsubscribe any time.',
    ],
    keep: [
      'You may occasionally receive promotional content from the city, officials warned.',
      'More than 40,000 readers have subscribed since the newsletter launched in March, the company said.',
      'Customers who want to cancel can unsubscribe by post, the regulator ruled, not only online.',
      'Customers can unsubscribe any way they like, the regulator said, by post or online.',
      'He said no thanks to the offer and left the room.',
      'You are already subscribed to too many services, the consumer group warned readers.',
      'Subscribers will now start receiving email updates on the outage, the company said.',
      'Your subscription failed to arrive, readers complained, after the printer went bust.',
      'The site is protected by reCAPTCHA and two-factor logins, the bank said.',
    ],
  },
};
