import { openStore } from '../store/open-store.ts'
import type { Store } from '../store/store.ts'
import { StoreError } from '../store/store-error.ts'
import { CliError } from './cli-error.ts'

/** Opens an existing store for a verb, turning a store error (missing, locked, unreachable) into exit code 1. */
export async function openStoreOrExplain(location: string): Promise<Store> {
  try {
    return await openStore(location, { mustExist: true })
  } catch (error) {
    if (error instanceof StoreError) throw new CliError(error.message, 1)
    throw error
  }
}
