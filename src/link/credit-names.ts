import type { CreditedSource, DocumentFacts } from './document-facts.ts'
import { normalizeUrl } from './find-anchors.ts'
import { outletKeys } from './outlet-keys.ts'

/** True when a credit ("source : https://northpost.example/…", "Réseau Veille") names this document or its outlet. */
export function creditNames(credit: CreditedSource, facts: DocumentFacts): boolean {
  if (credit.url && facts.url && normalizeUrl(credit.url) === normalizeUrl(facts.url)) return true
  const keys = [
    ...(credit.outlet ? outletKeys(credit.outlet) : []),
    ...(credit.url ? outletKeys(credit.url) : []),
  ]
  return keys.some((key) => facts.outletKeys.includes(key))
}

/** Finds the documents a credit names without scanning the corpus: by normalised URL and by outlet key. */
export class CreditIndex {
  private readonly byKey = new Map<string, number[]>()

  constructor(facts: readonly DocumentFacts[]) {
    facts.forEach((fact, index) => {
      const keys = [...fact.outletKeys, ...(fact.url ? [`url:${normalizeUrl(fact.url)}`] : [])]
      for (const key of new Set(keys)) {
        const list = this.byKey.get(key)
        if (list) list.push(index)
        else this.byKey.set(key, [index])
      }
    })
  }

  /** Indexes of the documents the credit names, in input order. */
  lookup(credit: CreditedSource): number[] {
    const keys = [
      ...(credit.url ? [`url:${normalizeUrl(credit.url)}`, ...outletKeys(credit.url)] : []),
      ...(credit.outlet ? outletKeys(credit.outlet) : []),
    ]
    const found = new Set<number>()
    for (const key of keys) for (const index of this.byKey.get(key) ?? []) found.add(index)
    return [...found].sort((a, b) => a - b)
  }
}
