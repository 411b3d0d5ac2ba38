import type { Anchor } from './anchor.ts'
import { skeletonsMatch } from './name-key.ts'

/** The best order-preserving matching of two anchor sequences. */
export interface AnchorAlignment {
  /** Summed weight of the matched anchors (each pair weighs the smaller of its two weights). */
  readonly weight: number
  /** Matched positions [indexInA, indexInB], in order. */
  readonly pairs: readonly (readonly [number, number])[]
}

// An anchor repeated more often than this in one text ("Karvenia" in every paragraph) says little about order
// and multiplies the candidate pairs; it is left out of the alignment.
export const MAX_OCCURRENCES = 8

/**
 * Aligns two anchor sequences: the heaviest common subsequence, found as a weighted longest increasing
 * subsequence over the matching pairs (Hunt–Szymanski), in O(r log r) for r matching pairs instead of O(n·m).
 */
export function alignAnchors(
  a: readonly Anchor[],
  b: readonly Anchor[],
  weightA: (index: number) => number,
  weightB: (index: number) => number,
  positionsInA: ReadonlyMap<string, readonly number[]> = positionsOf(a),
  positionsInB: ReadonlyMap<string, readonly number[]> = positionsOf(b),
): AnchorAlignment {
  const matches: { i: number; j: number; weight: number }[] = []
  b.forEach((anchor, j) => {
    const positions = positionsInA.get(anchor.key)
    if (!positions || positions.length > MAX_OCCURRENCES) return
    if ((positionsInB.get(anchor.key)?.length ?? 0) > MAX_OCCURRENCES) return
    for (const i of positions) {
      const other = a[i]!
      if (other.skeleton && anchor.skeleton && !skeletonsMatch(other.skeleton, anchor.skeleton))
        continue
      const weight = Math.min(weightA(i), weightB(j))
      if (weight > 0) matches.push({ i, j, weight })
    }
  })
  // Increasing i; for equal i, decreasing j, so that one anchor of A is never matched twice.
  matches.sort((x, y) => x.i - y.i || y.j - x.j)
  const tree = new MaxTree(b.length)
  const best: number[] = []
  const previous: number[] = []
  let top = -1
  for (let index = 0; index < matches.length; index++) {
    const match = matches[index]!
    const [prefixWeight, prefixAt] = tree.query(match.j)
    best.push(prefixWeight + match.weight)
    previous.push(prefixAt)
    tree.update(match.j + 1, best[index]!, index)
    if (top < 0 || best[index]! > best[top]!) top = index
  }
  const pairs: [number, number][] = []
  for (let at = top; at >= 0; at = previous[at]!) pairs.push([matches[at]!.i, matches[at]!.j])
  pairs.reverse()
  return { weight: top < 0 ? 0 : best[top]!, pairs }
}

function positionsOf(anchors: readonly Anchor[]): Map<string, number[]> {
  const positions = new Map<string, number[]>()
  anchors.forEach((anchor, index) => {
    const list = positions.get(anchor.key)
    if (list) list.push(index)
    else positions.set(anchor.key, [index])
  })
  return positions
}

// A Fenwick tree of prefix maxima over positions 1..size, remembering which match gave each maximum.
class MaxTree {
  private readonly values: Float64Array
  private readonly owners: Int32Array

  constructor(size: number) {
    this.values = new Float64Array(size + 1)
    this.owners = new Int32Array(size + 1).fill(-1)
  }

  // Best weight over positions 1..end (matches with j < end), and the match that reached it.
  query(end: number): [number, number] {
    let value = 0
    let owner = -1
    for (let at = end; at > 0; at -= at & -at) {
      if (this.values[at]! > value) {
        value = this.values[at]!
        owner = this.owners[at]!
      }
    }
    return [value, owner]
  }

  update(position: number, value: number, owner: number): void {
    for (let at = position; at < this.values.length; at += at & -at) {
      if (value > this.values[at]!) {
        this.values[at] = value
        this.owners[at] = owner
      }
    }
  }
}
