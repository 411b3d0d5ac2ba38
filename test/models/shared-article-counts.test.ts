import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { frameModel } from '../../src/components/frames/frame-model.ts'
import { genreModel } from '../../src/components/genre/genre-model.ts'
import { techniqueModel } from '../../src/components/techniques/technique-model.ts'
import { recallParagraphCounts } from '../../src/learn/semeval2023/article-counts-cache.ts'
import { predictDocument } from '../../src/learn/semeval2023/predict-document.ts'
import { predictTechniques } from '../../src/learn/semeval2023/predict-techniques.ts'
import type { ArticleInput } from '../../src/learn/semeval2023/scan-article.ts'
import { analyzeText } from '../support/analyze-text.ts'

// Frames and genre read the paragraph counts that the technique model left for the same article instead of
// scanning it again: what they predict must not depend on whether the counts were shared.
function analysedInput(name: string): ArticleInput {
  const path = fileURLToPath(new URL(`../../examples/${name}`, import.meta.url))
  const doc = analyzeText(readFileSync(path, 'utf8'), name)
  return {
    text: doc.text,
    paragraphs: doc.paragraphs ?? [],
    sentences: doc.sentences ?? [],
    lang: doc.language?.code ?? null,
  }
}

describe('paragraph counts shared from the technique model to the frame model', () => {
  test('are kept for the very article the technique model read, and frames predict the same with them', () => {
    // Sharing needs the same feature configuration (task-configs.ts): if they part, this says so.
    expect(frameModel().featureKey).toBe(techniqueModel().featureKey)
    // Genre weighs its style block more (block weights only scale counts): it still reads the same counts.
    expect(genreModel().features.blockWeights).not.toEqual(techniqueModel().features.blockWeights)
    expect(genreModel().featureKey).toBe(techniqueModel().featureKey)
    const input = analysedInput('fr-fil-traduit-republie.txt')
    // Equal lists that are not the same objects: nothing kept applies, the frame model scans for itself.
    const copy = { ...input, paragraphs: [...input.paragraphs], sentences: [...input.sentences] }
    const scanned = predictDocument(frameModel(), copy)
    predictTechniques(techniqueModel(), input)
    expect(recallParagraphCounts(input, techniqueModel().featureKey)).not.toBeNull()
    expect(recallParagraphCounts(copy, techniqueModel().featureKey)).toBeNull()
    const shared = predictDocument(frameModel(), input)
    expect(Array.from(shared.probabilities)).toEqual(Array.from(scanned.probabilities))
    expect(shared.assigned).toEqual(scanned.assigned)
    for (const label of shared.assigned)
      expect(Array.from(shared.paragraphScores(label))).toEqual(Array.from(scanned.paragraphScores(label)))
    expect(shared.assigned.length).toBeGreaterThan(0)
  })
})
