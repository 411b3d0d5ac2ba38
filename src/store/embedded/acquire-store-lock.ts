import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { StoreError } from '../store-error.ts'

/** The lock file's name inside a store folder. */
export const LOCK_FILE = 'narrascope.lock'

interface LockOwner {
  pid: number
  host: string
  since: string
}

/** A held lock on a store folder; release it when the store closes. */
export interface StoreLock {
  release(): void
}

/**
 * Takes the store folder's lock file, since only one process may open an embedded database at a time. A lock
 * left by a process that no longer runs on this machine (killed, crashed) is taken over.
 * @example
 * const lock = acquireStoreLock('./narrascope-data') // throws StoreError('store_locked') if in use
 */
export function acquireStoreLock(dir: string): StoreLock {
  mkdirSync(dir, { recursive: true })
  const path = join(dir, LOCK_FILE)
  const owner: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString() }
  if (!tryCreate(path, owner)) {
    const holder = readOwner(path)
    if (holder && isAlive(holder)) {
      throw new StoreError(
        'store_locked',
        `the store at ${dir} is in use by another process (pid ${holder.pid} on ${holder.host}, since ${holder.since}). Wait for it to finish, or use PostgreSQL (--db postgres://…) to share a corpus between processes. If no such process runs, delete ${path}.`,
      )
    }
    // The holder is gone (SIGKILL, crash, power loss): its lock is stale.
    unlinkSync(path)
    if (!tryCreate(path, owner)) {
      throw new StoreError(
        'store_locked',
        `the store at ${dir} is in use by another process that just opened it`,
      )
    }
  }
  const releaseOnExit = () => release()
  process.once('exit', releaseOnExit)
  let released = false
  function release(): void {
    if (released) return
    released = true
    process.off('exit', releaseOnExit)
    if (readOwner(path)?.pid === process.pid) unlinkSync(path)
  }
  return { release }
}

function tryCreate(path: string, owner: LockOwner): boolean {
  let fd: number
  try {
    fd = openSync(path, 'wx')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw error
  }
  try {
    writeSync(fd, JSON.stringify(owner))
  } finally {
    closeSync(fd)
  }
  return true
}

function readOwner(path: string): LockOwner | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as LockOwner
  } catch {
    // Missing, or half-written by a process killed between create and write: nobody usable holds it.
    return null
  }
}

function isAlive(owner: LockOwner): boolean {
  // A process on another machine (a shared folder) cannot be checked from here: assume it runs.
  if (owner.host !== hostname()) return true
  if (owner.pid === process.pid) return true
  try {
    process.kill(owner.pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
