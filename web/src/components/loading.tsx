import { useI18n } from '../i18n/use-i18n.ts'

/** A polite "loading" notice for a region that is fetching. */
export function Loading() {
  const { t } = useI18n()
  return (
    <p className="loading" role="status">
      {t('common.loading')}
    </p>
  )
}
