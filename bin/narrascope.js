#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx's loader, so a fresh clone needs no build step.
import { register } from 'tsx/esm/api'

register()
// A reader that stops early (`narrascope analyze … | head -n 1`) closes the pipe: that ends the output, it is
// not an error worth a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})
const { main } = await import('../src/cli/main.ts')
process.exitCode = await main(process.argv.slice(2))
