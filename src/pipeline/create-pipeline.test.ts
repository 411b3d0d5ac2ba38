import { describe, expect, test } from 'vitest'
import { createDoc } from '../doc/doc.ts'
import { createPipeline, DEFAULT_COMPONENTS } from './create-pipeline.ts'
import { PipelineError } from './pipeline-error.ts'

const source = { input: 'test.txt', format: 'text' as const }

describe('createPipeline', () => {
  test('refuses, at construction, a component whose requirement no earlier component assigns', () => {
    expect(() => createPipeline(['quotes'])).toThrowError(PipelineError)
    expect(() => createPipeline(['sentences', 'paragraphs', 'langid'])).toThrowError(
      /"sentences" requires "paragraphs"/u,
    )
  })

  test('refuses an unknown component name', () => {
    expect(() => createPipeline(['nonsense' as never])).toThrowError(
      /No component named "nonsense"/u,
    )
  })

  test('the default order satisfies every requirement', () => {
    expect(() => createPipeline(DEFAULT_COMPONENTS)).not.toThrow()
  })

  test('assigns each layer under the name the component declares', () => {
    const doc = createPipeline(['langid', 'paragraphs', 'sentences']).run(
      createDoc({
        id: 'a',
        title: null,
        text: 'Le ministre est arrivé hier soir. Il a parlé longuement.',
        source,
      }),
    )
    expect(doc.spans.language?.code).toBe('fr')
    expect(doc.spans.sentences?.map((sentence) => sentence.text)).toEqual([
      'Le ministre est arrivé hier soir.',
      'Il a parlé longuement.',
    ])
    expect(doc.issues).toEqual([])
  })

  test('records a failure on the document and skips what depended on it, when onError is record', () => {
    const pipeline = createPipeline(['langid', 'paragraphs', 'sentences', 'entities', 'quotes'])
    // A Doc whose text is not text makes the first two components throw; the rest must be skipped, not crash.
    const doc = pipeline.run(createDoc({ id: 'b', title: null, text: null as never, source }))
    expect(doc.issues.map((issue) => [issue.component, issue.code])).toEqual([
      ['langid', 'component_failed'],
      ['paragraphs', 'component_failed'],
      ['sentences', 'skipped_missing_input'],
      ['entities', 'skipped_missing_input'],
      ['quotes', 'skipped_missing_input'],
    ])
  })

  test('rethrows when onError is throw', () => {
    const pipeline = createPipeline(['paragraphs'], { onError: 'throw' })
    expect(() =>
      pipeline.run(createDoc({ id: 'c', title: null, text: null as never, source })),
    ).toThrow()
  })
})
