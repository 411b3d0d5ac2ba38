import type { CompiledCue } from './compile-cues.ts'
import type { CuePositions, CueSlots, PositionsBySlot } from './index-cues.ts'

/** Where a cue matched: the tokens from first to last. */
export interface CueMatch {
  readonly cue: CompiledCue
  readonly first: number
  readonly last: number
}

const NONE: CuePositions = []

/** Finds every match of a cue in one paragraph, from the paragraph's cue positions (findCuePositions). */
export function matchCue(
  cue: CompiledCue,
  slots: CueSlots,
  positions: PositionsBySlot,
): CueMatch[] {
  if (cue.kind === 'phrase') {
    // Left to right, longest phrase first; a match hides the phrases that start inside it.
    const matches: CueMatch[] = []
    let next = 0
    for (const found of positions[slots.phrases] ?? NONE) {
      if (found.first < next) continue
      matches.push({ cue, first: found.first, last: found.last })
      next = found.last + 1
    }
    return matches
  }
  const lefts = positions[slots.left] ?? NONE
  const rights = positions[slots.right] ?? NONE
  const matches: CueMatch[] = []
  // Both lists are in token order: the right-hand candidates of a left term lie in a window found by a moving start.
  let from = 0
  for (const left of lefts) {
    while (from < rights.length && rights[from]!.first < left.first - cue.within) from++
    let right: { first: number; last: number } | undefined
    for (
      let index = from;
      index < rights.length && rights[index]!.first <= left.first + cue.within;
      index++
    ) {
      if (rights[index]!.first !== left.first) {
        right = rights[index]
        break
      }
    }
    if (!right) continue
    const first = Math.min(left.first, right.first)
    const last = Math.max(left.last, right.last)
    const previous = matches[matches.length - 1]
    if (!previous || previous.last < first) matches.push({ cue, first, last })
  }
  return matches
}
