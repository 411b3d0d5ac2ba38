import type { AnalyzedDocument } from '../contracts/document.ts'
import { documentHeading } from './document-heading.ts'
import { escapeMarkdown } from './escape-markdown.ts'
import { formatConfidence } from './format-confidence.ts'
import { MARKDOWN_SECTIONS, markdownLink } from './markdown-sections.ts'
import { summarizeCorpus, UNKNOWN } from './summarize-corpus.ts'

// Listing more document names than this makes the summary longer than the reports it sums up.
const MAX_LISTED_DOCUMENTS = 10
const NO_DOCUMENTS = '*No documents.*\n'

/**
 * Renders analysed documents as an analyst's Markdown report; every string taken from a document is
 * escaped, and sections without findings are left out.
 * @example
 * process.stdout.write(renderMarkdown(docs.map((line) => AnalyzedDocumentSchema.parse(JSON.parse(line)))))
 */
export function renderMarkdown(docs: readonly AnalyzedDocument[]): string {
  if (docs.length === 0) return NO_DOCUMENTS
  const blocks = docs.map(renderDocument)
  if (docs.length > 1) blocks.push(renderCorpusSummary(docs))
  return blocks.join('\n---\n\n')
}

function renderDocument(doc: AnalyzedDocument): string {
  // A heading drawn from the text is in italics: it is the document's opening, not a title it has.
  const heading = documentHeading(doc)
  const name = escapeMarkdown(heading.text)
  const lines = [`# ${heading.derived ? `*${name}*` : name}`, '', metadataLine(doc), '']
  for (const section of MARKDOWN_SECTIONS) {
    const body = section.render(doc)
    if (body.length > 0) lines.push(`## ${section.title}`, '', ...trimBlankEnd(body), '')
  }
  return lines.join('\n')
}

function metadataLine(doc: AnalyzedDocument): string {
  const { source } = doc
  const fields = [
    `**Language** ${escapeMarkdown(doc.lang ?? UNKNOWN)} (${formatConfidence(doc.langConfidence)})`,
    `**Input** ${escapeMarkdown(source.input)}`,
  ]
  const outlet = source.outlet ?? source.siteName
  if (outlet) fields.push(`**Outlet** ${escapeMarkdown(outlet)}`)
  if (source.url) fields.push(`**URL** ${markdownLink(source.url)}`)
  if (source.published) fields.push(`**Published** ${escapeMarkdown(source.published)}`)
  return fields.join(' · ')
}

function renderCorpusSummary(docs: readonly AnalyzedDocument[]): string {
  const summary = summarizeCorpus(docs)
  const counts = (entries: readonly (readonly [string, number])[]) =>
    entries.map(([value, count]) => `${escapeMarkdown(value)} ${count}`).join(', ')
  const anonymous = summary.anonymousSourcing
  const listed = anonymous.slice(0, MAX_LISTED_DOCUMENTS).map(escapeMarkdown)
  if (anonymous.length > listed.length) listed.push(`and ${anonymous.length - listed.length} more`)
  const lines = [
    '# Corpus summary',
    '',
    `- **Documents** ${summary.documentCount}`,
    `- **Languages** ${counts(summary.languages)}`,
    `- **Outlets** ${counts(summary.outlets)}`,
    `- **Anonymous sourcing** ${anonymous.length} of ${summary.documentCount} documents${listed.length > 0 ? `: ${listed.join('; ')}` : ''}`,
    `- **Quotes** ${summary.quoteCount}`,
  ]
  return `${lines.join('\n')}\n`
}

function trimBlankEnd(lines: readonly string[]): string[] {
  const trimmed = [...lines]
  while (trimmed.at(-1) === '') trimmed.pop()
  return trimmed
}
