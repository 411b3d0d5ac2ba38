/**
 * Serialises JSON with object keys sorted at every level, so the same value always gives the same bytes.
 */
export function stableStringify(value: unknown): string {
  return JSON.stringify(sortKeys(value))
}

/** Returns a copy of `value` whose objects list their keys in code-unit order. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (value === null || typeof value !== 'object') return value
  const sorted: Record<string, unknown> = {}
  for (const key of Object.keys(value).sort())
    sorted[key] = sortKeys((value as Record<string, unknown>)[key])
  return sorted
}
