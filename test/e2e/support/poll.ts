import { expect } from 'vitest'

// The browser, the server and its WebAssembly database share two busy cores: give the UI time to settle.
const SETTLE_TIMEOUT_MS = 20_000
const POLL_INTERVAL_MS = 100

/** `expect.poll` with a timeout fit for a loaded machine: retries `read` until the assertion holds. */
export function poll<T>(read: () => T | Promise<T>) {
  return expect.poll(read, { timeout: SETTLE_TIMEOUT_MS, interval: POLL_INTERVAL_MS })
}
