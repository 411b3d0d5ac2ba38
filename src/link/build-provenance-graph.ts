import type { ProvenanceEdge, ProvenanceGraph, ProvenanceNode, Story } from '../contracts/link.ts'
import { foldWord } from '../doc/tokenize.ts'
import { documentHeading } from '../report/document-heading.ts'
import { CreditIndex } from './credit-names.ts'
import type { DocumentFacts } from './document-facts.ts'
import type { LinkableDocument } from './linkable-document.ts'
import { outletKeys } from './outlet-keys.ts'

/**
 * The provenance graph: documents, the outlets and people their metadata and credits name, and who did what
 * (published, wrote, translated, republished from, credits as original), plus the version links of each story
 * from the version a document was made from to the document. A credit naming a document of the corpus points to
 * that document; one naming an outlet or URL elsewhere points to an outlet node outside the corpus.
 */
export function buildProvenanceGraph(
  docs: readonly LinkableDocument[],
  facts: readonly DocumentFacts[],
  stories: readonly Story[],
): ProvenanceGraph {
  const originals = new Set(stories.map((story) => story.original))
  const creditIndex = new CreditIndex(facts)
  const nodes = new Map<string, ProvenanceNode>()
  const edges: ProvenanceEdge[] = []
  const outletNode = (name: string, inCorpus: boolean): string => {
    const keys = outletKeys(name)
    const id = `outlet:${keys[keys.length - 1] ?? foldWord(name)}`
    const known = nodes.get(id)
    if (!known) nodes.set(id, { id, kind: 'outlet', label: name, inCorpus })
    else if (inCorpus && !known.inCorpus) nodes.set(id, { ...known, inCorpus })
    return id
  }
  docs.forEach((doc, index) => {
    const fact = facts[index]!
    nodes.set(doc.id, {
      id: doc.id,
      kind: 'document',
      // Without a title, the first sentence: a bare record id or hash names nothing to an analyst.
      label: documentHeading(doc).text,
      inCorpus: true,
      lang: doc.lang,
      date: fact.published,
      ...(fact.url ? { url: fact.url } : {}),
    })
  })
  docs.forEach((doc, index) => {
    const fact = facts[index]!
    const date = fact.published
    if (fact.outlet) {
      const from = outletNode(fact.outlet, true)
      edges.push({ from, to: doc.id, role: 'published', evidence: 'metadata or masthead', date })
    }
    if (fact.author) {
      const id = `person:${foldWord(fact.author)}`
      if (!nodes.has(id)) nodes.set(id, { id, kind: 'person', label: fact.author, inCorpus: false })
      edges.push({ from: id, to: doc.id, role: 'wrote', evidence: 'byline or credit', date })
    }
    if (fact.translator) {
      const from = outletNode(fact.translator, false)
      edges.push({ from, to: doc.id, role: 'translated', evidence: 'translation credit', date })
    }
    for (const credit of fact.upstream) {
      if (!credit.outlet) continue
      const to = outletNode(credit.outlet, false)
      edges.push({ from: doc.id, to, role: 'republished-from', evidence: credit.evidence, date })
    }
    for (const credit of fact.originals) {
      const named = namedDocument(creditIndex.lookup(credit), index, docs, originals)
      const to =
        named !== null
          ? docs[named]!.id
          : outletNode(credit.outlet ?? credit.url ?? 'unknown original', false)
      edges.push({
        from: doc.id,
        to,
        role: 'credits-original',
        evidence: credit.evidence,
        date: credit.date,
      })
    }
  })
  for (const story of stories) {
    for (const member of story.members) {
      if (!member.derivedFrom) continue
      edges.push({
        from: member.derivedFrom.id,
        to: member.id,
        role:
          member.derivedFrom.relation === 'original'
            ? 'republication'
            : member.derivedFrom.relation,
        evidence: member.evidence[0] ?? 'version link',
        date: member.published,
      })
    }
  }
  return { nodes: [...nodes.values()], edges }
}

// The document a credit names: a story's original first (a feed teaser shares its URL), then the fullest text.
function namedDocument(
  named: readonly number[],
  crediting: number,
  docs: readonly LinkableDocument[],
  originals: ReadonlySet<string>,
): number | null {
  let best: number | null = null
  for (const index of named) {
    const doc = docs[index]!
    if (index === crediting) continue
    const current = best === null ? null : docs[best]!
    const isBetter =
      current === null ||
      (originals.has(doc.id) && !originals.has(current.id)) ||
      (originals.has(doc.id) === originals.has(current.id) && doc.text.length > current.text.length)
    if (isBetter) best = index
  }
  return best
}
