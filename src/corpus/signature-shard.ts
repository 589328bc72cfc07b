import { parseSignature, serialiseSignature, type ArticleSignature, type SerialisedSignature } from './article-signature.js';
import { DuplicateIndex, type DedupeParameters, type DuplicateVerdict } from './duplicate-index.js';

/**
 * What one shard of a sharded run emits: its articles' signatures in the shard's input order, with
 * the parameters they were made with. JSON-serialisable as it is.
 */
export interface SignatureShard {
  format: 'newsclean-signatures';
  version: 1;
  permutations: number;
  shingleWords: number;
  signatures: SerialisedSignature[];
}

/** Packs a shard's signatures (in its input order) for writing. */
export function toSignatureShard(index: DuplicateIndex, signatures: readonly ArticleSignature[]): SignatureShard {
  return {
    format: 'newsclean-signatures',
    version: 1,
    permutations: index.parameters.permutations,
    shingleWords: index.parameters.shingleWords,
    signatures: signatures.map(serialiseSignature),
  };
}

/**
 * The merge step of a sharded run: replays every shard's signatures, shard by shard in the order
 * given (the global input order), through one {@link DuplicateIndex}, so the verdicts are exactly
 * those of a single run over the whole input. Pure. Throws when a shard is malformed or was signed
 * with other parameters than `parameters` (signatures would not be comparable).
 */
export function mergeSignatureShards(shards: readonly unknown[], parameters: DedupeParameters): DuplicateVerdict[] {
  const index = new DuplicateIndex(parameters);
  const verdicts: DuplicateVerdict[] = [];
  shards.forEach((shard, position) => {
    const checked = checkShard(shard, position, parameters);
    for (const record of checked.signatures) verdicts.push(index.add(parseSignature(record, checked.permutations)));
  });
  return verdicts;
}

function checkShard(value: unknown, position: number, parameters: DedupeParameters): SignatureShard {
  const shard = value as Partial<SignatureShard> | null;
  if (shard === null || typeof shard !== 'object' || shard.format !== 'newsclean-signatures' || shard.version !== 1 || !Array.isArray(shard.signatures)) {
    throw new Error(`shard ${position + 1} is not a newsclean signature file (format newsclean-signatures, version 1)`);
  }
  if (shard.permutations !== parameters.minhashPermutations || shard.shingleWords !== parameters.shingleWords) {
    throw new Error(
      `shard ${position + 1} was signed with ${shard.permutations} permutations and ${shard.shingleWords}-word shingles, ` +
        `not ${parameters.minhashPermutations} and ${parameters.shingleWords}`,
    );
  }
  return shard as SignatureShard;
}
