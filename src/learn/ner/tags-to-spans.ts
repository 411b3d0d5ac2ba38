/** A labelled run of tokens, inclusive at both ends. */
export interface TokenSpan {
  readonly first: number
  readonly last: number
  readonly label: string
}

/**
 * Turns BIO tags into entity runs with conlleval's rules: B-X always opens an entity, and I-X opens one
 * when the tag before it is O or of another type.
 */
export function tagsToSpans(tags: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = []
  let open: { first: number; label: string } | null = null
  tags.forEach((tag, index) => {
    const prefix = tag.charAt(0)
    const label = tag.slice(2)
    const continues = prefix === 'I' && open !== null && open.label === label
    if (continues) return
    if (open) spans.push({ first: open.first, last: index - 1, label: open.label })
    open = prefix === 'B' || prefix === 'I' ? { first: index, label } : null
  })
  if (open !== null) {
    const { first, label } = open
    spans.push({ first, last: tags.length - 1, label })
  }
  return spans
}
