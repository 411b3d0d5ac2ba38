import { hashString } from '../hash-string.ts'

/** Seed of a word's running hash (FNV-1a over its folded units); unigram features and cues both use it. */
export const WORD_SEED = hashString('w1')
