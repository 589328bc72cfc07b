/** Synthetic articles for the corpus unit tests: seeded, so every test sees the same text. */
import { createRandom } from '../../src/eval/random.js';

const VOCABULARY = (
  'the council said on monday that a new bridge would open in spring after years of delay while residents ' +
  'complained about noise traffic and costs; engineers argued the river crossing needed repairs before winter ' +
  'floods returned to the valley where farmers grow apples pears and grain for markets across the region'
).split(/\W+/);

/**
 * `paragraphs` prose paragraphs of 12–20 random words each, ending in a full stop: unrelated articles
 * share almost no 5-word shingles, so they are never near-duplicates of each other.
 */
export function proseArticle(seed: number, paragraphs = 4): string[] {
  const random = createRandom(seed);
  return Array.from({ length: paragraphs }, () => {
    const words = Array.from({ length: random.int(12, 20) }, () => random.pick(VOCABULARY));
    return `${words.join(' ')}.`;
  });
}
