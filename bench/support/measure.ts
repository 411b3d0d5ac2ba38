/** Wall-clock and CPU time of one call, in milliseconds. */
export interface Timing {
  readonly wallMs: number
  /** User + system CPU time of this process: what the work costs on one core, whatever the machine's load. */
  readonly cpuMs: number
}

/** Times one call of `run`. */
export function measure(run: () => void): Timing {
  const cpuBefore = process.cpuUsage()
  const started = performance.now()
  run()
  const wallMs = performance.now() - started
  const cpu = process.cpuUsage(cpuBefore)
  return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000 }
}

/** The median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/** Median wall and CPU times of several contestants on the same work. */
export type Comparison<K extends string> = Record<K, { wallMs: number; cpuMs: number }>

/**
 * Runs each contestant once to warm up, then `repeats` rounds in which every contestant runs once, in turn, so
 * that a noisy neighbour on the shared machine slows all of them alike (interleaved A/B); returns medians.
 */
export function compareInterleaved<K extends string>(
  contestants: Record<K, () => void>,
  repeats: number,
  warmUp: Partial<Record<K, () => void>> = {},
): Comparison<K> {
  const names = Object.keys(contestants) as K[]
  for (const name of names) (warmUp[name] ?? contestants[name])()
  const timings = Object.fromEntries(names.map((name) => [name, [] as Timing[]])) as Record<
    K,
    Timing[]
  >
  for (let round = 0; round < repeats; round++)
    for (const name of names) timings[name].push(measure(contestants[name]))
  return Object.fromEntries(
    names.map((name) => [
      name,
      {
        wallMs: round1(median(timings[name].map((timing) => timing.wallMs))),
        cpuMs: round1(median(timings[name].map((timing) => timing.cpuMs))),
      },
    ]),
  ) as Comparison<K>
}

function round1(value: number): number {
  return Number(value.toFixed(1))
}
