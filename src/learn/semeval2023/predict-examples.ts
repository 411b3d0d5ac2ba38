import { splitSentences } from '../../components/sentences/split-sentences.ts'
import { languageData } from '../../lang/index.ts'
import type { CompiledModel } from './compile-model.ts'
import { articleInput } from './document-articles.ts'
import { predictDocument } from './predict-document.ts'
import { predictTechniques } from './predict-techniques.ts'
import type { TaskExample } from './task-examples.ts'

/** The labels a shipped model assigns to each example (paragraphs grouped by article for techniques). */
export function predictExamples(
  model: CompiledModel,
  examples: readonly TaskExample[],
): string[][] {
  if (model.task !== 'techniques') {
    return examples.map((example) => {
      const { article } = example
      const prediction = predictDocument(model, articleInput(article))
      return prediction.assigned.map((label) => model.labels[label]!)
    })
  }
  const predicted: string[][] = examples.map(() => [])
  const byGroup = new Map<string, number[]>()
  examples.forEach((example, index) => {
    byGroup.set(example.group, [...(byGroup.get(example.group) ?? []), index])
  })
  for (const indexes of byGroup.values()) {
    const { article } = examples[indexes[0]!]!
    const paragraphs = indexes.map((index) => ({
      start: examples[index]!.start,
      end: examples[index]!.end,
      text: article.text.slice(examples[index]!.start, examples[index]!.end),
    }))
    const sentences = splitSentences(article.text, paragraphs, languageData(article.lang))
    const predictions = predictTechniques(model, {
      text: article.text,
      paragraphs,
      sentences,
      lang: article.lang,
    })
    indexes.forEach((index, position) => {
      predicted[index] = predictions[position]!.assigned.map((label) => model.labels[label]!)
    })
  }
  return predicted
}
