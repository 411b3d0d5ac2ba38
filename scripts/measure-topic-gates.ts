import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { loadCatalog } from '../src/catalog/load-catalog.ts'
import { createTopicMeter } from '../src/components/narratives/topic-gate.ts'
import type { CatalogTopic } from '../src/contracts/catalog.ts'
import { semevalLabelTopics, topicOfLabel } from '../src/learn/semeval2025/gate-narrative-labels.ts'
import { readTrainingDocuments } from '../src/learn/semeval2025/read-training-data.ts'
import { TRAIN_DIR } from '../src/learn/semeval2025/shared-data.ts'

// Measures the catalogue's topic gates (catalog/README.md, "Topic gates") for choosing `minDistinctTerms`:
// on the SemEval-2025 Task 10 training split, the share of documents labelled with a narrative of a topic that pass
// its gate (the gate's recall) and the share of documents of another topic (by their labels, or for English "Other"
// documents by their file name) that it blocks, at each minimum; and, with
// --demo FILE (the JSON of `narrascope analyze examples test/fixtures/narratives --format json`), the same on our
// demo corpus, whose topics are known by construction (DEMO_TOPICS).
//   node --import tsx scripts/measure-topic-gates.ts [--demo FILE]
const MINIMA = [1, 2, 3, 4, 5]

// The demo corpus is about the fictional Karvenia unrest, apart from two test fixtures; the rest has no topic.
const DEMO_TOPICS: Record<string, string> = {
  'test/fixtures/narratives/fr-chronique-climat.txt': 'climate-change',
  'test/fixtures/narratives/fr-tribune-sanctions.txt': 'ukraine-war',
}
// SemEval-2025 English file names say which topic a document was collected for, also for "Other" documents.
const FILE_TOPIC: Record<string, string> = { EN_CC_: 'climate-change', EN_UA_: 'ukraine-war' }

const { values } = parseArgs({ options: { demo: { type: 'string' } } })
const catalog = loadCatalog()
const labelTopics = semevalLabelTopics(catalog)

interface Measured {
  readonly source: string
  readonly lang: string
  /** The topic the document is about, when known. */
  readonly topic: string | null
  /** True when the document carries a narrative of its topic (by its labels, or by construction for the demo). */
  readonly isLabelled: boolean
  readonly distinctTerms: ReadonlyMap<string, number>
}

const meters = new Map<string, ReturnType<typeof createTopicMeter>>()
function measure(text: string, lang: string): Map<string, number> {
  const meter = meters.get(lang) ?? createTopicMeter(lang)
  meters.set(lang, meter)
  return new Map(catalog.topics.map((topic) => [topic.id, meter(topic, text).distinctTerms]))
}

const measured: Measured[] = readTrainingDocuments(TRAIN_DIR).map((document) => {
  const lang = document.lang.toLowerCase()
  const fromLabels = new Set(
    document.labels.narratives.flatMap((label) => topicOfLabel(labelTopics, label)?.id ?? []),
  )
  const fromFile = Object.entries(FILE_TOPIC).find(([prefix]) => document.id.startsWith(prefix))
  return {
    source: `semeval/${lang}`,
    lang,
    topic: fromLabels.size === 1 ? [...fromLabels][0]! : (fromFile?.[1] ?? null),
    isLabelled: fromLabels.size > 0,
    distinctTerms: measure(document.text, lang),
  }
})
if (values.demo) {
  for (const line of readFileSync(values.demo, 'utf8').split('\n')) {
    if (!line.trim()) continue
    const document = JSON.parse(line) as { text: string; lang: string; source: { input: string } }
    measured.push({
      source: 'demo',
      lang: document.lang,
      topic: DEMO_TOPICS[document.source.input] ?? 'none',
      isLabelled: document.source.input in DEMO_TOPICS,
      distinctTerms: measure(document.text, document.lang),
    })
  }
}

for (const topic of catalog.topics) report(topic)

function report(topic: CatalogTopic): void {
  console.log(
    `\n## ${topic.id} (minDistinctTerms now ${topic.minDistinctTerms}): passing on topic | blocked off topic`,
  )
  console.log(
    `| corpus | labelled on topic | off topic | ${MINIMA.map((k) => `≥${k}`).join(' | ')} |`,
  )
  console.log(`|---|---:|---:|${MINIMA.map(() => '---:|').join('')}`)
  const groups = [...new Set(measured.map((item) => item.source)), 'semeval/all']
  for (const group of groups) {
    const members = measured.filter((item) =>
      group === 'semeval/all' ? item.source.startsWith('semeval/') : item.source === group,
    )
    const on = members.filter((item) => item.topic === topic.id && item.isLabelled)
    const off = members.filter((item) => item.topic !== null && item.topic !== topic.id)
    const cells = MINIMA.map((minimum) => {
      const passing = on.filter((item) => item.distinctTerms.get(topic.id)! >= minimum).length
      const blocked = off.filter((item) => item.distinctTerms.get(topic.id)! < minimum).length
      return `${share(passing, on.length)} / ${share(blocked, off.length)}`
    })
    console.log(`| ${group} | ${on.length} | ${off.length} | ${cells.join(' | ')} |`)
  }
}

function share(count: number, total: number): string {
  return total === 0 ? '–' : `${((100 * count) / total).toFixed(1)}% (${count})`
}
