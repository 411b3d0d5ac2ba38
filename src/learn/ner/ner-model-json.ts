import type { NerLanguageRun } from './train-ner-language.ts'

/** The artefact of a training run as written to models/ner-LANG.json (one line of JSON), by the CLI and `npm run train`. */
export function nerModelJson(run: NerLanguageRun): string {
  return `${JSON.stringify(run.model.file)}\n`
}
