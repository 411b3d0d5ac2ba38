import type { SemevalArticle, SemevalSplit, TechniqueEvidence } from './read-semeval-split.ts'

/** The three tasks of SemEval-2023 Task 3, by the layer they fill. */
export type SemevalTask = 'genre' | 'frames' | 'techniques'

/** One item to classify: an article (genre, frames) or a paragraph (techniques), with its gold labels. */
export interface TaskExample {
  /** The article: folds never split one. */
  readonly group: string
  readonly lang: string
  readonly article: SemevalArticle
  /** UTF-16 range of the item in the article text (the whole text for article tasks). */
  readonly start: number
  readonly end: number
  /** Index of the paragraph among the article's classified paragraphs (0 for article tasks). */
  readonly position: number
  readonly labels: readonly string[]
  readonly evidence: readonly TechniqueEvidence[]
}

/** The labelled items of one task across splits, in a fixed order (language, article id, line). */
export function taskExamples(splits: readonly SemevalSplit[], task: SemevalTask): TaskExample[] {
  const examples: TaskExample[] = []
  for (const split of splits) {
    if (task === 'genre') {
      for (const { article, label } of split.genre)
        examples.push(articleExample(article, label === null ? [] : [label]))
    } else if (task === 'frames') {
      for (const { article, labels } of split.frames)
        examples.push(articleExample(article, labels ?? []))
    } else {
      for (const { article, paragraphs } of split.techniques) {
        paragraphs.forEach((paragraph, position) => {
          examples.push({
            group: `${article.lang}:${article.id}`,
            lang: article.lang,
            article,
            start: paragraph.start,
            end: paragraph.end,
            position,
            labels: paragraph.labels ?? [],
            evidence: paragraph.evidence,
          })
        })
      }
    }
  }
  return examples
}

function articleExample(article: SemevalArticle, labels: readonly string[]): TaskExample {
  return {
    group: `${article.lang}:${article.id}`,
    lang: article.lang,
    article,
    start: 0,
    end: article.text.length,
    position: 0,
    labels,
    evidence: [],
  }
}

/** The text of an example. */
export function exampleText(example: TaskExample): string {
  return example.article.text.slice(example.start, example.end)
}
