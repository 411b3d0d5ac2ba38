import type { TaggedTokens } from './tag-tokens.ts'

/** An entity found by the tagger: token indices (inclusive), its label and a probability-like confidence. */
export interface TaggedEntity {
  readonly first: number
  readonly last: number
  readonly label: string
  readonly confidence: number
}

/**
 * Reads entities off a decoded tag path; each entity's confidence is the lowest marginal probability of its
 * tokens' tags, so one doubtful token makes the whole mention doubtful.
 */
export function findTaggedEntities(tagged: TaggedTokens, tags: readonly string[]): TaggedEntity[] {
  const { path, marginals } = tagged
  const tagCount = tags.length
  const entities: TaggedEntity[] = []
  for (let index = 0; index < path.length; ) {
    const tag = tags[path[index]!]!
    if (tag === 'O') {
      index++
      continue
    }
    const label = tag.slice(2)
    let last = index
    while (last + 1 < path.length && tags[path[last + 1]!] === `I-${label}`) last++
    let confidence = 1
    for (let token = index; token <= last; token++)
      confidence = Math.min(confidence, marginals[token * tagCount + path[token]!]!)
    entities.push({ first: index, last, label, confidence })
    index = last + 1
  }
  return entities
}
