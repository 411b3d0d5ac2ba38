import type { Entity, Quote, Sourcing, Technique } from '../contracts/annotations.ts'
import { SourcingKindSchema } from '../contracts/annotations.ts'
import type { AnalyzedDocument } from '../contracts/document.ts'
import { languageData } from '../lang/index.ts'
import { describeProvenance } from './describe-provenance.ts'
import { escapeMarkdown } from './escape-markdown.ts'
import { formatConfidence } from './format-confidence.ts'
import { safeHttpUrl } from './safe-http-url.ts'
import { shortenText } from './shorten-text.ts'

const SENTENCE_MAX_CHARS = 160
const EVIDENCE_MAX_CHARS = 120
const REPEAT_MAX_CHARS = 120
const NO_SPEAKER = 'No speaker identified'
// The strongest few passages of each technique: enough to judge it, short enough to read the report.
const TECHNIQUE_EXAMPLES = 3
// Curly quotes for languages without data: they cannot be confused with Markdown syntax.
const DEFAULT_QUOTE_MARKS = ['“', '”'] as const

/** One section of a document's Markdown report; `render` returns no lines when there is nothing to say. */
export interface MarkdownSection {
  readonly title: string
  readonly render: (doc: AnalyzedDocument) => string[]
}

/** The sections of a document's report, in the order they are printed; a new layer adds one entry. */
export const MARKDOWN_SECTIONS: readonly MarkdownSection[] = [
  { title: 'Provenance', render: renderProvenance },
  { title: 'Genre and framing', render: renderGenreAndFrames },
  { title: 'Narratives', render: renderNarratives },
  { title: 'Persuasion techniques', render: renderTechniques },
  { title: 'Quotes', render: renderQuotes },
  { title: 'Sourcing', render: renderSourcing },
  { title: 'Entities', render: renderEntities },
  { title: 'Text quality', render: renderQuality },
  { title: 'Issues', render: renderIssues },
]

function renderProvenance(doc: AnalyzedDocument): string[] {
  const rows = (doc.provenance ?? []).map((credit) => {
    const { who, date } = describeProvenance(credit)
    const evidence = credit.evidence
      ? quoted(shortenText(credit.evidence.text, EVIDENCE_MAX_CHARS), DEFAULT_QUOTE_MARKS)
      : `*(${credit.from})*`
    return [
      credit.role,
      escapeMarkdown(who),
      markdownLink(credit.url),
      escapeMarkdown(date),
      evidence,
    ]
  })
  return rows.length === 0 ? [] : table(['Role', 'Who', 'URL', 'Date', 'Evidence'], rows)
}

function renderGenreAndFrames(doc: AnalyzedDocument): string[] {
  const lines: string[] = []
  if (doc.genre)
    lines.push(`- **Genre** ${doc.genre.label} (${formatConfidence(doc.genre.confidence)})`)
  const frames = (doc.frames ?? []).map(
    (frame) => `${labelName(frame.label)} (${formatConfidence(frame.confidence)})`,
  )
  if (frames.length > 0) lines.push(`- **Frames** ${frames.join(' · ')}`)
  return lines
}

function renderTechniques(doc: AnalyzedDocument): string[] {
  const groups = [...groupBy(doc.techniques ?? [], (technique) => technique.label)].sort(
    ([labelA, itemsA], [labelB, itemsB]) =>
      itemsB.length - itemsA.length || labelA.localeCompare(labelB),
  )
  return groups.flatMap(([label, items]) => [
    `- **${labelName(label)}** in ${items.length} paragraph${items.length === 1 ? '' : 's'}`,
    ...[...items]
      .sort((a, b) => b.confidence - a.confidence)
      .slice(0, TECHNIQUE_EXAMPLES)
      .map((technique) => `  - ${describeTechnique(technique)}`),
  ])
}

function describeTechnique(technique: Technique): string {
  const passage = quoted(shortenText(technique.text, EVIDENCE_MAX_CHARS), DEFAULT_QUOTE_MARKS)
  const cues =
    technique.cues.length > 0 ? `; cues ${escapeMarkdown(technique.cues.join(', '))}` : ''
  return `${passage} (${formatConfidence(technique.confidence)}${cues})`
}

/** `Appeal_to_Fear-Prejudice` reads "Appeal to Fear-Prejudice". */
function labelName(label: string): string {
  return label.replaceAll('_', ' ')
}

function renderNarratives(doc: AnalyzedDocument): string[] {
  return (doc.narratives ?? []).flatMap((narrative) => [
    `- **${escapeMarkdown(narrative.label)}** (\`${narrative.id}\`${narrative.parent ? `, part of \`${narrative.parent}\`` : ''}) — score ${formatConfidence(narrative.score)}`,
    // The same words found at several places (a fragment quoted twice) are listed once, with how often.
    ...[...countTexts(narrative.evidence.map((span) => span.text))].map(
      ([text, count]) =>
        `  - ${quoted(shortenText(text, EVIDENCE_MAX_CHARS), DEFAULT_QUOTE_MARKS)}${count > 1 ? ` (${count}×)` : ''}`,
    ),
  ])
}

/** Distinct texts (trimmed) in first-seen order, with how many times each occurs. */
function countTexts(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const text of texts) counts.set(text.trim(), (counts.get(text.trim()) ?? 0) + 1)
  return counts
}

function renderQuotes(doc: AnalyzedDocument): string[] {
  const quotes = [...(doc.quotes ?? [])].sort(byStart)
  const marks = languageData(doc.lang)?.quotePairs[0] ?? DEFAULT_QUOTE_MARKS
  const groups = [...groupBy(quotes, (quote) => quote.speaker?.canonical ?? null)].sort(
    ([speakerA, quotesA], [speakerB, quotesB]) =>
      Number(speakerA === null) - Number(speakerB === null) || quotesB.length - quotesA.length,
  )
  return groups.flatMap(([speaker, group]) => [
    `**${escapeMarkdown(speaker ?? NO_SPEAKER)}** (${group.length})`,
    '',
    ...group.map((quote) => `- ${describeQuote(quote, marks)}`),
    '',
  ])
}

function describeQuote(quote: Quote, marks: readonly [string, string]): string {
  const parts = [`${quote.kind} ${quoted(quote.text, marks)}`]
  const { speaker, cue } = quote
  if (speaker && (speaker.text !== speaker.canonical || speaker.resolution !== 'same-sentence')) {
    parts.push(`speaker ${quoted(speaker.text, DEFAULT_QUOTE_MARKS)} (${speaker.resolution})`)
  }
  if (cue) parts.push(`cue ${quoted(cue.text, DEFAULT_QUOTE_MARKS)}`)
  parts.push(`confidence ${formatConfidence(quote.confidence)}`)
  return parts.join(' — ')
}

function renderSourcing(doc: AnalyzedDocument): string[] {
  const sourcing = [...(doc.sourcing ?? [])].sort(byStart)
  if (sourcing.length === 0) return []
  const counts = SourcingKindSchema.options
    .map((kind) => [kind, sourcing.filter((item) => item.kind === kind).length] as const)
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => `${kind} ${count}`)
  return [counts.join(' · '), '', ...sourcing.map((item) => `- ${describeSourcing(item)}`)]
}

function describeSourcing(sourcing: Sourcing): string {
  const phrase = quoted(sourcing.text, DEFAULT_QUOTE_MARKS)
  const canonical = sourcing.canonical ? ` → ${escapeMarkdown(sourcing.canonical)}` : ''
  const sentence = escapeMarkdown(shortenText(sourcing.sentence.text, SENTENCE_MAX_CHARS))
  return `**${sourcing.kind}** ${phrase}${canonical}: ${sentence}`
}

function renderEntities(doc: AnalyzedDocument): string[] {
  const groups = [...groupBy(doc.entities ?? [], (entity) => entity.canonical)].sort(
    ([nameA, mentionsA], [nameB, mentionsB]) =>
      mentionsB.length - mentionsA.length || nameA.localeCompare(nameB),
  )
  if (groups.length === 0) return []
  const rows = groups.map(([canonical, mentions]) => [
    escapeMarkdown(canonical),
    distinct(mentions.map((entity) => entity.label)).join('/'),
    String(mentions.length),
    spellings(mentions).map(escapeMarkdown).join(', '),
  ])
  return table(['Entity', 'Label', 'Mentions', 'Spellings'], rows)
}

/** Distinct spellings of an entity, most frequent first. */
function spellings(mentions: readonly Entity[]): string[] {
  const counts = new Map<string, number>()
  for (const { text } of mentions) counts.set(text, (counts.get(text) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1]).map(([text]) => text)
}

function renderQuality(doc: AnalyzedDocument): string[] {
  return (doc.quality ?? []).map((finding) => {
    const repeated = shortenText(finding.spans[0]?.text ?? '', REPEAT_MAX_CHARS)
    const occurrences = `${finding.spans.length}×, similarity ${formatConfidence(finding.similarity)}`
    return `- ${escapeMarkdown(finding.message)} (${finding.kind}, ${occurrences}): ${quoted(repeated, DEFAULT_QUOTE_MARKS)}`
  })
}

function renderIssues(doc: AnalyzedDocument): string[] {
  return doc.issues.map(
    (issue) =>
      `- **${escapeMarkdown(issue.component)}** ${escapeMarkdown(issue.code)}: ${escapeMarkdown(issue.message)}`,
  )
}

function quoted(text: string, [open, close]: readonly [string, string]): string {
  return `${open}${escapeMarkdown(text.trim())}${close}`
}

/** A link for http(s) URLs; anything else (`javascript:`, relative paths) stays inert text. */
export function markdownLink(url: string | undefined): string {
  if (url === undefined) return ''
  const safe = safeHttpUrl(url)
  const label = escapeMarkdown(shortenText(url, EVIDENCE_MAX_CHARS))
  return safe ? `[${label}](<${safe}>)` : label
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)]
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>()
  for (const item of items) {
    const group = groups.get(key(item))
    if (group) group.push(item)
    else groups.set(key(item), [item])
  }
  return groups
}

function byStart(a: { start: number }, b: { start: number }): number {
  return a.start - b.start
}

function distinct<T>(values: readonly T[]): T[] {
  return [...new Set(values)]
}
