import type { z } from 'zod'
import type { AnnotationKey, Annotations } from '../contracts/annotations.ts'
import type { AnnotatedDoc } from '../doc/doc.ts'

/** What a component computes from a Doc on which its requirements are present. */
export type ComponentFunction<R extends AnnotationKey, A extends AnnotationKey> = (
  doc: AnnotatedDoc<R>,
) => Annotations[A]

/** A pipeline component: what it needs, what it assigns, and how to build it from its config. */
export interface Component<
  R extends AnnotationKey = AnnotationKey,
  A extends AnnotationKey = AnnotationKey,
  C extends z.ZodType = z.ZodType,
> {
  readonly name: string
  readonly description: string
  readonly requires: readonly R[]
  readonly assigns: A
  readonly config: C
  readonly create: (config: z.output<C>) => ComponentFunction<R, A>
}

/**
 * Declares a component; the type of `requires` becomes the type of the Doc it receives.
 * @example
 * export const sentences = defineComponent({
 *   name: 'sentences', description: 'Splits paragraphs into sentences.',
 *   requires: ['paragraphs', 'language'], assigns: 'sentences', config: z.object({}),
 *   create: () => (doc) => splitSentences(doc),
 * })
 */
export function defineComponent<
  R extends AnnotationKey,
  A extends AnnotationKey,
  C extends z.ZodType,
>(component: Component<R, A, C>): Component<R, A, C> {
  return component
}
