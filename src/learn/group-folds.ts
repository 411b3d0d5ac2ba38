import { finishHash, hashString } from './hash-string.ts'

/**
 * The fold of a group (an article), from a hash of its key and `seed`: the same article lands in the same fold in
 * every task and every run, so out-of-fold predictions of one task can feed another without leaking.
 */
export function groupFold(group: string, foldCount: number, seed: number): number {
  return finishHash(hashString(group, seed >>> 0)) % foldCount
}
