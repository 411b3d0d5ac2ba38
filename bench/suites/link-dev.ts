import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename } from 'node:path'
import { fileURLToPath } from 'node:url'
import { analyzeArticle } from '../../src/analyze/analyze-article.ts'
import type { AnalyzedDocument } from '../../src/contracts/document.ts'
import type { LinkResult } from '../../src/contracts/link.ts'
import { readInputs } from '../../src/ingest/read-input.ts'
import { LINK_COMPONENTS } from '../../src/link/link-components.ts'
import { linkDocuments } from '../../src/link/link-documents.ts'
import { scoreStoryClustering } from '../../src/link/score-story-clustering.ts'
import { createPipeline } from '../../src/pipeline/create-pipeline.ts'
import { machineInfo } from '../support/machine-info.ts'

// Story clustering on our development set (test/fixtures/link-dev: opinion columns in five or six languages with
// their republications and partial texts, among independent reports and other columns on the same events),
// scored pairwise as the bar is. Accuracy, not speed: the set is small.
// LINK_DEV_DEBUG=1 prints every false pair and every missed pair with the measures of their direct link.
const DEV = fileURLToPath(new URL('../../test/fixtures/link-dev/', import.meta.url))
const round = (value: number) => Math.round(value * 1000) / 1000

const gold = new Map<string, string | null>()
const goldRelation = new Map<string, string>()
for (const line of readFileSync(`${DEV}gold.tsv`, 'utf8').split('\n')) {
  if (line.startsWith('#') || line.trim() === '') continue
  const [file = '', story = '-', relation = ''] = line.split('\t')
  gold.set(file, story === '-' ? null : story)
  goldRelation.set(file, relation)
}

const pipeline = createPipeline(LINK_COMPONENTS)
const documents: AnalyzedDocument[] = []
for await (const item of readInputs([`${DEV}docs`])) {
  if (!item.ok) throw new Error(`${item.input}: ${item.message}`)
  documents.push(analyzeArticle(item.article, pipeline))
}
const fileOf = new Map(documents.map((doc) => [doc.id, basename(doc.source.input)]))
const started = performance.now()
const result = linkDocuments(documents)
const elapsedMs = performance.now() - started
const predicted = new Map(result.documents.map((doc) => [fileOf.get(doc.id)!, doc.story]))
const score = scoreStoryClustering(predicted, gold)
const perStory = storyDetails(result)

if (process.env.LINK_DEV_DEBUG) printPairs(result)
const summary = {
  benchmark: 'link-dev',
  date: new Date().toISOString(),
  machine: machineInfo(),
  documents: documents.length,
  goldStories: new Set([...gold.values()].filter(Boolean)).size,
  predictedStories: result.stories.length,
  pairwisePrecision: round(score.precision),
  pairwiseRecall: round(score.recall),
  pairwiseF1: round(score.f1),
  truePairs: score.truePairs,
  predictedPairs: score.predictedPairs,
  goldPairs: score.goldPairs,
  sameEventInStories: [...predicted].filter(([file, story]) => story && gold.get(file) === null)
    .length,
  relationAccuracy: relationAccuracy(result),
  linkMs: Math.round(elapsedMs),
  stories: perStory,
}
console.log(JSON.stringify({ ...summary, stories: undefined }, null, 2))
for (const story of perStory) console.log(`  ${story.predicted}: ${story.members.join(' ')}`)
mkdirSync(new URL('../results/', import.meta.url), { recursive: true })
writeFileSync(
  new URL('../results/link-dev.json', import.meta.url),
  `${JSON.stringify(summary, null, 2)}\n`,
)

// Each predicted story with its members' files, so a merge or a split is visible in the results.
function storyDetails(linked: LinkResult) {
  return linked.stories.map((story) => ({
    predicted: story.id,
    original: fileOf.get(story.original),
    members: story.members.map((member) => fileOf.get(member.id)!).sort(),
  }))
}

// Share of story members whose relation to the original matches the gold relation.
function relationAccuracy(linked: LinkResult): number {
  let right = 0
  let total = 0
  for (const story of linked.stories) {
    for (const member of story.members) {
      const expected = goldRelation.get(fileOf.get(member.id)!)
      if (!expected || expected === 'same-event') continue
      total++
      if (expected === member.relation) right++
    }
  }
  return total ? round(right / total) : 0
}

function printPairs(linked: LinkResult): void {
  const edgeOf = new Map<string, LinkResult['edges'][number]>()
  for (const edge of linked.edges) {
    const [a, b] = [fileOf.get(edge.from)!, fileOf.get(edge.to)!].sort()
    const key = `${a} ${b}`
    if (!edgeOf.has(key) || edge.kind !== 'same-event') edgeOf.set(key, edge)
  }
  const files = [...gold.keys()].sort()
  for (let i = 0; i < files.length; i++) {
    for (let j = i + 1; j < files.length; j++) {
      const [a, b] = [files[i]!, files[j]!]
      const same = gold.get(a) !== null && gold.get(a) === gold.get(b)
      const together = predicted.get(a) !== null && predicted.get(a) === predicted.get(b)
      if (same === together) continue
      const edge = edgeOf.get(`${a} ${b}`)
      console.log(
        same ? 'missed' : 'false ',
        a,
        b,
        edge ? `${edge.kind} ${JSON.stringify(edge.evidence.measures)}` : 'no direct link',
      )
    }
  }
}
