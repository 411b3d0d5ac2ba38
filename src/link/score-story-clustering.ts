/** Pairwise agreement of a story clustering with the true one: precision, recall and F1 over document pairs. */
export interface ClusteringScore {
  readonly precision: number
  readonly recall: number
  readonly f1: number
  /** Pairs placed in one story that are versions of one piece. */
  readonly truePairs: number
  /** Pairs placed in one story. */
  readonly predictedPairs: number
  /** Pairs that are versions of one piece. */
  readonly goldPairs: number
}

/**
 * Scores story clustering the way the bar does: every pair of documents counts once, a pair is positive
 * when both are in the same cluster. Documents in no story (null) form no pair; documents missing from
 * `predicted` count as in no story.
 * @example
 * scoreStoryClustering(new Map([['a', 's1'], ['b', 's1']]), new Map([['a', 'x'], ['b', 'x']])).f1 // 1
 */
export function scoreStoryClustering(
  predicted: ReadonlyMap<string, string | null>,
  gold: ReadonlyMap<string, string | null>,
): ClusteringScore {
  const predictedPairs = countPairs(clusters(predicted))
  const goldPairs = countPairs(clusters(gold))
  let truePairs = 0
  for (const members of clusters(predicted).values()) {
    // Within one predicted story, pairs sharing a gold story are true.
    const byGold = new Map<string, number>()
    for (const id of members) {
      const story = gold.get(id)
      if (story) byGold.set(story, (byGold.get(story) ?? 0) + 1)
    }
    for (const count of byGold.values()) truePairs += (count * (count - 1)) / 2
  }
  const precision = predictedPairs ? truePairs / predictedPairs : 1
  const recall = goldPairs ? truePairs / goldPairs : 1
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0
  return { precision, recall, f1, truePairs, predictedPairs, goldPairs }
}

function clusters(assignment: ReadonlyMap<string, string | null>): Map<string, string[]> {
  const byCluster = new Map<string, string[]>()
  for (const [id, cluster] of assignment) {
    if (cluster === null) continue
    const members = byCluster.get(cluster)
    if (members) members.push(id)
    else byCluster.set(cluster, [id])
  }
  return byCluster
}

function countPairs(byCluster: ReadonlyMap<string, readonly string[]>): number {
  let pairs = 0
  for (const members of byCluster.values()) pairs += (members.length * (members.length - 1)) / 2
  return pairs
}
