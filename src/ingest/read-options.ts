import { z } from 'zod'

/** Limits and permissions for reading inputs; every field has a default. */
export const ReadOptionsSchema = z.object({
  /** Files, responses and stdin larger than this are refused before they are read into memory. */
  maxBytes: z
    .number()
    .int()
    .positive()
    .default(50 * 1024 * 1024),
  /** Let URLs reach loopback, private, link-local and other non-public addresses. */
  allowPrivateNetwork: z.boolean().default(false),
  /** Deadline for one URL: DNS, connection, every redirect and the whole body. */
  fetchTimeoutMs: z.number().int().positive().default(15_000),
  maxRedirects: z.number().int().nonnegative().default(5),
})

/** Options as callers give them (all optional), plus a stdin replacement for tests. */
export type ReadOptions = z.input<typeof ReadOptionsSchema> & {
  /** Read "-" from this instead of process.stdin. */
  stdin?: AsyncIterable<Uint8Array | string>
}

/** Options with defaults applied. */
export type ResolvedReadOptions = z.output<typeof ReadOptionsSchema>
