import type { DocumentRow } from './document-row.ts'

/**
 * Keeps one row per document within a batch (the last one read wins), since one INSERT … ON CONFLICT cannot
 * touch the same document twice. A row without URL whose text another row of the batch carries with a URL is
 * the same document.
 */
export function dedupeRows(rows: readonly DocumentRow[]): DocumentRow[] {
  const urlKeyByText = new Map<string, string>()
  for (const row of rows) if (row.urlKey !== null) urlKeyByText.set(row.textHash, row.urlKey)
  const byKey = new Map<string, DocumentRow>()
  for (const row of rows) {
    const sameTextUrlKey = row.urlKey === null ? urlKeyByText.get(row.textHash) : undefined
    const key = row.urlKey ?? sameTextUrlKey ?? `text:${row.textHash}`
    byKey.delete(key)
    byKey.set(key, sameTextUrlKey === undefined ? row : { ...row, urlKey: sameTextUrlKey })
  }
  return [...byKey.values()]
}
