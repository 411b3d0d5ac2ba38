/**
 * Scores of a tag sequence model: `emissions[i * tagCount + tag]` per token and
 * `transitions[(from + 1) * tagCount + to]` between tags, with row 0 for the sequence start.
 * Forbidden transitions are -Infinity.
 */
export interface TagScores {
  readonly emissions: Float32Array | Float64Array
  readonly transitions: Float32Array | Float64Array
  readonly length: number
  readonly tagCount: number
}

/** The highest-scoring tag sequence (Viterbi), written into `path`. */
export function decodeTags(scores: TagScores, path: Int32Array): void {
  const { emissions, transitions, length, tagCount } = scores
  if (length === 0) return
  const best = scratch(0, length * tagCount)
  const back = scratchIndexes(length * tagCount)
  const { predecessors, predecessorStarts } = transitionGraph(transitions, tagCount)
  // Gathered per call: training changes the transitions between calls.
  const predecessorScores = gatherBySlot(
    predecessors,
    predecessorStarts,
    transitions,
    tagCount,
    true,
    scratch(5, predecessors.length),
  )
  for (let tag = 0; tag < tagCount; tag++) best[tag] = transitions[tag]! + emissions[tag]!
  for (let index = 1; index < length; index++) {
    const row = index * tagCount
    const previousRow = row - tagCount
    for (let tag = 0; tag < tagCount; tag++) {
      let max = Number.NEGATIVE_INFINITY
      let argmax = 0
      const end = predecessorStarts[tag + 1]!
      for (let slot = predecessorStarts[tag]!; slot < end; slot++) {
        const from = predecessors[slot]!
        const score = best[previousRow + from]! + predecessorScores[slot]!
        if (score > max) {
          max = score
          argmax = from
        }
      }
      best[row + tag] = max + emissions[row + tag]!
      back[row + tag] = argmax
    }
  }
  const lastRow = (length - 1) * tagCount
  let tag = 0
  for (let candidate = 1; candidate < tagCount; candidate++)
    if (best[lastRow + candidate]! > best[lastRow + tag]!) tag = candidate
  for (let index = length - 1; index >= 0; index--) {
    path[index] = tag
    tag = back[index * tagCount + tag]!
  }
}

/**
 * Each token's probability of each tag (forward-backward), reading the scores as log-potentials divided by
 * `temperature`. Runs in probability space with per-token rescaling, which needs no logarithms. Writes into
 * `out` when given (at least length × tagCount long), else into a new array.
 */
export function tagMarginals(
  scores: TagScores,
  temperature: number,
  out?: Float64Array,
): Float64Array {
  const { emissions, transitions, length, tagCount } = scores
  const marginals = out ?? new Float64Array(length * tagCount)
  if (length === 0) return marginals
  const potential = transitionPotentials(transitions, temperature)
  const { predecessors, predecessorStarts, successors, successorStarts } = transitionGraph(
    transitions,
    tagCount,
  )
  const forwardPotentials = gatherBySlot(
    predecessors,
    predecessorStarts,
    potential,
    tagCount,
    true,
    scratch(5, predecessors.length),
  )
  const backwardPotentials = gatherBySlot(
    successors,
    successorStarts,
    potential,
    tagCount,
    false,
    scratch(6, successors.length),
  )
  const local = scratch(1, length * tagCount)
  for (let index = 0; index < length; index++) {
    const row = index * tagCount
    let max = Number.NEGATIVE_INFINITY
    for (let tag = 0; tag < tagCount; tag++) max = Math.max(max, emissions[row + tag]!)
    for (let tag = 0; tag < tagCount; tag++)
      local[row + tag] = Math.exp((emissions[row + tag]! - max) / temperature)
  }
  const forward = scratch(2, length * tagCount)
  const backward = scratch(3, length * tagCount)
  for (let tag = 0; tag < tagCount; tag++) forward[tag] = potential[tag]! * local[tag]!
  normalize(forward, 0, tagCount)
  for (let index = 1; index < length; index++) {
    const row = index * tagCount
    const previousRow = row - tagCount
    for (let tag = 0; tag < tagCount; tag++) {
      let sum = 0
      const end = predecessorStarts[tag + 1]!
      for (let slot = predecessorStarts[tag]!; slot < end; slot++)
        sum += forward[previousRow + predecessors[slot]!]! * forwardPotentials[slot]!
      forward[row + tag] = sum * local[row + tag]!
    }
    normalize(forward, row, tagCount)
  }
  const lastRow = (length - 1) * tagCount
  for (let tag = 0; tag < tagCount; tag++) backward[lastRow + tag] = 1
  const ahead = scratch(4, tagCount)
  for (let index = length - 2; index >= 0; index--) {
    const row = index * tagCount
    for (let to = 0; to < tagCount; to++)
      ahead[to] = local[row + tagCount + to]! * backward[row + tagCount + to]!
    for (let tag = 0; tag < tagCount; tag++) {
      let sum = 0
      const end = successorStarts[tag + 1]!
      for (let slot = successorStarts[tag]!; slot < end; slot++)
        sum += backwardPotentials[slot]! * ahead[successors[slot]!]!
      backward[row + tag] = sum
    }
    normalize(backward, row, tagCount)
  }
  for (let index = 0; index < length; index++) {
    const row = index * tagCount
    for (let tag = 0; tag < tagCount; tag++)
      marginals[row + tag] = forward[row + tag]! * backward[row + tag]!
    normalize(marginals, row, tagCount)
  }
  return marginals
}

// Work arrays reused from sentence to sentence (decoding is synchronous): allocation showed up in profiles.
const scratchArrays: Float64Array[] = [0, 1, 2, 3, 4, 5, 6].map(() => new Float64Array(1024))
let scratchIndexArray = new Int32Array(1024)

function scratch(slot: number, size: number): Float64Array {
  if (scratchArrays[slot]!.length < size) scratchArrays[slot] = new Float64Array(size * 2)
  return scratchArrays[slot]!
}

function scratchIndexes(size: number): Int32Array {
  if (scratchIndexArray.length < size) scratchIndexArray = new Int32Array(size * 2)
  return scratchIndexArray
}

/** Which tags may precede and follow each tag: BIO forbids a third of the pairs, so loops skip them. */
interface TransitionGraph {
  /** `predecessors[predecessorStarts[to] .. predecessorStarts[to + 1])`, in ascending order. */
  readonly predecessors: Int32Array
  readonly predecessorStarts: Int32Array
  readonly successors: Int32Array
  readonly successorStarts: Int32Array
}

const graphs = new WeakMap<object, TransitionGraph>()

// Skipping a forbidden pair changes no result: its score is -Infinity (never the maximum, since O may follow
// any tag) and its potential 0 (adding 0 is exact).
function transitionGraph(
  transitions: Float32Array | Float64Array,
  tagCount: number,
): TransitionGraph {
  const known = graphs.get(transitions)
  if (known) return known
  const isAllowed = (from: number, to: number): boolean =>
    Number.isFinite(transitions[(from + 1) * tagCount + to]!)
  const adjacency = (allowed: (tag: number, other: number) => boolean) => {
    const list: number[] = []
    const starts = [0]
    for (let tag = 0; tag < tagCount; tag++) {
      for (let other = 0; other < tagCount; other++) if (allowed(tag, other)) list.push(other)
      starts.push(list.length)
    }
    return { list: Int32Array.from(list), starts: Int32Array.from(starts) }
  }
  const before = adjacency((to, from) => isAllowed(from, to))
  const after = adjacency((from, to) => isAllowed(from, to))
  const graph = {
    predecessors: before.list,
    predecessorStarts: before.starts,
    successors: after.list,
    successorStarts: after.starts,
  }
  graphs.set(transitions, graph)
  return graph
}

// exp(transition / temperature) for each cell, kept per transition table: a tagger reuses one for every sentence.
const potentials = new WeakMap<object, { temperature: number; values: Float64Array }>()

function transitionPotentials(
  transitions: Float32Array | Float64Array,
  temperature: number,
): Float64Array {
  const known = potentials.get(transitions)
  if (known && known.temperature === temperature) return known.values
  const values = Float64Array.from(transitions, (value) => Math.exp(value / temperature))
  potentials.set(transitions, { temperature, values })
  return values
}

// The cell of each slot of an adjacency list, in slot order, so that the loops over a tag's predecessors or
// successors read one array in order instead of computing where the cell is: `matrix[(from + 1) * tagCount + to]`,
// with the slot's tag as `to` when `isPredecessorList`, else as `from`.
function gatherBySlot(
  list: Int32Array,
  starts: Int32Array,
  matrix: Float32Array | Float64Array,
  tagCount: number,
  isPredecessorList: boolean,
  out: Float64Array,
): Float64Array {
  for (let tag = 0; tag < tagCount; tag++) {
    for (let slot = starts[tag]!; slot < starts[tag + 1]!; slot++) {
      const other = list[slot]!
      out[slot] = isPredecessorList
        ? matrix[(other + 1) * tagCount + tag]!
        : matrix[(tag + 1) * tagCount + other]!
    }
  }
  return out
}

function normalize(values: Float64Array, start: number, count: number): void {
  let sum = 0
  for (let index = start; index < start + count; index++) sum += values[index]!
  if (sum === 0) return
  for (let index = start; index < start + count; index++) values[index] = values[index]! / sum
}
