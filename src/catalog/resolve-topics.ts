import type { CatalogNarrative, CatalogProblem, CatalogTopic } from '../contracts/catalog.ts'

/** A file's `topic` as written (a declaration, or the id of one declared elsewhere), where, and what it gates. */
export interface FileTopic {
  readonly topic: CatalogTopic | string
  readonly file: string
  readonly line: number
  readonly column: number
  readonly narrativeIds: string[]
}

type Where = ReadonlyMap<string, { file: string; line: number; column: number }>

/**
 * Resolves the files' topics: declarations must have unique ids, references must name one; a narrative is gated by
 * its file's topic or else its nearest ancestor's, and needs terms in every language it has cues in, since the
 * gate blocks a document whose language has no terms. Problems are appended to `problems`.
 */
export function resolveTopics(
  fileTopics: readonly FileTopic[],
  narratives: readonly CatalogNarrative[],
  where: Where,
  problems: CatalogProblem[],
): { topics: CatalogTopic[]; topicOf: Map<string, CatalogTopic> } {
  const declared = new Map<string, { topic: CatalogTopic; at: FileTopic }>()
  for (const at of fileTopics) {
    if (typeof at.topic === 'string') continue
    const earlier = declared.get(at.topic.id)
    if (earlier)
      problems.push({
        ...at,
        message: `duplicate topic "${at.topic.id}" (first declared at ${earlier.at.file}:${earlier.at.line}); refer to it by its id instead`,
      })
    else declared.set(at.topic.id, { topic: at.topic, at })
  }
  const ownTopic = new Map<string, CatalogTopic>()
  for (const at of fileTopics) {
    const topic = typeof at.topic === 'string' ? declared.get(at.topic)?.topic : at.topic
    if (!topic) {
      problems.push({
        ...at,
        message: `topic "${String(at.topic)}" is declared in no catalogue file`,
      })
      continue
    }
    for (const id of at.narrativeIds) ownTopic.set(id, topic)
  }
  const byId = new Map(narratives.map((narrative) => [narrative.id, narrative]))
  const topicOf = new Map<string, CatalogTopic>()
  for (const narrative of narratives) {
    const topic = inheritedTopic(narrative, byId, ownTopic)
    if (!topic) continue
    topicOf.set(narrative.id, topic)
    const uncovered = Object.keys(narrative.cues).filter((lang) => !topic.terms[lang])
    if (uncovered.length > 0)
      problems.push({
        ...where.get(narrative.id)!,
        message: `"${narrative.id}" has cues in ${uncovered.join(', ')} but its topic "${topic.id}" has no terms there: add them, or the gate blocks every such document`,
      })
  }
  return { topics: [...declared.values()].map((item) => item.topic), topicOf }
}

// The narrative's own topic, or the nearest ancestor's (a cycle of parents stops the walk).
function inheritedTopic(
  narrative: CatalogNarrative,
  byId: ReadonlyMap<string, CatalogNarrative>,
  ownTopic: ReadonlyMap<string, CatalogTopic>,
): CatalogTopic | undefined {
  const seen = new Set<string>()
  for (
    let current: CatalogNarrative | undefined = narrative;
    current && !seen.has(current.id);
    current = current.parent ? byId.get(current.parent) : undefined
  ) {
    const topic = ownTopic.get(current.id)
    if (topic) return topic
    seen.add(current.id)
  }
  return undefined
}
