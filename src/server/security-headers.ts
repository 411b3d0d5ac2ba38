import type { MiddlewareHandler } from 'hono'

// The UI runs only its own scripts; article text reaches the page as data, never as markup, and this policy is
// the second wall if that ever slips. Charts insert <style> into SVG, hence 'unsafe-inline' for styles only.
const UI_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')
// API answers are data: nothing in them may run, load or be framed, even if opened directly in a browser.
const API_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox"

/** Sets the Content-Security-Policy and the other protective headers on every answer. */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next()
    const isApi = c.req.path === '/api' || c.req.path.startsWith('/api/')
    c.header('Content-Security-Policy', isApi ? API_POLICY : UI_POLICY)
    c.header('X-Content-Type-Options', 'nosniff')
    c.header('Referrer-Policy', 'no-referrer')
    c.header('X-Frame-Options', 'DENY')
    c.header('Cross-Origin-Opener-Policy', 'same-origin')
    c.header('Cross-Origin-Resource-Policy', 'same-origin')
  }
}
