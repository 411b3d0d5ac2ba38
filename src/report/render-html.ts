import { createHash } from 'node:crypto'
import type { AnalyzedDocument } from '../contracts/document.ts'
import { collectHighlights, ENTITY_CLASSES } from './collect-highlights.ts'
import { describeProvenance } from './describe-provenance.ts'
import { documentHeading } from './document-heading.ts'
import { escapeHtml } from './escape-html.ts'
import { formatConfidence } from './format-confidence.ts'
import { PAGE_STYLE } from './page-style.ts'
import { renderHighlightedText } from './render-highlighted-text.ts'
import { safeHttpUrl } from './safe-http-url.ts'
import { shortenText } from './shorten-text.ts'
import { documentName, summarizeCorpus, UNKNOWN } from './summarize-corpus.ts'

const URL_MAX_CHARS = 100
const EVIDENCE_MAX_CHARS = 160
// Only well-formed language tags become `lang` attributes; anything else is left out.
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/u

// Layer names are constants (`[a-z-]+`), never document strings, so they can build class names.
const TOGGLE_SCRIPT = `document.addEventListener('change', (event) => {
  const box = event.target
  if (!(box instanceof HTMLInputElement) || !box.dataset.layer) return
  box.closest('.doc')?.classList.toggle('hide-' + box.dataset.layer, !box.checked)
})`

// The hash allows exactly this inline script and nothing else, even if escaping were ever bypassed.
const SCRIPT_HASH = createHash('sha256').update(TOGGLE_SCRIPT).digest('base64')
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  `script-src 'sha256-${SCRIPT_HASH}'`,
  "base-uri 'none'",
  "form-action 'none'",
].join('; ')

/**
 * Renders analysed documents as one self-contained HTML page (no external resources) with the evidence
 * highlighted over each article's text and a toggle per layer; every document string is escaped.
 * @example
 * await writeFile('report.html', renderHtml(docs))
 */
export function renderHtml(docs: readonly AnalyzedDocument[]): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Narrascope report</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
${renderHeader(docs)}
<main>
${docs.map(renderCard).join('\n')}
</main>
<script>${TOGGLE_SCRIPT}</script>
</body>
</html>
`
}

function renderHeader(docs: readonly AnalyzedDocument[]): string {
  const summary = summarizeCorpus(docs)
  const counts = (entries: readonly (readonly [string, number])[]) =>
    escapeHtml(entries.map(([value, count]) => `${value} ${count}`).join(', '))
  const contents = docs
    .map(
      (doc, index) => `<li><a href="#doc-${index + 1}">${escapeHtml(documentName(doc))}</a></li>`,
    )
    .join('')
  return `<header>
<h1>Narrascope report</h1>
${definitionList([
  ['Documents', String(summary.documentCount)],
  ['Languages', counts(summary.languages)],
  ['Outlets', counts(summary.outlets)],
  [
    'Anonymous sourcing',
    `${summary.anonymousSourcing.length} of ${summary.documentCount} documents`,
  ],
  ['Quotes', String(summary.quoteCount)],
])}
${docs.length > 1 ? `<nav><ol>${contents}</ol></nav>` : ''}
</header>`
}

function renderCard(doc: AnalyzedDocument, index: number): string {
  const layers = collectHighlights(doc)
  const highlights = layers.flatMap((layer) => layer.highlights)
  const lang = doc.lang && LANGUAGE_TAG.test(doc.lang) ? ` lang="${escapeHtml(doc.lang)}"` : ''
  const toggles = layers
    .map(
      ({ layer, highlights }) =>
        `<label><input type="checkbox" data-layer="${escapeHtml(layer.name)}" checked> ${escapeHtml(layer.label)} (${highlights.length})</label>`,
    )
    .join('\n')
  const legend = [...new Set((doc.entities ?? []).map((entity) => entity.label))]
    .map(
      (label) =>
        `<span class="swatch ${ENTITY_CLASSES[label] ?? ENTITY_CLASSES.MISC}">${escapeHtml(label)}</span>`,
    )
    .join(' ')
  return `<article class="doc" id="doc-${index + 1}">
<h2 dir="auto"${lang}>${renderHeading(doc)}</h2>
${renderMetadata(doc)}
${renderProvenance(doc)}
${layers.length > 0 ? `<fieldset class="layers"><legend>Layers</legend>\n${toggles}\n${legend}</fieldset>` : ''}
<div class="text" dir="auto"${lang}>
${renderHighlightedText(doc.text, highlights)}
</div>
${renderIssues(doc)}
</article>`
}

function renderMetadata(doc: AnalyzedDocument): string {
  const { source } = doc
  const rows: [string, string][] = [
    ['Language', `${escapeHtml(doc.lang ?? UNKNOWN)} (${formatConfidence(doc.langConfidence)})`],
    ['Input', escapeHtml(source.input)],
  ]
  const outlet = source.outlet ?? source.siteName
  if (outlet) rows.push(['Outlet', escapeHtml(outlet)])
  if (source.url) rows.push(['URL', htmlLink(source.url)])
  if (source.published) rows.push(['Published', escapeHtml(source.published)])
  if (source.byline) rows.push(['Byline', escapeHtml(source.byline)])
  return definitionList(rows)
}

function renderProvenance(doc: AnalyzedDocument): string {
  const provenance = doc.provenance ?? []
  if (provenance.length === 0) return ''
  const rows = provenance.map((credit) => {
    const { who, date } = describeProvenance(credit)
    const evidence = credit.evidence
      ? `“${escapeHtml(shortenText(credit.evidence.text, EVIDENCE_MAX_CHARS))}”`
      : `<em>${escapeHtml(credit.from)}</em>`
    const cells = [
      escapeHtml(credit.role),
      escapeHtml(who),
      htmlLink(credit.url),
      escapeHtml(date),
      evidence,
    ]
    return `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`
  })
  return `<section class="provenance"><h3>Provenance</h3>
<table><thead><tr><th>Role</th><th>Who</th><th>URL</th><th>Date</th><th>Evidence</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table></section>`
}

function renderIssues(doc: AnalyzedDocument): string {
  if (doc.issues.length === 0) return ''
  const items = doc.issues.map(
    (issue) =>
      `<li><strong>${escapeHtml(issue.component)}</strong> ${escapeHtml(issue.code)}: ${escapeHtml(issue.message)}</li>`,
  )
  return `<section class="issues"><h3>Issues</h3><ul>${items.join('')}</ul></section>`
}

/** A link for http(s) URLs only; any other scheme is shown as inert, escaped text. */
function htmlLink(url: string | undefined): string {
  if (url === undefined) return ''
  const label = escapeHtml(shortenText(url, URL_MAX_CHARS))
  const safe = safeHttpUrl(url)
  return safe
    ? `<a href="${escapeHtml(safe)}" rel="noopener noreferrer nofollow">${label}</a>`
    : label
}

/** A `<dl>` of label/value rows whose values are already HTML. */
function definitionList(rows: readonly (readonly [string, string])[]): string {
  return `<dl class="meta">${rows.map(([term, value]) => `<dt>${term}</dt><dd>${value}</dd>`).join('')}</dl>`
}

// A heading drawn from the text is in italics: it is the document's opening, not a title it has.
function renderHeading(doc: AnalyzedDocument): string {
  const heading = documentHeading(doc)
  const name = escapeHtml(heading.text)
  return heading.derived ? `<em>${name}</em>` : name
}
