import type { LinkEdge, LinkResult, Story } from '../contracts/link.ts'
import { documentHeading } from '../report/document-heading.ts'
import { anchorStatistics } from './anchor-statistics.ts'
import { buildProvenanceGraph } from './build-provenance-graph.ts'
import { buildStory, describeLink, pairKey } from './build-story.ts'
import { bylinesConflict } from './byline-conflict.ts'
import { clusterStories } from './cluster-stories.ts'
import { type DocumentFacts, documentFacts } from './document-facts.ts'
import { findCandidatePairs } from './find-candidate-pairs.ts'
import { findClaimGroups } from './find-claim-groups.ts'
import { findQuoteLinks } from './find-quote-links.ts'
import { fingerprintDocument } from './fingerprint-document.ts'
import type { LinkableDocument } from './linkable-document.ts'
import { type PairScore, scorePair } from './score-pair.ts'
import { sharedClaimLinks } from './shared-claim-links.ts'
import { weighAnchors } from './weigh-anchors.ts'

// Same-event links grow with the square of an event's coverage; each document keeps its strongest few.
const MAX_SAME_EVENT_LINKS_PER_DOCUMENT = 5
const VERSION_KINDS = new Set(['republication', 'translation', 'excerpt'])

/**
 * Links a corpus of analysed documents: finds the versions of each piece (republications, translations, excerpts)
 * and groups them into stories with their original and provenance order; links quotations, shared claims and
 * independent articles on the same event; and builds the provenance graph of documents, outlets and people.
 * Pure and deterministic: the CLI calls it on inputs, the store on its documents.
 * @example
 * const { stories } = linkDocuments(documents)
 * for (const story of stories) console.log(story.original, story.members.map((m) => `${m.id} ${m.relation}`))
 */
export function linkDocuments(docs: readonly LinkableDocument[]): LinkResult {
  const started = performance.now()
  const fingerprints = docs.map(fingerprintDocument)
  const statistics = anchorStatistics(fingerprints)
  const weights = fingerprints.map((fingerprint) => weighAnchors(fingerprint, statistics))
  const candidates = findCandidatePairs(fingerprints)
  const facts = docs.map(documentFacts)
  const scores: PairScore[] = []
  for (const { a, b } of candidates) {
    const score = scorePair(fingerprints[a]!, fingerprints[b]!, weights[a]!, weights[b]!)
    if (!score.kind) continue
    const isAnchorVersion = score.method === 'anchors' && VERSION_KINDS.has(score.kind)
    scores.push(
      isAnchorVersion && bylinesConflict(fingerprints[a]!, fingerprints[b]!, facts[a]!, facts[b]!)
        ? { ...score, kind: 'same-event', measures: { ...score.measures, bylineConflict: 1 } }
        : score,
    )
  }
  const clustering = clusterStories(
    scores.filter((score) => VERSION_KINDS.has(score.kind ?? '')),
    docs.length,
  )
  const incoherent = new Set(clustering.rejected)
  const versions = scores.filter(
    (score) => VERSION_KINDS.has(score.kind ?? '') && !incoherent.has(score),
  )
  const links = new Map(versions.map((link) => [pairKey(link.a, link.b), link]))
  const stories = clustering.stories
    .map((members) => buildStory({ members, docs, facts, links }))
    .sort((x, y) => y.members.length - x.members.length || x.id.localeCompare(y.id))
  const storyOf = new Map<string, Story>()
  for (const story of stories) for (const member of story.members) storyOf.set(member.id, story)
  const claims = findClaimGroups(docs, fingerprints, statistics)
  const edges = [
    ...versionEdges(versions, docs, storyOf),
    ...sameEventEdges(
      [
        ...scores.filter((score) => !incoherent.has(score)),
        ...clustering.rejected.map(asSameEvent),
      ],
      docs,
      facts,
      storyOf,
    ),
    ...findQuoteLinks(
      docs,
      fingerprints,
      (a, b) => storyOf.get(a) === storyOf.get(b) && storyOf.has(a),
    ),
    ...sharedClaimLinks(claims, docs, facts, storyOf),
  ]
  return {
    documents: docs.map((doc, index) => ({
      id: doc.id,
      lang: doc.lang,
      title: doc.title,
      heading: documentHeading(doc),
      outlet: facts[index]!.outlet,
      published: facts[index]!.published,
      story: storyOf.get(doc.id)?.id ?? null,
    })),
    stories,
    edges,
    provenance: buildProvenanceGraph(docs, facts, stories),
    stats: {
      documents: docs.length,
      candidatePairs: candidates.length,
      scoredPairs: scores.length,
      elapsedMs: Math.round(performance.now() - started),
    },
  }
}

// Version links point from the member closer to the original to the one further from it.
function versionEdges(
  versions: readonly PairScore[],
  docs: readonly LinkableDocument[],
  storyOf: ReadonlyMap<string, Story>,
): LinkEdge[] {
  return versions.map((link) => {
    const [a, b] = [docs[link.a]!.id, docs[link.b]!.id]
    const members = storyOf.get(a)?.members ?? []
    const position = (id: string) => members.findIndex((member) => member.id === id)
    const [from, to] = position(a) <= position(b) ? [a, b] : [b, a]
    return {
      from,
      to,
      kind: link.kind as LinkEdge['kind'],
      score: Math.min(1, link.score),
      evidence: {
        method: link.method,
        summary: describeLink(link, docs),
        measures: { ...link.measures },
        shared: [...link.shared],
      },
    }
  })
}

// A version-like link that the story's coherence check refused: shown as what it certainly is, the same event.
function asSameEvent(link: PairScore): PairScore {
  return { ...link, kind: 'same-event', measures: { ...link.measures, incoherentVersion: 1 } }
}

function sameEventEdges(
  scores: readonly PairScore[],
  docs: readonly LinkableDocument[],
  facts: readonly DocumentFacts[],
  storyOf: ReadonlyMap<string, Story>,
): LinkEdge[] {
  const sameEvent = scores
    .filter((score) => score.kind === 'same-event')
    .filter((score) => {
      const story = storyOf.get(docs[score.a]!.id)
      return !story || story !== storyOf.get(docs[score.b]!.id)
    })
    .sort((x, y) => y.score - x.score)
  const kept = new Map<number, number>()
  const edges: LinkEdge[] = []
  for (const score of sameEvent) {
    const countA = kept.get(score.a) ?? 0
    const countB = kept.get(score.b) ?? 0
    if (countA >= MAX_SAME_EVENT_LINKS_PER_DOCUMENT && countB >= MAX_SAME_EVENT_LINKS_PER_DOCUMENT)
      continue
    kept.set(score.a, countA + 1)
    kept.set(score.b, countB + 1)
    const dateA = facts[score.a]!.published ?? ''
    const dateB = facts[score.b]!.published ?? ''
    const [from, to] = dateB && dateB < dateA ? [score.b, score.a] : [score.a, score.b]
    edges.push({
      from: docs[from]!.id,
      to: docs[to]!.id,
      kind: 'same-event',
      score: score.score,
      evidence: {
        method: 'entities',
        summary: sameEventSummary(score, facts),
        measures: { ...score.measures },
        shared: [...score.shared],
      },
    })
  }
  return edges
}

// Why two documents on one event are not versions of each other, in the analyst's words.
function sameEventSummary(score: PairScore, facts: readonly DocumentFacts[]): string {
  const { measures } = score
  if (measures.bylineConflict)
    return `the same facts in the same order (${measures.alignedAnchors} anchors), but signed by different people: ${facts[score.a]!.author} and ${facts[score.b]!.author}`
  if (measures.incoherentVersion)
    return `version-like (${measures.alignedAnchors ?? measures.sharedSamples} shared anchors or phrases), but tied to too few members of the other's story`
  return `different texts sharing ${measures.sharedAnchors} names, dates or figures, not in the same order`
}
