import { existsSync, readdirSync, readFileSync } from 'node:fs'

/** CPU seconds of this process: all threads, and its main thread alone (null where /proc is missing). */
export interface ProcessCpu {
  totalSeconds: number
  mainThreadSeconds: number | null
}

// utime and stime are fields 14 and 15 of /proc/<pid>/task/<tid>/stat, in clock ticks (100 per second on
// Linux); counted after the command name, which may hold spaces, they are the 12th and 13th.
const TICKS_PER_SECOND = 100

/**
 * Reads this process's CPU time, with the main thread's share: in an embedded ingest the main thread runs the
 * database (PGlite) and the worker threads analyse, so the split shows which side bounds the throughput.
 */
export function processCpu(): ProcessCpu {
  const usage = process.cpuUsage()
  const totalSeconds = (usage.user + usage.system) / 1e6
  const stat = `/proc/self/task/${process.pid}/stat`
  if (!existsSync(stat)) return { totalSeconds, mainThreadSeconds: null }
  return {
    totalSeconds,
    mainThreadSeconds: threadTicks(readFileSync(stat, 'utf8')) / TICKS_PER_SECOND,
  }
}

/** How many threads this process runs now (V8's helpers included), or null without /proc. */
export function threadCount(): number | null {
  return existsSync('/proc/self/task') ? readdirSync('/proc/self/task').length : null
}

function threadTicks(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return Number(fields[11]) + Number(fields[12])
}
