import type { Story, StoryMember, StoryRelation } from '../contracts/link.ts'
import { documentHeading } from '../report/document-heading.ts'
import { creditNames } from './credit-names.ts'
import type { DocumentFacts } from './document-facts.ts'
import type { LinkableDocument } from './linkable-document.ts'
import type { PairScore } from './score-pair.ts'

// Below this share of the original, a version is an excerpt (the demo's excerpt carries 36 %, its teaser 15 %).
const EXCERPT_MAX_COVERAGE = 0.6
// Undated members sort after dated ones.
const UNDATED = '9999-99-99'

/** What a story is built from: its members (document indexes) and the version links between them. */
export interface StoryParts {
  readonly members: readonly number[]
  readonly docs: readonly LinkableDocument[]
  readonly facts: readonly DocumentFacts[]
  /** Version links keyed by `pairKey(a, b)`. */
  readonly links: ReadonlyMap<string, PairScore>
}

/** The key of an unordered pair of document indexes. */
export function pairKey(a: number, b: number): string {
  return a < b ? `${a}:${b}` : `${b}:${a}`
}

/**
 * Orders a story: picks its original (named by the other versions' credits, else the earliest, else the fullest),
 * then gives every other member the version it was made from (the outlet its credits name, the same-language text
 * it copies, the original it credits) and its relation to the original.
 */
export function buildStory(parts: StoryParts): Story {
  const { members, docs, facts, links } = parts
  const { original, originalBy } = chooseOriginal(parts)
  const ordered = [
    original,
    ...members
      .filter((member) => member !== original)
      .sort(
        (x, y) =>
          (facts[x]!.published ?? UNDATED).localeCompare(facts[y]!.published ?? UNDATED) ||
          docs[y]!.text.length - docs[x]!.text.length,
      ),
  ]
  const coverage = new Map<number, number>([[original, 1]])
  const result: StoryMember[] = [
    member(parts, original, 'original', null, 1, [ORIGINAL_REASONS[originalBy]]),
  ]
  for (let position = 1; position < ordered.length; position++) {
    const index = ordered[position]!
    const placed = ordered.slice(0, position)
    const { parent, reason } = chooseParent(parts, index, placed, original)
    const link = links.get(pairKey(parent, index))
    const pairCoverage = shareOf(link, index)
    // Measured against the original when they were compared, and through the parent: a partial copy of a
    // translation is an excerpt, though its anchors span the original (anchors say less than shared wording).
    const direct = links.get(pairKey(original, index))
    const throughParent = Math.min(1, (coverage.get(parent) ?? 1) * pairCoverage)
    const share = direct ? Math.min(shareOf(direct, index), throughParent) : throughParent
    coverage.set(index, share)
    const evidence = [reason, ...(link ? [describeLink(link, docs)] : [])]
    const derived = relationTo(parts, index, parent, pairCoverage)
    const relation = relationTo(parts, index, original, share)
    result.push(
      member(parts, index, relation, { id: docs[parent]!.id, relation: derived }, share, evidence),
    )
  }
  return {
    id: `story:${docs[original]!.id}`,
    original: docs[original]!.id,
    originalBy,
    languages: [...new Set(members.map((index) => docs[index]!.lang ?? 'und'))].sort(),
    members: result,
  }
}

const ORIGINAL_REASONS: Readonly<Record<Story['originalBy'], string>> = {
  credit: 'named as the original by the credits of other versions',
  date: 'the earliest version that credits no other source',
  text: 'the fullest version (no credits or dates to go by)',
}

// Share of the longer document that a linked document carries, when it is the shorter one.
function shareOf(link: PairScore | undefined, index: number): number {
  return link && link.shorter === index ? link.coverageOfLonger : 1
}

function chooseOriginal(parts: StoryParts): { original: number; originalBy: Story['originalBy'] } {
  const { members, facts, docs } = parts
  const votes = new Map<number, number>()
  for (const index of members) {
    for (const credit of facts[index]!.originals) {
      for (const other of members) {
        if (other !== index && creditNames(credit, facts[other]!))
          votes.set(other, (votes.get(other) ?? 0) + 1)
      }
    }
  }
  const fullest = (x: number, y: number) => docs[y]!.text.length - docs[x]!.text.length
  if (votes.size > 0) {
    const most = Math.max(...votes.values())
    const named = [...votes].filter(([, count]) => count === most).map(([index]) => index)
    // A feed teaser sits at the original's URL too: the fullest text named by the credits is the original.
    return { original: named.sort(fullest)[0]!, originalBy: 'credit' }
  }
  const uncredited = members.filter((index) => !facts[index]!.isCreditedCopy)
  const pool = uncredited.length > 0 ? uncredited : [...members]
  const dated = pool.filter((index) => facts[index]!.published !== null)
  if (dated.length > 0) {
    const earliest = dated.sort(
      (x, y) => facts[x]!.published!.localeCompare(facts[y]!.published!) || fullest(x, y),
    )
    return { original: earliest[0]!, originalBy: 'date' }
  }
  return { original: pool.sort(fullest)[0]!, originalBy: 'text' }
}

function chooseParent(
  parts: StoryParts,
  index: number,
  placed: readonly number[],
  original: number,
): { parent: number; reason: string } {
  const { facts, links, docs } = parts
  const strongest = (candidates: readonly number[]) =>
    [...candidates].sort(
      (x, y) =>
        (links.get(pairKey(y, index))?.score ?? 0) - (links.get(pairKey(x, index))?.score ?? 0),
    )[0]
  for (const credit of facts[index]!.upstream) {
    const named = strongest(placed.filter((other) => creditNames(credit, facts[other]!)))
    if (named !== undefined) return { parent: named, reason: `credit: ${credit.evidence}` }
  }
  const copied = strongest(
    placed.filter((other) => links.get(pairKey(other, index))?.method === 'shingles'),
  )
  if (copied !== undefined)
    return { parent: copied, reason: `shares its text with ${docs[copied]!.id}` }
  for (const credit of facts[index]!.originals) {
    // The original first: a teaser of it in a feed sits at the same URL.
    const named = creditNames(credit, facts[original]!)
      ? original
      : strongest(placed.filter((other) => creditNames(credit, facts[other]!)))
    if (named !== undefined) return { parent: named, reason: `credit: ${credit.evidence}` }
  }
  if (links.has(pairKey(original, index)))
    return { parent: original, reason: `linked to the original ${docs[original]!.id}` }
  const linked = strongest(placed.filter((other) => links.has(pairKey(other, index))))
  return linked !== undefined
    ? { parent: linked, reason: `linked to ${docs[linked]!.id}` }
    : { parent: original, reason: 'in the story through other versions' }
}

function relationTo(
  parts: StoryParts,
  index: number,
  other: number,
  coverage: number,
): StoryRelation {
  if (coverage < EXCERPT_MAX_COVERAGE) return 'excerpt'
  const lang = parts.docs[index]!.lang
  const otherLang = parts.docs[other]!.lang
  return lang && otherLang && lang !== otherLang ? 'translation' : 'republication'
}

function member(
  parts: StoryParts,
  index: number,
  relation: StoryRelation,
  derivedFrom: StoryMember['derivedFrom'],
  coverage: number,
  evidence: string[],
): StoryMember {
  const doc = parts.docs[index]!
  const facts = parts.facts[index]!
  return {
    id: doc.id,
    lang: doc.lang,
    title: doc.title,
    heading: documentHeading(doc),
    outlet: facts.outlet,
    published: facts.published,
    relation,
    derivedFrom,
    translator: facts.translator,
    coverage: Math.round(coverage * 100) / 100,
    evidence,
  }
}

/** A one-line account of a version link, for evidence lists. */
export function describeLink(link: PairScore, docs: readonly LinkableDocument[]): string {
  const [a, b] = [docs[link.a]!, docs[link.b]!]
  if (link.method === 'shingles') {
    return `${a.id} and ${b.id} share their wording (containment ${link.measures.containment}, jaccard ${link.measures.jaccard})`
  }
  return `${a.id} (${a.lang}) and ${b.id} (${b.lang}) share ${link.measures.alignedAnchors} anchors in the same order (coverage ${link.measures.orderedCoverage}, paragraph agreement ${link.measures.paragraphAgreement})`
}
