/**
 * Sentence-final marks beyond the Latin and CJK ones every pattern already names: the Devanagari
 * and Bengali danda ("…तापमान दर्ज किया गया।"), Urdu's full stop (۔), Armenian (։), Ethiopic (።),
 * Myanmar (။), Khmer (។), Tibetan (།), and the Arabic-script question mark (؟). Without them a Hindi or Bengali story's
 * every paragraph read as unfinished: not prose to the cleaner, no sentence to the segmenter.
 * For use inside a regular expression's character class.
 */
export const OTHER_FULL_STOPS = '।॥۔։።။។།';
export const OTHER_QUESTION_MARKS = '؟';
export const OTHER_SENTENCE_ENDS = OTHER_FULL_STOPS + OTHER_QUESTION_MARKS;
