import { Validator } from '@seriousme/openapi-schema-validator'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { API_ROUTES } from '../../src/server/api-routes.ts'
import { createTestApp, json, SETUP_TIMEOUT_MS, type TestApp } from './support/test-app.ts'

let api: TestApp
let document: {
  openapi: string
  paths: Record<string, Record<string, { operationId: string; parameters: { name: string }[] }>>
  components: { schemas: Record<string, unknown> }
}

beforeAll(async () => {
  api = await createTestApp({ seed: false })
  document = await json(await api.request('/api/openapi.json'))
}, SETUP_TIMEOUT_MS)
afterAll(async () => {
  await api.close()
})

test('the OpenAPI document is valid OpenAPI 3.1', async () => {
  const validator = new Validator()
  const result = await validator.validate(structuredClone(document))
  expect(result.errors ?? []).toEqual([])
  expect(result.valid).toBe(true)
  expect(validator.version).toBe('3.1')
})

test('every route is in the document, with its operation id and every path parameter', () => {
  for (const route of API_ROUTES) {
    const operation = document.paths[route.path]?.[route.method]
    expect(operation, `${route.method} ${route.path}`).toBeDefined()
    expect(operation!.operationId).toBe(route.operationId)
    for (const [, name] of route.path.matchAll(/\{(\w+)\}/gu))
      expect(operation!.parameters.map((parameter) => parameter.name)).toContain(name)
  }
})

test('every API path the app answers is described, and nothing else is', () => {
  const mounted = new Set(
    api.app.routes
      .filter((route) => route.path.startsWith('/api/') && !route.path.includes('*'))
      .filter((route) => route.path !== '/api/openapi.json')
      .map((route) => `${route.method.toLowerCase()} ${route.path.replace(/:(\w+)/gu, '{$1}')}`),
  )
  const described = new Set(
    Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method} ${path}`),
    ),
  )
  expect([...described].sort()).toEqual([...mounted].sort())
})

test('every $ref points at a component that exists', () => {
  const refs = [...JSON.stringify(document).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/gu)]
  expect(refs.length).toBeGreaterThan(0)
  for (const [, name] of refs) expect(document.components.schemas).toHaveProperty(name!)
})
