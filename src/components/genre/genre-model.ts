import { type CompiledModel, loadModel } from '../../learn/semeval2023/compile-model.ts'

/** Where the trained artefact lives, relative to this module. */
const MODEL_URL = new URL('../../../models/genre.json', import.meta.url)

let bundled: CompiledModel | undefined

/** The bundled genre model, loaded and unpacked on first use and kept for the life of the process. */
export function genreModel(): CompiledModel {
  bundled ??= loadModel(MODEL_URL)
  return bundled
}
