import type { AddressInfo } from 'node:net'
import { type ServerType, serve } from '@hono/node-server'
import { createApp } from './app.ts'
import type { AppOptions } from './app-options.ts'

/** A listening server: its address and how to stop it. */
export interface RunningServer {
  url: string
  port: number
  server: ServerType
  /** Stops accepting connections, waits for open requests, stops the analysis threads. */
  close(): Promise<void>
}

// Slow-loris guard: headers must arrive within this; the whole request within the app's timeout plus a margin.
const HEADERS_TIMEOUT_MS = 20_000
const KEEP_ALIVE_TIMEOUT_MS = 5_000

/**
 * Starts the app on a host and port (0: any free port) with Node's HTTP server.
 * @example
 * const running = await startServer({ store, token }, { host: '127.0.0.1', port: 8080 })
 */
export async function startServer(
  options: AppOptions,
  listen: { host: string; port: number },
): Promise<RunningServer> {
  const { app, close } = createApp(options)
  const requestTimeoutMs = (options.requestTimeoutMs ?? 120_000) + 5_000
  const server = await new Promise<ServerType>((resolve, reject) => {
    const started = serve(
      {
        fetch: app.fetch,
        hostname: listen.host,
        port: listen.port,
        serverOptions: {
          headersTimeout: HEADERS_TIMEOUT_MS,
          requestTimeout: requestTimeoutMs,
          keepAliveTimeout: KEEP_ALIVE_TIMEOUT_MS,
        },
      },
      () => resolve(started),
    )
    started.once('error', reject)
  })
  const address = server.address() as AddressInfo
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address
  return {
    url: `http://${host}:${address.port}`,
    port: address.port,
    server,
    async close() {
      await new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      )
      await close()
    },
  }
}
