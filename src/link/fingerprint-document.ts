import type { Anchor } from './anchor.ts'
import { findAnchors } from './find-anchors.ts'
import type { LinkableDocument } from './linkable-document.ts'
import { paragraphRanges, type Range } from './paragraph-ranges.ts'
import { scanTokens } from './scan-tokens.ts'
import { wordShingles } from './word-shingles.ts'

/** Everything the linker compares about one document, computed once. */
export interface Fingerprint {
  /** Position in the input array. */
  readonly index: number
  readonly lang: string | null
  readonly chars: number
  readonly paragraphs: readonly Range[]
  /** Sampled five-word shingle hashes, sorted. */
  readonly shingles: Uint32Array
  readonly anchors: readonly Anchor[]
  /** Where each anchor key occurs, for aligning without rebuilding the index per pair. */
  readonly positions: ReadonlyMap<string, readonly number[]>
}

/** Computes a document's shingles and anchors. */
export function fingerprintDocument(doc: LinkableDocument, index: number): Fingerprint {
  const tokens = scanTokens(doc.text)
  const anchors = findAnchors(doc, tokens)
  const positions = new Map<string, number[]>()
  anchors.forEach((anchor, at) => {
    const list = positions.get(anchor.key)
    if (list) list.push(at)
    else positions.set(anchor.key, [at])
  })
  return {
    index,
    lang: doc.lang,
    chars: doc.text.length,
    paragraphs: paragraphRanges(doc),
    shingles: wordShingles(doc.text, tokens),
    anchors,
    positions,
  }
}
