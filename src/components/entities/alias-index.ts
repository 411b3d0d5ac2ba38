import type { EntityLabel } from '../../contracts/annotations.ts'
import { isAcronym, isCapitalized, type Token, tokenize } from '../../doc/tokenize.ts'
import { ENTITY_ALIASES, type EntityAlias } from '../../lang/multi/entity-aliases.ts'
import { declinedForms, declinesNames } from './declension.ts'

/** What the alias data says about a matched name. */
export interface AliasMatch {
  readonly canonical: string
  readonly label: EntityLabel
  /** Number of tokens matched. */
  readonly length: number
}

interface TrieNode {
  readonly children: Map<string, TrieNode>
  entry?: AliasEntry
}

interface AliasEntry {
  readonly canonical: string
  readonly label: EntityLabel
  readonly pattern: readonly string[]
  /** Per pattern word, how its case must agree (see caseAgrees); decided once, at indexing. */
  readonly caseRules: readonly CaseRule[]
}

type CaseRule = 'exact' | 'capitalised' | 'any'

const indexes = new Map<string, TrieNode>()

/**
 * Finds the longest alias that starts at token `index`, honouring case rules for acronyms and names; in a language
 * that declines names, a declined word also matches its base form ("Токаева", "России").
 */
export function matchAlias(
  tokens: readonly Token[],
  index: number,
  lang: string | null,
): AliasMatch | null {
  if (declinesNames(lang)) return longestDeclined(aliasIndex(lang), tokens, index, index, lang)
  let node = aliasIndex(lang)
  let best: AliasMatch | null = null
  for (let position = index; position < tokens.length; position++) {
    const next = node.children.get(tokens[position]!.folded)
    if (!next) break
    node = next
    const entry = node.entry
    if (entry && caseAgrees(entry, tokens, index)) {
      best = { canonical: entry.canonical, label: entry.label, length: position - index + 1 }
    }
  }
  return best
}

// The longest alias from `node` on, each word read as written or as any base form of its ending; the written form
// first, so that it wins a tie.
function longestDeclined(
  node: TrieNode,
  tokens: readonly Token[],
  start: number,
  position: number,
  lang: string | null,
): AliasMatch | null {
  const token = tokens[position]
  if (!token) return null
  let best: AliasMatch | null = null
  for (const form of declinedForms(token.folded, lang)) {
    const next = node.children.get(form)
    if (!next) continue
    const entry = next.entry
    if (entry && caseAgrees(entry, tokens, start) && (best?.length ?? 0) < position - start + 1)
      best = { canonical: entry.canonical, label: entry.label, length: position - start + 1 }
    const longer = longestDeclined(next, tokens, start, position + 1, lang)
    if (longer && longer.length > (best?.length ?? 0)) best = longer
  }
  return best
}

/** All canonical names of the alias data, for resolving a mention to a known entity. */
export function knownCanonical(canonical: string): EntityAlias | undefined {
  return ENTITY_ALIASES.find((alias) => alias.canonical === canonical)
}

function aliasIndex(lang: string | null): TrieNode {
  const key = lang ?? ''
  const cached = indexes.get(key)
  if (cached) return cached
  const root: TrieNode = { children: new Map() }
  for (const entity of ENTITY_ALIASES) {
    const aliases = [...entity.aliases, ...(lang ? (entity.aliasesByLanguage[lang] ?? []) : [])]
    for (const alias of aliases) insert(root, alias, entity)
  }
  indexes.set(key, root)
  return root
}

function insert(root: TrieNode, alias: string, entity: EntityAlias): void {
  const tokens = tokenize(alias)
  const pattern = tokens.map((token) => token.text)
  if (pattern.length === 0) return
  let node = root
  for (const token of tokens) {
    const key = token.folded
    let child = node.children.get(key)
    if (!child) {
      child = { children: new Map() }
      node.children.set(key, child)
    }
    node = child
  }
  // The first spelling wins, so a canonical name is never shadowed by a later alias of another entity.
  node.entry ??= {
    canonical: entity.canonical,
    label: entity.label,
    pattern,
    caseRules: pattern.map((expected, offset) => caseRule(pattern, expected, offset)),
  }
}

// Acronyms must match exactly (CIA, not "cia"); names must be capitalised in the text when the alias is.
function caseRule(pattern: readonly string[], expected: string, offset: number): CaseRule {
  if (isAcronym(expected)) return 'exact'
  // French writes "l'organisation des États turcs" in lower case: multi-word aliases may start lower case.
  if (offset === 0 && isCapitalized(expected) && pattern.length === 1) return 'capitalised'
  return 'any'
}

function caseAgrees(entry: AliasEntry, tokens: readonly Token[], index: number): boolean {
  const { pattern, caseRules } = entry
  for (let offset = 0; offset < pattern.length; offset++) {
    const rule = caseRules[offset]
    if (rule === 'any') continue
    const actual = tokens[index + offset]?.text ?? ''
    if (rule === 'exact' ? actual !== pattern[offset] : !isCapitalized(actual)) return false
  }
  return true
}
