import { parse as parseYaml } from 'yaml'
import { ExtractError } from './extract-error.ts'
import { toIsoDate } from './to-iso-date.ts'

/** The article fields a Markdown file's YAML front matter may declare. */
export interface FrontMatter {
  title?: string
  byline?: string
  published?: string
  outlet?: string
  url?: string
  lang?: string
}

// The opening "---" line, the YAML, then a closing "---" or "..." line (Jekyll, Hugo, Pandoc).
const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|$)/

// Keys in order of preference, as static-site generators and note tools spell them.
const FIELD_KEYS: Readonly<Record<keyof FrontMatter, readonly string[]>> = {
  title: ['title', 'headline'],
  byline: ['author', 'authors', 'byline', 'creator'],
  published: ['date', 'published', 'pubdate', 'publishdate', 'published_at', 'created'],
  outlet: ['outlet', 'publisher', 'source', 'site', 'site_name'],
  url: ['url', 'canonical', 'canonical_url', 'canonicalurl', 'permalink', 'link'],
  lang: ['lang', 'language', 'locale'],
}

/** Splits YAML front matter off a Markdown document (LF line endings) and reads its article fields. */
export function readFrontMatter(markdown: string): { frontMatter: FrontMatter; body: string } {
  const match = FRONT_MATTER.exec(markdown)
  if (match === null) return { frontMatter: {}, body: markdown }
  const data = parseFrontMatterYaml(match[1] ?? '')
  // "---" also opens a Markdown page that starts with a rule; only a mapping is front matter.
  if (!isRecord(data)) return { frontMatter: {}, body: markdown }
  const fields = new Map(Object.entries(data).map(([key, value]) => [key.toLowerCase(), value]))
  const frontMatter: FrontMatter = {}
  for (const [field, keys] of Object.entries(FIELD_KEYS) as [keyof FrontMatter, string[]][]) {
    const value = keys.map((key) => asText(fields.get(key))).find((text) => text !== undefined)
    const normalized = field === 'published' ? toIsoDate(value) : value
    if (normalized !== undefined) frontMatter[field] = normalized
  }
  return { frontMatter, body: markdown.slice(match[0].length) }
}

function parseFrontMatterYaml(yaml: string): unknown {
  try {
    // Warnings (an unknown tag such as "!foo") do not stop us reading the fields; printed, they would only
    // clutter the user's terminal for every such file.
    const data: unknown = parseYaml(yaml, { logLevel: 'error' })
    return data
  } catch (error) {
    // The yaml package throws YAMLParseError for syntax and ReferenceError for alias bombs; both
    // mean this document's front matter cannot be read. Its first line is the reason.
    if (!(error instanceof Error)) throw error
    const reason = error.message.split('\n')[0] ?? error.message
    throw new ExtractError('malformed_front_matter', `front matter is not valid YAML: ${reason}`)
  }
}

// Strings, numbers and dates are used as written; lists (several authors) are joined; objects
// with a `name` (author: {name: …}) give their name.
function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim()
  if (typeof value === 'number') return String(value)
  if (value instanceof Date) return value.toISOString()
  if (Array.isArray(value)) {
    const parts = value.map(asText).filter((part): part is string => part !== undefined)
    return parts.length > 0 ? parts.join(', ') : undefined
  }
  if (isRecord(value)) return asText(value.name)
  return undefined
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
