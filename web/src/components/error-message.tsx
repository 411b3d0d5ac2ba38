import { ApiRequestError } from '../api/api-request-error.ts'
import type { MessageKey } from '../i18n/messages-en.ts'
import { useI18n } from '../i18n/use-i18n.ts'

// Codes the interface explains in the analyst's language; others show the server's own message.
const EXPLAINED: Readonly<Record<string, MessageKey>> = {
  network: 'error.network',
  unauthorized: 'error.unauthorized',
  forbidden: 'error.forbidden',
  not_found: 'error.not_found',
  payload_too_large: 'error.payload_too_large',
  bad_request: 'error.bad_request',
  invalid_response: 'error.invalid_response',
}

/** An API or page error, translated when its code is known, announced to screen readers. */
export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n()
  const code = error instanceof ApiRequestError ? error.code : 'default'
  const message = error instanceof Error ? error.message : String(error)
  return (
    <div className="error-message" role="alert">
      <strong>{t('error.title')}</strong>
      <p data-error-code={code}>{t(EXPLAINED[code] ?? 'error.default', { message })}</p>
      {onRetry ? (
        <button type="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  )
}
