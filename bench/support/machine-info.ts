import { cpus, loadavg, totalmem } from 'node:os'

/** The machine a result was measured on, with its load: figures taken under load are provisional. */
export function machineInfo(): {
  cpus: number
  cpuModel: string
  memoryGiB: number
  node: string
  loadAverage1m: number
} {
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    loadAverage1m: Number((loadavg()[0] ?? 0).toFixed(2)),
  }
}
