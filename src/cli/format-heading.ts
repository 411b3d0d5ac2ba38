import type { DocumentHeading } from '../contracts/heading.ts'

/**
 * A document's heading in plain-text output: a title as it is; a first sentence in quotes and marked, so it is
 * not taken for a title the document has.
 * @example
 * formatHeading({ text: 'Troops left.', derived: true }) // '“Troops left.” (no title)'
 */
export function formatHeading(heading: DocumentHeading): string {
  return heading.derived ? `“${heading.text}” (no title)` : heading.text
}
