import type { Provenance, ProvenanceRole } from '../contracts/annotations.ts'
import { foldWord } from '../doc/tokenize.ts'
import { LANGUAGES } from '../lang/index.ts'
import type { ExpectedCredit } from './read-provenance-gold.ts'

/** A credit as found (or expected) in one file, reduced to the fields the gold records. */
export interface FoundCredit {
  readonly file: string
  readonly role: ProvenanceRole
  readonly name?: string | undefined
  readonly outlet?: string | undefined
  readonly date?: string | undefined
}

/** Detection and field agreement for one role (or for all roles together). */
export interface RoleScore {
  readonly gold: number
  readonly predicted: number
  readonly matched: number
  readonly precision: number
  readonly recall: number
  readonly f1: number
  /** Share of matched credits whose name agrees (both empty agrees). */
  readonly nameAgreement: number
  /** Share of matched credits whose outlet agrees (both empty agrees). */
  readonly outletAgreement: number
  /** Share of matched credits with a gold date whose date agrees. */
  readonly dateAgreement: number
  readonly goldDates: number
}

/** One disagreement with the gold, for the debug listing and the error census. */
export type CreditError =
  | { readonly kind: 'missed'; readonly expected: ExpectedCredit }
  | { readonly kind: 'spurious'; readonly found: FoundCredit }
  | {
      readonly kind: 'wrong-name' | 'wrong-outlet' | 'wrong-date'
      readonly expected: ExpectedCredit
      readonly found: FoundCredit
    }

export interface ProvenanceScore {
  readonly roles: Readonly<Partial<Record<ProvenanceRole, RoleScore>>>
  readonly overall: RoleScore
  /** Documents the gold credits no one, and how many of them got no credit either. */
  readonly uncreditedDocuments: number
  readonly uncreditedKeptClean: number
  readonly errors: readonly CreditError[]
}

// Marks that may wrap an outlet's name ("« Мировое обозрение »", "“The Ledger”"): not part of the name.
const SURROUNDING_MARKS = /^[\s«»"“”„‘’'‹›]+|[\s«»"“”„‘’'‹›.,;:]+$/gu
const SPACES = /\s+/gu
// Every language's articles, longest first so "les" is tried before "le"; elided ones ("l'") need no space.
const ARTICLES = [
  ...new Set(
    Object.values(LANGUAGES).flatMap((language) => language.provenanceCues.creditWords.articles),
  ),
]
  .map(foldWord)
  .sort((a, b) => b.length - a.length)

/**
 * Folds a name or outlet for comparison: case and accents ignored, surrounding quotes and one leading article
 * dropped, so "L'Éveil des Peuples", "«Éveil des peuples»" and "l’eveil des peuples" agree.
 * @example
 * normalizeCreditField('« Le Grand Soir Libre »') === normalizeCreditField('grand soir libre') // true
 */
export function normalizeCreditField(value: string | undefined): string {
  const folded = foldWord((value ?? '').replace(SURROUNDING_MARKS, '')).replace(SPACES, ' ')
  for (const article of ARTICLES) {
    const elided = article.endsWith("'") || article.endsWith('’')
    const prefix = elided ? article : `${article} `
    if (folded.startsWith(prefix) && folded.length > prefix.length) {
      return folded.slice(prefix.length).replace(SURROUNDING_MARKS, '')
    }
  }
  return folded
}

/**
 * Scores found credits against the gold per role: a credit is detected when its file has a gold credit of the same
 * role (several of one role pair up best agreement first); matched credits are then checked field by field.
 * @example
 * scoreProvenance([{ file: 'a', role: 'author', name: 'Anna', outlet: '', date: '' }],
 *   [{ file: 'a', role: 'author', name: 'ANNA' }]).overall.f1 // 1
 */
export function scoreProvenance(
  gold: readonly ExpectedCredit[],
  found: readonly FoundCredit[],
): ProvenanceScore {
  const errors: CreditError[] = []
  const pairs: { expected: ExpectedCredit; found: FoundCredit }[] = []
  const goldByKey = groupBy(
    gold.filter(
      (credit): credit is ExpectedCredit & { role: ProvenanceRole } => credit.role !== '-',
    ),
    (credit) => `${credit.file}\t${credit.role}`,
  )
  const foundByKey = groupBy(found, (credit) => `${credit.file}\t${credit.role}`)
  for (const key of new Set([...goldByKey.keys(), ...foundByKey.keys()])) {
    const matched = pairUp(goldByKey.get(key) ?? [], foundByKey.get(key) ?? [])
    pairs.push(...matched.pairs)
    for (const expected of matched.missed) errors.push({ kind: 'missed', expected })
    for (const credit of matched.spurious) errors.push({ kind: 'spurious', found: credit })
  }
  for (const pair of pairs) errors.push(...fieldErrors(pair.expected, pair.found))

  const roles: Partial<Record<ProvenanceRole, RoleScore>> = {}
  const allRoles = new Set<ProvenanceRole>([
    ...[...goldByKey.values()].flatMap((credits) => credits.map((credit) => credit.role)),
    ...found.map((credit) => credit.role),
  ])
  for (const role of allRoles) {
    roles[role] = roleScore(
      gold.filter((credit) => credit.role === role).length,
      found.filter((credit) => credit.role === role).length,
      pairs.filter((pair) => pair.found.role === role),
    )
  }
  const uncredited = new Set(
    gold.filter((credit) => credit.role === '-').map((credit) => credit.file),
  )
  const filesWithFound = new Set(found.map((credit) => credit.file))
  return {
    roles,
    overall: roleScore(gold.filter((credit) => credit.role !== '-').length, found.length, pairs),
    uncreditedDocuments: uncredited.size,
    uncreditedKeptClean: [...uncredited].filter((file) => !filesWithFound.has(file)).length,
    errors,
  }
}

const agrees = (expected: string, found: string | undefined) =>
  normalizeCreditField(expected) === normalizeCreditField(found)

function agreement(expected: ExpectedCredit, found: FoundCredit): number {
  return Number(agrees(expected.name, found.name)) + Number(agrees(expected.outlet, found.outlet))
}

// Pairs the gold and found credits of one (file, role), best field agreement first, so two authors of a wire
// story are not crossed.
function pairUp(expected: readonly ExpectedCredit[], found: readonly FoundCredit[]) {
  const candidates = expected
    .flatMap((gold, goldIndex) =>
      found.map((credit, foundIndex) => ({
        goldIndex,
        foundIndex,
        score: agreement(gold, credit),
      })),
    )
    .sort((a, b) => b.score - a.score)
  const usedGold = new Set<number>()
  const usedFound = new Set<number>()
  const pairs: { expected: ExpectedCredit; found: FoundCredit }[] = []
  for (const { goldIndex, foundIndex } of candidates) {
    if (usedGold.has(goldIndex) || usedFound.has(foundIndex)) continue
    usedGold.add(goldIndex)
    usedFound.add(foundIndex)
    pairs.push({ expected: expected[goldIndex]!, found: found[foundIndex]! })
  }
  return {
    pairs,
    missed: expected.filter((_, index) => !usedGold.has(index)),
    spurious: found.filter((_, index) => !usedFound.has(index)),
  }
}

function fieldErrors(expected: ExpectedCredit, found: FoundCredit): CreditError[] {
  const errors: CreditError[] = []
  if (!agrees(expected.name, found.name)) errors.push({ kind: 'wrong-name', expected, found })
  if (!agrees(expected.outlet, found.outlet)) errors.push({ kind: 'wrong-outlet', expected, found })
  if (expected.date && expected.date !== found.date) {
    errors.push({ kind: 'wrong-date', expected, found })
  }
  return errors
}

function roleScore(
  gold: number,
  predicted: number,
  pairs: readonly { expected: ExpectedCredit; found: FoundCredit }[],
): RoleScore {
  const matched = pairs.length
  const precision = predicted ? matched / predicted : 1
  const recall = gold ? matched / gold : 1
  const dated = pairs.filter((pair) => pair.expected.date)
  const share = (count: number, total: number) => (total ? count / total : 1)
  return {
    gold,
    predicted,
    matched,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    nameAgreement: share(
      pairs.filter((pair) => agrees(pair.expected.name, pair.found.name)).length,
      matched,
    ),
    outletAgreement: share(
      pairs.filter((pair) => agrees(pair.expected.outlet, pair.found.outlet)).length,
      matched,
    ),
    dateAgreement: share(
      dated.filter((pair) => pair.expected.date === pair.found.date).length,
      dated.length,
    ),
    goldDates: dated.length,
  }
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const key = keyOf(item)
    const group = groups.get(key)
    if (group) group.push(item)
    else groups.set(key, [item])
  }
  return groups
}

/** The credits the provenance component found in one analysed document, keyed by the document's file name. */
export function foundCreditsOf(
  file: string,
  provenance: readonly Pick<Provenance, 'role' | 'name' | 'outlet' | 'date'>[],
): FoundCredit[] {
  return provenance.map((credit) => ({
    file,
    role: credit.role,
    name: credit.name,
    outlet: credit.outlet,
    date: credit.date,
  }))
}
