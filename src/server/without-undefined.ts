/** A copy without the keys that hold undefined (exactOptionalPropertyTypes: absent is not undefined). */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T
}
