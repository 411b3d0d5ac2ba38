import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml'
import {
  CatalogFileSchema,
  type CatalogNarrative,
  type CatalogProblem,
  type CatalogTopic,
} from '../contracts/catalog.ts'
import { type FileTopic, resolveTopics } from './resolve-topics.ts'

/** The catalogue that ships with Narrascope. */
export const DEFAULT_CATALOG_DIR = fileURLToPath(new URL('../../catalog/', import.meta.url))

/** A loaded catalogue: its narratives, or the problems that stop it from loading. */
export interface LoadedCatalog {
  readonly narratives: readonly CatalogNarrative[]
  readonly problems: readonly CatalogProblem[]
  readonly files: readonly string[]
  readonly topics: readonly CatalogTopic[]
  /** The topic gating each gated narrative: its file's, or else the nearest ancestor's. */
  readonly topicOf: ReadonlyMap<string, CatalogTopic>
}

/** Reads and validates every *.yaml file of a catalogue folder (or one file), with file:line for each problem. */
export function loadCatalog(path: string = DEFAULT_CATALOG_DIR): LoadedCatalog {
  const files = catalogFiles(path)
  const narratives: CatalogNarrative[] = []
  const problems: CatalogProblem[] = []
  const where = new Map<string, { file: string; line: number; column: number }>()
  const fileTopics: FileTopic[] = []
  for (const file of files) {
    const result = readCatalogFile(file)
    problems.push(...result.problems)
    if (result.topic) fileTopics.push(result.topic)
    for (const { narrative, line, column } of result.narratives) {
      const earlier = where.get(narrative.id)
      if (earlier) {
        problems.push({
          file,
          line,
          column,
          message: `duplicate id "${narrative.id}" (first defined at ${earlier.file}:${earlier.line})`,
        })
        continue
      }
      where.set(narrative.id, { file, line, column })
      narratives.push(narrative)
      result.topic?.narrativeIds.push(narrative.id)
    }
  }
  for (const narrative of narratives) {
    if (narrative.parent && !where.has(narrative.parent)) {
      const at = where.get(narrative.id)!
      problems.push({
        ...at,
        message: `"${narrative.id}" names parent "${narrative.parent}", which no catalogue file defines`,
      })
    }
  }
  const { topics, topicOf } = resolveTopics(fileTopics, narratives, where, problems)
  return { narratives, problems, files, topics, topicOf }
}

function catalogFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path]
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.ya?ml$/u.test(name))
    .sort()
    .map((name) => join(path, name))
}

interface FileResult {
  narratives: { narrative: CatalogNarrative; line: number; column: number }[]
  topic?: FileTopic
  problems: CatalogProblem[]
}

function readCatalogFile(file: string): FileResult {
  const lineCounter = new LineCounter()
  const text = readFileSync(file, 'utf8')
  const document = parseDocument(text, { lineCounter, prettyErrors: false })
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset)
    return { line, column: col }
  }
  if (document.errors.length > 0) {
    return {
      narratives: [],
      problems: document.errors.map((error) => ({
        file,
        ...position(error.pos[0]),
        message: `YAML: ${error.message.split('\n')[0]}`,
      })),
    }
  }
  const parsed = CatalogFileSchema.safeParse(document.toJS())
  if (!parsed.success) {
    return {
      narratives: [],
      problems: parsed.error.issues.map((issue) => {
        // An unknown key is reported on its parent object by zod: point at the key itself.
        const path =
          issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path
        const node = document.getIn(path as (string | number)[], true) as
          | { range?: [number, number, number] }
          | undefined
        const at = node?.range
          ? position(node.range[0])
          : nearestPosition(document, issue.path, position)
        return { file, ...at, message: `${issue.path.join('.') || '(file)'}: ${issue.message}` }
      }),
    }
  }
  const items = document.get('narratives', true)
  const topicNode = document.get('topic', true) as { range?: [number, number, number] } | undefined
  const topic: FileTopic | undefined =
    parsed.data.topic === undefined
      ? undefined
      : {
          topic: parsed.data.topic,
          file,
          ...(topicNode?.range ? position(topicNode.range[0]) : { line: 1, column: 1 }),
          narrativeIds: [],
        }
  return {
    ...(topic ? { topic } : {}),
    narratives: parsed.data.narratives.map((narrative, index) => {
      const node = isSeq(items)
        ? (items.items[index] as { range?: [number, number, number] })
        : undefined
      return { narrative, ...(node?.range ? position(node.range[0]) : { line: 1, column: 1 }) }
    }),
    problems: [],
  }
}

// A missing key has no node of its own: point at the closest enclosing node that exists.
function nearestPosition(
  document: ReturnType<typeof parseDocument>,
  path: readonly PropertyKey[],
  position: (offset: number) => { line: number; column: number },
): { line: number; column: number } {
  for (let length = path.length - 1; length >= 0; length--) {
    const node = document.getIn(path.slice(0, length) as (string | number)[], true)
    if ((isMap(node) || isSeq(node)) && node.range) return position(node.range[0])
  }
  return { line: 1, column: 1 }
}
