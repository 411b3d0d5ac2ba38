import type { LoadedCatalog } from '../../catalog/load-catalog.ts'
import type { TopicEvidence } from '../../components/narratives/topic-gate.ts'
import type { CatalogTopic } from '../../contracts/catalog.ts'
import { isSubNarrative, OTHER, parentNarrative } from './narrative-labels.ts'
import type { NarrativeLabels } from './read-semeval2025.ts'

/** The topic gating each SemEval label the catalogue maps to a gated entry. */
export type LabelTopics = ReadonlyMap<string, CatalogTopic>

/** Maps each `semeval` label of a gated catalogue entry to the entry's topic. */
export function semevalLabelTopics(catalog: LoadedCatalog): LabelTopics {
  const topics = new Map<string, CatalogTopic>()
  for (const narrative of catalog.narratives) {
    const topic = catalog.topicOf.get(narrative.id)
    if (narrative.semeval && topic) topics.set(narrative.semeval, topic)
  }
  return topics
}

/** The topic of a label: its own, or its narrative's for a sub-narrative ("CC: …: Other" included). */
export function topicOfLabel(labelTopics: LabelTopics, label: string): CatalogTopic | undefined {
  return (
    labelTopics.get(label) ??
    (isSubNarrative(label) ? labelTopics.get(parentNarrative(label)) : undefined)
  )
}

/**
 * Drops the labels whose topic the document is not about, as the narratives component does with catalogue
 * entries; a document left with no narrative is "Other".
 */
export function keepLabelsOnTopic(
  labels: NarrativeLabels,
  labelTopics: LabelTopics,
  measure: (topic: CatalogTopic) => TopicEvidence,
): NarrativeLabels {
  const verdicts = new Map<string, boolean>()
  const isKept = (label: string) => {
    const topic = topicOfLabel(labelTopics, label)
    if (!topic) return true
    let verdict = verdicts.get(topic.id)
    if (verdict === undefined) {
      verdict = measure(topic).passes
      verdicts.set(topic.id, verdict)
    }
    return verdict
  }
  const narratives = labels.narratives.filter(isKept)
  const subNarratives = labels.subNarratives.filter(isKept)
  if (narratives.length === 0 || narratives.every((label) => label === OTHER))
    return { narratives: [OTHER], subNarratives: [OTHER] }
  return { narratives, subNarratives }
}
