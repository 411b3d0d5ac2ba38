import { useEffect, useRef } from 'react'
import { AnalysePage } from './features/analyse/analyse-page.tsx'
import { DashboardPage } from './features/dashboard/dashboard-page.tsx'
import { ReaderPage } from './features/reader/reader-page.tsx'
import { SearchPage } from './features/search/search-page.tsx'
import type { MessageKey } from './i18n/messages-en.ts'
import { UI_LANGUAGE_NAMES, UI_LANGUAGES } from './i18n/ui-language.ts'
import { useI18n } from './i18n/use-i18n.ts'
import { AppLink } from './router/app-link.tsx'
import { matchRoute, type Route } from './router/match-route.ts'
import { useRouter } from './router/use-router.ts'

const NAV: readonly { page: Route['page']; to: string; label: MessageKey }[] = [
  { page: 'search', to: '/search', label: 'nav.search' },
  { page: 'dashboard', to: '/dashboard', label: 'nav.dashboard' },
  { page: 'analyse', to: '/analyse', label: 'nav.analyse' },
]

/** The workbench: a header with the pages and the interface language, and the current page. */
export function App() {
  const { t, language, setLanguage } = useI18n()
  const { pathname } = useRouter()
  const route = matchRoute(pathname)
  const main = useRef<HTMLElement>(null)

  // After moving to another page, keyboard and screen-reader users start at its content, not at the top.
  const previousPage = useRef(route.page)
  useEffect(() => {
    if (previousPage.current !== route.page) main.current?.focus()
    previousPage.current = route.page
  }, [route.page])

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <AppLink to="/search" className="brand">
          <span className="brand-mark" aria-hidden="true" />
          {t('app.name')}
        </AppLink>
        <nav aria-label={t('nav.main')} className="app-nav">
          <ul>
            {NAV.map((item) => (
              <li key={item.page}>
                <AppLink
                  to={item.to}
                  aria-current={
                    route.page === item.page ||
                    (item.page === 'search' && route.page === 'document')
                      ? 'page'
                      : undefined
                  }
                >
                  {t(item.label)}
                </AppLink>
              </li>
            ))}
          </ul>
        </nav>
        <fieldset className="language-switch">
          <legend className="visually-hidden">{t('app.language')}</legend>
          {UI_LANGUAGES.map((code) => (
            <button
              key={code}
              type="button"
              lang={code}
              aria-label={UI_LANGUAGE_NAMES[code]}
              aria-pressed={language === code}
              onClick={() => setLanguage(code)}
            >
              {code.toUpperCase()}
            </button>
          ))}
        </fieldset>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <Page route={route} />
      </main>
    </>
  )
}

function Page({ route }: { route: Route }) {
  const { t } = useI18n()
  switch (route.page) {
    case 'search':
      return <SearchPage />
    case 'document':
      return <ReaderPage key={route.storeId} storeId={route.storeId} />
    case 'dashboard':
      return <DashboardPage />
    case 'analyse':
      return <AnalysePage />
    case 'not-found':
      return <p className="empty">{t('error.not_found')}</p>
  }
}
