import type { PairScore } from './score-pair.ts'
import { UnionFind } from './union-find.ts'

// A story grows only when the newcomer is tied to enough of it: a single version (or a single story) joins when it
// links to at least this share of the story's members. One false link between two stories of a large corpus no
// longer chains them (at 100 000 built documents, connected components had a pairwise precision of 0.67).
const MIN_SINGLE_SUPPORT = 1 / 3
// Two stories of several members merge when half the members of the smaller one link into the larger one.
const MIN_MEMBER_SUPPORT = 0.5

/** The stories (document indexes, at least two each) and the version links that were kept out of them. */
export interface Clustering {
  readonly stories: number[][]
  /** Version links between documents the coherence check left in different stories. */
  readonly rejected: PairScore[]
}

/**
 * Groups documents into stories from their version links, strongest first, merging two groups only when the
 * links between them are coherent: the newcomer is tied to a share of the story's members, not to one of them
 * (average-link in spirit, counted over links rather than averaged over scores, since most pairs of a large
 * corpus are never scored).
 */
export function clusterStories(links: readonly PairScore[], size: number): Clustering {
  const neighbours = new Map<number, Set<number>>()
  const link = (a: number, b: number) => {
    const set = neighbours.get(a)
    if (set) set.add(b)
    else neighbours.set(a, new Set([b]))
  }
  for (const { a, b } of links) {
    link(a, b)
    link(b, a)
  }
  const sets = new UnionFind(size)
  const members = new Map<number, number[]>()
  const membersOf = (root: number) => members.get(root) ?? [root]
  const rejected: PairScore[] = []
  const ordered = [...links].sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b)
  for (const candidate of ordered) {
    const rootA = sets.find(candidate.a)
    const rootB = sets.find(candidate.b)
    if (rootA === rootB) continue
    const groupA = membersOf(rootA)
    const groupB = membersOf(rootB)
    if (!isCoherent(groupA, groupB, neighbours)) {
      rejected.push(candidate)
      continue
    }
    sets.union(rootA, rootB)
    const root = sets.find(rootA)
    members.set(root, [...groupA, ...groupB])
    if (root !== rootA) members.delete(rootA)
    if (root !== rootB) members.delete(rootB)
  }
  // A link first rejected may sit inside one story after later merges: only those across stories stay rejected.
  return {
    stories: sets.groups(2),
    rejected: rejected.filter((item) => sets.find(item.a) !== sets.find(item.b)),
  }
}

function isCoherent(
  groupA: readonly number[],
  groupB: readonly number[],
  neighbours: ReadonlyMap<number, ReadonlySet<number>>,
): boolean {
  const [small, large] = groupA.length <= groupB.length ? [groupA, groupB] : [groupB, groupA]
  const inLarge = new Set(large)
  if (small.length === 1) {
    let linked = 0
    for (const other of neighbours.get(small[0]!) ?? []) if (inLarge.has(other)) linked++
    return linked >= Math.max(1, MIN_SINGLE_SUPPORT * large.length)
  }
  let supported = 0
  for (const member of small) {
    for (const other of neighbours.get(member) ?? []) {
      if (inLarge.has(other)) {
        supported++
        break
      }
    }
  }
  return supported >= MIN_MEMBER_SUPPORT * small.length
}
