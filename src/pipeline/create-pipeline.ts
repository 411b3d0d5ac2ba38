import type { AnnotationKey, DocIssue } from '../contracts/annotations.ts'
import type { AnnotatedDoc, Doc } from '../doc/doc.ts'
import type { ComponentFunction } from './define-component.ts'
import { PipelineError } from './pipeline-error.ts'
import { type ComponentName, registry } from './registry.ts'

/** Version of the annotation rules and models; stored with every document so re-analysis can be targeted. */
export const PIPELINE_VERSION = '0.1.0'

export interface PipelineOptions {
  /** `record` keeps going and notes the failure on the Doc; `throw` stops (tests). */
  onError?: 'record' | 'throw'
  config?: Partial<Record<ComponentName, unknown>>
}

/** A built pipeline: run it on Docs. */
export interface Pipeline {
  readonly components: readonly ComponentName[]
  readonly version: string
  run(doc: Doc): Doc
}

interface Step {
  name: string
  requires: readonly AnnotationKey[]
  assigns: AnnotationKey
  apply: ComponentFunction<AnnotationKey, AnnotationKey>
}

/** The default components, in an order that satisfies every `requires`. */
export const DEFAULT_COMPONENTS: readonly ComponentName[] = Object.keys(registry) as ComponentName[]

/**
 * Builds a pipeline, checking at construction that every requirement is assigned by an earlier component.
 * @example
 * const nlp = createPipeline(['langid', 'paragraphs', 'sentences'])
 * const doc = nlp.run(createDoc({ id: 'a', title: null, text: 'Hello.', source }))
 */
export function createPipeline(
  names: readonly ComponentName[] = DEFAULT_COMPONENTS,
  options: PipelineOptions = {},
): Pipeline {
  const onError = options.onError ?? 'record'
  const assigned = new Set<AnnotationKey>()
  const steps: Step[] = names.map((name) => {
    const component = registry[name]
    if (!component) {
      throw new PipelineError(
        'E_UNKNOWN_COMPONENT',
        `No component named "${name}". Known: ${Object.keys(registry).join(', ')}.`,
      )
    }
    for (const requirement of component.requires) {
      if (!assigned.has(requirement)) {
        throw new PipelineError(
          'E_REQUIRES_UNMET',
          `"${name}" requires "${requirement}", which no earlier component assigns. Add a component that assigns "${requirement}" before "${name}".`,
        )
      }
    }
    assigned.add(component.assigns)
    const parsed = component.config.safeParse(options.config?.[name] ?? {})
    if (!parsed.success) {
      throw new PipelineError(
        'E_BAD_CONFIG',
        `Invalid config for "${name}": ${parsed.error.message}`,
      )
    }
    const create = component.create as (
      config: unknown,
    ) => ComponentFunction<AnnotationKey, AnnotationKey>
    return {
      name,
      requires: component.requires,
      assigns: component.assigns,
      apply: create(parsed.data),
    }
  })

  return {
    components: names,
    version: PIPELINE_VERSION,
    run(doc) {
      const spans: Record<string, unknown> = { ...doc.spans }
      const issues: DocIssue[] = [...doc.issues]
      for (const step of steps) {
        const missing = step.requires.filter((key) => spans[key] === undefined)
        if (missing.length > 0) {
          issues.push({
            component: step.name,
            code: 'skipped_missing_input',
            message: `skipped: ${missing.join(', ')} missing because an earlier component failed`,
          })
          continue
        }
        try {
          const current = { ...doc, spans, issues } as unknown as AnnotatedDoc<AnnotationKey>
          spans[step.assigns] = step.apply(current)
        } catch (error) {
          if (onError === 'throw') throw error
          issues.push({ component: step.name, code: 'component_failed', message: describe(error) })
        }
      }
      return { ...doc, spans, issues }
    },
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
