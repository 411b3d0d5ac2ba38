import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// The zod contracts (and a few pure helpers) live in the server's source tree and are imported as they are:
// one schema per contract, never a copy.
const shared = fileURLToPath(new URL('../src', import.meta.url))

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@src': shared } },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 1200 },
  server: { proxy: { '/api': process.env.NARRASCOPE_API ?? 'http://127.0.0.1:8080' } },
})
