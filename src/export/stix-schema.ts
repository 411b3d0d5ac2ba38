import { z } from 'zod'

// The STIX 2.1 objects our bundles hold, as the specification requires them (sections 3, 4, 6.1): checked by
// the tests on every bundle we write, so a structural mistake fails there, not in an analyst's TIP.
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}'
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/u
const identifier = (type: string) => z.string().regex(new RegExp(`^${type}--${UUID}$`, 'u'))
const anyIdentifier = z.string().regex(new RegExp(`^[a-z][a-z0-9-]+--${UUID}$`, 'u'))
const timestamp = z.string().regex(TIMESTAMP, 'STIX timestamps are RFC 3339 in UTC')

const ExternalReferenceSchema = z
  .object({
    source_name: z.string().min(1),
    url: z.string().optional(),
    external_id: z.string().optional(),
    description: z.string().optional(),
  })
  .refine((reference) => reference.url ?? reference.external_id ?? reference.description, {
    message: 'an external reference needs url, external_id or description',
  })

const common = <T extends string>(type: T) => ({
  type: z.literal(type),
  spec_version: z.literal('2.1'),
  id: identifier(type),
})
const domainCommon = <T extends string>(type: T) => ({
  ...common(type),
  created: timestamp,
  modified: timestamp,
  created_by_ref: identifier('identity').optional(),
  labels: z.array(z.string()).optional(),
  external_references: z.array(ExternalReferenceSchema).optional(),
})

export const StixIdentitySchema = z.strictObject({
  ...domainCommon('identity'),
  name: z.string().min(1),
  identity_class: z.enum(['individual', 'group', 'system', 'organization', 'class', 'unknown']),
  description: z.string().optional(),
})
export const StixAttackPatternSchema = z.strictObject({
  ...domainCommon('attack-pattern'),
  name: z.string().min(1),
  description: z.string().optional(),
})
export const StixReportSchema = z.strictObject({
  ...domainCommon('report'),
  name: z.string().min(1),
  description: z.string().optional(),
  report_types: z.array(z.string()).min(1),
  published: timestamp,
  object_refs: z.array(anyIdentifier).min(1),
})
export const StixNoteSchema = z.strictObject({
  ...domainCommon('note'),
  abstract: z.string().optional(),
  content: z.string().min(1),
  authors: z.array(z.string()).optional(),
  object_refs: z.array(anyIdentifier).min(1),
})
export const StixUrlSchema = z.strictObject({ ...common('url'), value: z.string().min(1) })

/** One object of a Narrascope STIX bundle. */
export const StixObjectSchema = z.discriminatedUnion('type', [
  StixIdentitySchema,
  StixAttackPatternSchema,
  StixReportSchema,
  StixNoteSchema,
  StixUrlSchema,
])
export type StixObject = z.infer<typeof StixObjectSchema>

/** A STIX 2.1 bundle (section 8). */
export const StixBundleSchema = z.strictObject({
  type: z.literal('bundle'),
  id: identifier('bundle'),
  objects: z.array(StixObjectSchema),
})
export type StixBundle = z.infer<typeof StixBundleSchema>
