/** The label of a document that carries none of the taxonomy's narratives (for narratives and sub-narratives). */
export const OTHER = 'Other'

// Official labels are "DOMAIN: Narrative" and "DOMAIN: Narrative: Sub-narrative" ("URW: Discrediting Ukraine:
// Ukraine is associated with nazism"); a narrative's own name never contains ": ".
const SEPARATOR = ': '
const NARRATIVE_PARTS = 2

/** True for a sub-narrative label (three parts), including a narrative's "…: Other". */
export function isSubNarrative(label: string): boolean {
  return label.split(SEPARATOR).length > NARRATIVE_PARTS
}

/** The narrative a sub-narrative label belongs to ("URW: Discrediting Ukraine" for its sub-narratives). */
export function parentNarrative(label: string): string {
  return label.split(SEPARATOR).slice(0, NARRATIVE_PARTS).join(SEPARATOR)
}

/** The domain of a narrative or sub-narrative label: "URW" (the war in Ukraine) or "CC" (climate change). */
export function narrativeDomain(label: string): string {
  return label.split(SEPARATOR)[0]!
}

/** The sub-narrative label a narrative gets when none of its listed sub-narratives fits. */
export function otherSubNarrative(narrative: string): string {
  return `${narrative}${SEPARATOR}${OTHER}`
}
