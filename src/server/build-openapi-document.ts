import { z } from 'zod'
import { ApiErrorSchema } from '../contracts/api.ts'
import { AnalyzedDocumentSchema } from '../contracts/document.ts'
import type { ApiRoute } from './define-route.ts'

type JsonSchema = Record<string, unknown>

/** Title and version of the API in its OpenAPI document. */
export interface ApiInfo {
  title: string
  version: string
}

// Statuses every route may answer besides its success, with what they mean here.
const COMMON_ERRORS: Record<string, string> = {
  '400': 'Bad input: a parameter or the body does not match the schema',
  '404': 'Not found',
  '500': 'The server failed; its log says why',
  '503': 'The store is unavailable',
  '504': 'The request took longer than the server allows',
}
const READ_ERRORS: Record<string, string> = {
  '403': 'Read from off loopback on a non-public server without the token, or a wrong token',
}
const WRITE_ERRORS: Record<string, string> = {
  '401': 'No bearer token',
  '403': 'Wrong bearer token',
  '413': 'The request body is over the limit',
  '415': 'The body is not of an accepted media type',
}
const COMPONENT_REF = (id: string) => `#/components/schemas/${id}`

/**
 * Writes the OpenAPI 3.1 document of the routes from the zod schemas they validate with: request bodies in
 * their input form (defaults optional), answers in their output form, shared schemas as components.
 * @example
 * const document = buildOpenApiDocument(API_ROUTES, { title: 'Narrascope', version: '0.1.0' })
 */
export function buildOpenApiDocument(routes: readonly ApiRoute[], info: ApiInfo): JsonSchema {
  const requests = z.registry<{ id: string }>()
  const responses = z.registry<{ id: string }>()
  const named = new Map<string, z.ZodType>()
  addOnce(responses, named, ApiErrorSchema, 'Error')
  addOnce(responses, named, AnalyzedDocumentSchema, 'AnalyzedDocument')
  for (const route of routes) {
    addOnce(responses, named, route.response, route.responseName)
    if (route.body) addOnce(requests, named, route.body, `${capitalise(route.operationId)}Request`)
  }
  const components = {
    ...z.toJSONSchema(requests, { io: 'input', uri: COMPONENT_REF, unrepresentable: 'any' })
      .schemas,
    ...z.toJSONSchema(responses, { io: 'output', uri: COMPONENT_REF, unrepresentable: 'any' })
      .schemas,
  }
  const paths: Record<string, Record<string, unknown>> = {}
  for (const route of routes) {
    paths[route.path] ??= {}
    paths[route.path]![route.method] = operation(route)
  }
  return {
    openapi: '3.1.0',
    info: {
      ...info,
      description:
        'Narrascope HTTP API over a corpus store. Every error answers {error: {code, message}}. Write endpoints need "Authorization: Bearer <token>".',
    },
    paths,
    components: {
      schemas: stripSchemaIds(components),
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    },
  }
}

function operation(route: ApiRoute): Record<string, unknown> {
  const errors = { ...COMMON_ERRORS, ...(route.access === 'write' ? WRITE_ERRORS : READ_ERRORS) }
  const success = route.rawContentTypes
    ? Object.fromEntries(route.rawContentTypes.map((type) => [type, { schema: {} }]))
    : { 'application/json': { schema: { $ref: COMPONENT_REF(route.responseName) } } }
  return {
    operationId: route.operationId,
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    tags: [route.tag],
    ...(route.access === 'write' ? { security: [{ bearer: [] }] } : {}),
    parameters: [...parameters(route.params, 'path'), ...parameters(route.query, 'query')],
    ...(route.body ? { requestBody: requestBody(route) } : {}),
    responses: {
      [String(route.status ?? 200)]: { description: route.summary, content: success },
      ...Object.fromEntries(
        Object.entries(errors).map(([status, description]) => [
          status,
          {
            description,
            content: { 'application/json': { schema: { $ref: COMPONENT_REF('Error') } } },
          },
        ]),
      ),
    },
  }
}

function requestBody(route: ApiRoute): Record<string, unknown> {
  const content: Record<string, unknown> = {
    'application/json': {
      schema: { $ref: COMPONENT_REF(`${capitalise(route.operationId)}Request`) },
    },
  }
  if (route.multipart)
    content['multipart/form-data'] = {
      schema: {
        type: 'object',
        properties: { files: { type: 'array', items: { type: 'string', format: 'binary' } } },
      },
    }
  return { required: true, content }
}

// Query and path objects become one parameter per property; their schemas are small and inlined.
function parameters(schema: z.ZodType | undefined, where: 'path' | 'query'): JsonSchema[] {
  if (schema === undefined) return []
  const json = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    metadata: z.registry(),
  }) as { properties?: Record<string, JsonSchema>; required?: string[] }
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property
    return {
      name,
      in: where,
      required: where === 'path' || (json.required ?? []).includes(name),
      ...(typeof description === 'string' ? { description } : {}),
      schema: rest,
    }
  })
}

function addOnce(
  registry: z.core.$ZodRegistry<{ id: string }>,
  named: Map<string, z.ZodType>,
  schema: z.ZodType,
  id: string,
) {
  const holder = named.get(id)
  if (holder !== undefined && holder !== schema)
    throw new Error(`two different schemas are both named "${id}" in the OpenAPI document`)
  named.set(id, schema)
  registry.add(schema, { id })
}

// Components are addressed by their key; the `$id` the registry conversion adds would re-root their refs.
function stripSchemaIds(schemas: Record<string, JsonSchema>): Record<string, JsonSchema> {
  return Object.fromEntries(
    Object.entries(schemas).map(([id, { $id: _id, $schema: _schema, ...schema }]) => [id, schema]),
  )
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}
