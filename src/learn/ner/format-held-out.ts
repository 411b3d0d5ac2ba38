import { formatScores } from './format-scores.ts'
import type { NerLanguageRun } from './train-ner-language.ts'

/** The held-out score tables of a training run, in both token views, as `npm run train` and the CLI print them. */
export function formatHeldOut(run: NerLanguageRun): string {
  if (!run.test) return `ner ${run.lang}: no sentences held out, no test scores`
  return [
    `ner ${run.lang}: held-out ${run.sentences.test} sentences, CoNLL tokens`,
    formatScores(run.test.conll),
    `ner ${run.lang}: held-out ${run.sentences.test} sentences, our tokenizer`,
    formatScores(run.test.tokenizer),
  ].join('\n')
}
