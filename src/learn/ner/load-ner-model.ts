import { existsSync, readFileSync } from 'node:fs'
import type { CompiledTagger } from './compiled-tagger.ts'
import type { NerModelFile } from './ner-model-file.ts'
import { unpackModel } from './pack-model.ts'

const MODELS_DIR = new URL('../../../models/', import.meta.url)
const loaded = new Map<string, CompiledTagger | null>()

/** Where the shipped tagger of a language lives: models/ner-LANG.json. */
export function nerModelUrl(lang: string): URL {
  return new URL(`ner-${lang}.json`, MODELS_DIR)
}

/** The shipped tagger of a language (read and unpacked once), or null when we ship none for it. */
export function loadNerModel(lang: string): CompiledTagger | null {
  const known = loaded.get(lang)
  if (known !== undefined) return known
  const url = nerModelUrl(lang)
  const tagger = /^[a-z]{2,3}$/u.test(lang) && existsSync(url) ? readNerModel(url) : null
  loaded.set(lang, tagger)
  return tagger
}

/** Reads and unpacks a tagger artefact, failing loudly when the file is not one. */
export function readNerModel(path: string | URL): CompiledTagger {
  const file = JSON.parse(readFileSync(path, 'utf8')) as NerModelFile
  if (file.format !== 'narrascope-ner' || file.version !== 1)
    throw new Error(
      `${String(path)} is not a Narrascope NER model (format "${file.format}", version ${file.version}); rebuild it with "npm run train -- ner".`,
    )
  return unpackModel(file)
}
