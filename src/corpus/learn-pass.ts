import type { CorpusOptions } from '../options.js';
import { normaliseText } from '../stages/normalise.js';
import { BoilerplateLearner } from './boilerplate-learner.js';
import type { Profile } from './profile.js';

/**
 * The first pass over raw texts, as the CLI (`--learn-boilerplate`) and `newsclean eval` run it: each
 * text is normalised exactly as the pipeline's first stage does, so the learned hashes match the
 * paragraphs the second pass sees, and counted in its group (a folder, a dataset variant).
 */
export class LearningPass {
  private readonly learner: BoilerplateLearner;

  /** @param groupLabel what a group is, plural, for the `--explain` reason ("folders", "sites") */
  constructor(
    private readonly options: CorpusOptions,
    groupLabel: string,
  ) {
    this.learner = new BoilerplateLearner(options, groupLabel);
  }

  /** Counts one raw document; returns false when it was skipped as a copy of an earlier one. */
  observeText(text: string, group: string): boolean {
    return this.learner.observe({ paragraphs: normaliseText(text).paragraphs.map((paragraph) => paragraph.text), group });
  }

  /**
   * What was learned. The group threshold is capped at the groups seen: a corpus in one folder (or
   * one JSON Lines file) has one group, and requiring three would learn nothing; there a line must
   * recur in `learnedMinDocuments` documents only (docs/corpus.md: on aeb, 5 documents in one group
   * learn the same lines as 5 documents across 3 sites).
   */
  profile(): Profile {
    return this.learner.toProfile(Math.min(this.options.learnedMinGroups, this.learner.groupsSeen));
  }
}
