import type { Provenance } from '../contracts/annotations.ts'

/** Plain-text cells for one provenance credit; renderers escape them for their format. */
export interface ProvenanceCells {
  /** Name and outlet, e.g. "Jane Doe (Reuters)". */
  readonly who: string
  /** ISO date with the date as written in parentheses, e.g. "2022-01-09 (9 janvier 2022)". */
  readonly date: string
}

/** Describes who a provenance credit names and when, as plain text. */
export function describeProvenance(provenance: Provenance): ProvenanceCells {
  const { name, outlet, date, dateText } = provenance
  const who = name && outlet ? `${name} (${outlet})` : (name ?? outlet ?? '')
  const written = dateText && dateText !== date ? dateText : undefined
  return { who, date: date && written ? `${date} (${written})` : (date ?? written ?? '') }
}
