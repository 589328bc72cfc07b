import { wordCount } from './helpers.js';
import type { BlockRule } from './types.js';

/**
 * A research-news page's source notes under the story, flattened one element a line (ScienceDaily, probe r34; EurekAlert and
 * Phys.org print the same parts):
 *
 *   Story Source:
 *   Materials provided by University of Western Australia. Note: Content may be edited for style and length.
 *   Journal Reference:
 *   Emma Hart, Malcolm McCulloch, Julie Trotter. Five centuries of Indian Ocean warming… Nature Geoscience, 2026; DOI: 10.1038/…
 *   Cite This Page:
 *   MLA
 *   APA
 *   Chicago
 *   University of Western Australia. "Deep-sea sponges record…" ScienceDaily. ScienceDaily, 7 December 2026. <www.sciencedaily.com/…>.
 *
 * A heading alone ("References" may head a story's own section) proves nothing, and a citation alone reads like a sentence naming
 * a study; the block is a heading over at least one line that is a source note's own: a citation closed by its DOI or its address
 * in angle brackets, or the press office's "Materials provided by X." It goes on over more headings, citation-style labels and
 * notes, and ends at the first other line.
 */
const HEADING = /^(?:story source|journal references?|references?|sources?|cite this (?:page|article|story)|citation|more information):?$/i;
/** A citation: at most 80 words, closed by a DOI or by the page's address in angle brackets. */
const CITATION = /(?:\bdoi:? ?10\.\d{4,9}\/\S+|\bdoi\.org\/10\.\d{4,9}\/\S+|<(?:https?:\/\/|www\.)[^<>\s]+>\.?)$/i;
const MAX_CITATION_WORDS = 80;
/** The press office's note: "Materials provided by X. Note: Content may be edited for style and length." */
const PROVIDED_BY = /^materials? provided by [^.!?]{2,100}\.(?: note: content may be edited for style and length\.?)?$/i;
/** The citation widget's style tabs, one a line. */
const STYLE_LABEL = /^(?:MLA|APA|Chicago|Harvard|Vancouver|IEEE|BibTeX|RIS)$/;

function isNote(text: string): boolean {
  return PROVIDED_BY.test(text) || (wordCount(text) <= MAX_CITATION_WORDS && CITATION.test(text));
}

export const rule: BlockRule = {
  kind: 'block',
  id: 'reference-block',
  category: 'byline',
  description:
    'A research-news page\'s source notes: a heading ("Story Source:", "Journal Reference:", "Cite This Page:", "References") over a citation closed by its DOI or address in angle brackets, or "Materials provided by X.", with the citation-style labels ("MLA", "APA") and further headings and notes after it.',
  englishOnly: true,
  match(texts, start) {
    if (!HEADING.test(texts[start]!)) return null;
    let end = start + 1;
    let notes = 0;
    while (end < texts.length) {
      const text = texts[end]!;
      if (isNote(text)) notes++;
      else if (!HEADING.test(text) && !STYLE_LABEL.test(text)) break;
      end++;
    }
    // Trailing headings or labels without a note under them belong to what follows.
    while (end > start && !isNote(texts[end - 1]!)) end--;
    return notes > 0 ? { length: end - start, reason: 'source notes: the story\'s source and the study it reports' } : null;
  },
  examples: {
    source: 'probe r34, a made-up page in the shape of two glued ScienceDaily stories (10 lines 24–32, 58–66)',
    remove: [
      [
        'Story Source:',
        'Materials provided by University of Western Australia. Note: Content may be edited for style and length.',
        'Journal Reference:',
        'Emma Hart, Malcolm McCulloch, Julie Trotter. Five centuries of Indian Ocean warming recorded in sclerosponges. Nature Geoscience, 2026; DOI: 10.1038/s41561-026-01842-7',
        'Cite This Page:',
        'MLA',
        'APA',
        'Chicago',
        'University of Western Australia. "Deep-sea sponges record 500 years of ocean warming." ScienceDaily. ScienceDaily, 7 December 2026. <www.sciencedaily.com/releases/2026/12/261207112233.htm>.',
      ],
      ['References', 'Holick MF. The vitamin D deficiency pandemic. Rev Endocr Metab Disord. 2017;18(2):153-165. doi:10.1007/s11154-017-9424-1'],
    ],
    inContext: [
      {
        texts: ['Journal Reference:', 'Anna Berg, Karin Lind. Gut microbiome disruption and sleep loss. Cell Reports Medicine, 2026; DOI: 10.1016/j.xcrm.2026.101877', 'RELATED STORIES'],
        start: 0,
        length: 2,
      },
    ],
    keep: [
      // A story's own section under its heading, and a sentence naming a study with its DOI inside.
      ['References', 'The letters of reference arrived a week late, the school said.'],
      ['Sources', 'Two officials confirmed the plan. The study (DOI: 10.1038/s41561-026-01842-7) was published on Monday.'],
      ['Story Source:', 'MLA', 'APA'],
    ],
  },
};
