/**
 * Corpus-level passes (docs/corpus.md): learned boilerplate (first pass {@link BoilerplateLearner},
 * saved as a {@link Profile}, applied by {@link removeLearnedBoilerplate}) and duplicate articles
 * ({@link DuplicateIndex}, sharded through {@link SignatureShard} and {@link mergeSignatureShards}).
 */
export { BoilerplateLearner, type ObservedDocument } from './boilerplate-learner.js';
export { LearningPass } from './learn-pass.js';
export { learnedLookup, removeLearnedBoilerplate, type LearnedLookup } from './apply-profile.js';
export { parseProfile, serialiseProfile, type LearnedLine, type Profile } from './profile.js';
export { DuplicateIndex, type DedupeParameters, type DuplicateVerdict } from './duplicate-index.js';
export { parseSignature, serialiseSignature, type ArticleSignature, type SerialisedSignature } from './article-signature.js';
export { mergeSignatureShards, toSignatureShard, type SignatureShard } from './signature-shard.js';
export { DuplicateTallier, duplicateMessage, tallyDuplicates, type DuplicateTally } from './duplicate-report.js';
export { markDuplicates } from './mark-duplicates.js';
