/** The tag set for a list of entity labels: "O", then "B-X" and "I-X" for each label in the order given. */
export function bioTags(labels: readonly string[]): string[] {
  return ['O', ...labels.flatMap((label) => [`B-${label}`, `I-${label}`])]
}

/**
 * Which tag may follow which under BIO: `allowed[(from + 1) * tagCount + to]`, where `from = -1` is the
 * sequence start. I-X may only follow B-X or I-X, so decoding never produces an entity without a beginning.
 */
export function allowedTransitions(tags: readonly string[]): Uint8Array {
  const count = tags.length
  const allowed = new Uint8Array((count + 1) * count)
  for (let from = -1; from < count; from++) {
    for (let to = 0; to < count; to++) {
      const target = tags[to]!
      const source = from < 0 ? 'O' : tags[from]!
      const isInside = target.startsWith('I-')
      allowed[(from + 1) * count + to] = !isInside || source.slice(2) === target.slice(2) ? 1 : 0
    }
  }
  return allowed
}
