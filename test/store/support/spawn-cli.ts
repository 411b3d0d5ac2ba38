import { type ChildProcess, spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const BIN = fileURLToPath(new URL('../../../bin/narrascope.js', import.meta.url))

/** A running narrascope process whose JSON lines on stdout are collected as they arrive. */
export interface CliProcess {
  child: ChildProcess
  events: Record<string, unknown>[]
  stderr: () => string
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>
  /** Resolves once `predicate` holds for the events seen so far. */
  until(predicate: (events: Record<string, unknown>[]) => boolean): Promise<void>
}

/** Starts `narrascope <args>` in a child process; lines of stdout that parse as JSON become events. */
export function spawnCli(args: string[]): CliProcess {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
  const events: Record<string, unknown>[] = []
  const waiters: (() => void)[] = []
  let stdoutRest = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => {
    const lines = (stdoutRest + chunk.toString('utf8')).split('\n')
    stdoutRest = lines.pop() ?? ''
    for (const line of lines) {
      if (line.startsWith('{')) events.push(JSON.parse(line) as Record<string, unknown>)
    }
    for (const wake of waiters.splice(0)) wake()
  })
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8')
  })
  const exited = new Promise<number | null>((resolve) => {
    child.on('close', (code) => {
      for (const wake of waiters.splice(0)) wake()
      resolve(code)
    })
  })
  let hasExited = false
  void exited.then(() => {
    hasExited = true
  })
  return {
    child,
    events,
    stderr: () => stderr,
    exited,
    async until(predicate) {
      while (!predicate(events)) {
        if (hasExited) throw new Error(`narrascope ${args.join(' ')} exited first:\n${stderr}`)
        await new Promise<void>((resolve) => waiters.push(resolve))
      }
    },
  }
}

/** The inputs acknowledged (committed) in the commit events seen so far. */
export function acknowledgedInputs(events: Record<string, unknown>[]): string[] {
  return events
    .filter((event) => event.event === 'commit')
    .flatMap((event) => event.stored as string[])
}
