import { type FormEvent, useId, useState } from 'react'
import { useAnalyseMutation } from '../../api/use-analyse-mutation.ts'
import { useToken } from '../../api/use-token.ts'
import { useUploadMutation } from '../../api/use-upload-mutation.ts'
import { ErrorMessage } from '../../components/error-message.tsx'
import { HeadingText } from '../../components/heading-text.tsx'
import type { MessageKey } from '../../i18n/messages-en.ts'
import { useI18n } from '../../i18n/use-i18n.ts'
import { AppLink } from '../../router/app-link.tsx'
import { useRouter } from '../../router/use-router.ts'
import { DocumentView } from '../reader/document-view.tsx'

const MODES = ['paste', 'url', 'upload'] as const
type Mode = (typeof MODES)[number]
const UPLOAD_TYPES = '.txt,.md,.markdown,.html,.htm,.json,.jsonl,.xml,.rss,.atom'

/** Paste a text, give a URL or upload a file, and see the analysis (stored in the corpus when asked). */
export function AnalysePage() {
  const { t } = useI18n()
  const { navigate } = useRouter()
  const [mode, setMode] = useState<Mode>('paste')
  const [title, setTitle] = useState('')
  const [text, setText] = useState('')
  const [url, setUrl] = useState('')
  const [file, setFile] = useState<File | null>(null)
  const [store, setStore] = useState(false)
  const [token, setToken] = useToken()
  const [missingInput, setMissingInput] = useState(false)
  const analyse = useAnalyseMutation()
  const upload = useUploadMutation()
  const ids = {
    title: useId(),
    text: useId(),
    url: useId(),
    file: useId(),
    token: useId(),
    help: useId(),
  }
  const needsToken = store || mode === 'upload'
  const running = analyse.isPending || upload.isPending

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const given = mode === 'paste' ? text.trim() : mode === 'url' ? url.trim() : file
    setMissingInput(!given)
    if (!given) return
    analyse.reset()
    upload.reset()
    if (mode === 'upload' && file) {
      upload.mutate(
        { file, token },
        {
          // One stored document: open it in the reader, which is what "see it analysed" means here.
          onSuccess: (result) => {
            const stored = result.documents ?? []
            if (stored.length === 1) navigate(`/documents/${stored[0]!.storeId}`)
          },
        },
      )
      return
    }
    const input = mode === 'paste' ? { text } : { url: url.trim() }
    analyse.mutate({
      request: { ...input, ...(title.trim() ? { title: title.trim() } : {}), store },
      token,
    })
  }

  return (
    <div className="analyse-layout">
      <section className="panel" aria-labelledby="analyse-title">
        <h1 id="analyse-title" className="page-title">
          {t('analyse.title')}
        </h1>
        <p className="muted">{t('analyse.intro')}</p>
        <form className="analyse-form" onSubmit={submit} aria-busy={running}>
          <fieldset className="mode-switch">
            <legend className="visually-hidden">{t('analyse.mode')}</legend>
            {MODES.map((option) => (
              <label key={option} className="mode-option">
                <input
                  type="radio"
                  name="mode"
                  value={option}
                  checked={mode === option}
                  onChange={() => setMode(option)}
                />
                {t(`analyse.${option}` as MessageKey)}
              </label>
            ))}
          </fieldset>
          {mode === 'paste' ? (
            <>
              <label htmlFor={ids.title}>
                {t('analyse.articleTitle')}
                <input
                  id={ids.title}
                  type="text"
                  value={title}
                  onChange={(event) => setTitle(event.target.value)}
                />
              </label>
              <label htmlFor={ids.text}>
                {t('analyse.text')}
                <textarea
                  id={ids.text}
                  value={text}
                  onChange={(event) => setText(event.target.value)}
                />
              </label>
            </>
          ) : null}
          {mode === 'url' ? (
            <label htmlFor={ids.url}>
              {t('analyse.urlField')}
              <input
                id={ids.url}
                type="url"
                value={url}
                placeholder="https://"
                onChange={(event) => setUrl(event.target.value)}
              />
            </label>
          ) : null}
          {mode === 'upload' ? (
            <label htmlFor={ids.file}>
              {t('analyse.file')}
              <input
                id={ids.file}
                type="file"
                accept={UPLOAD_TYPES}
                onChange={(event) => setFile(event.target.files?.[0] ?? null)}
              />
            </label>
          ) : null}
          <div className="row">
            {mode === 'upload' ? null : (
              <label className="check">
                <input
                  type="checkbox"
                  checked={store}
                  onChange={(event) => setStore(event.target.checked)}
                />
                {t('analyse.store')}
              </label>
            )}
          </div>
          {needsToken ? (
            <label htmlFor={ids.token}>
              {t('analyse.token')}
              <input
                id={ids.token}
                type="password"
                value={token}
                autoComplete="off"
                aria-describedby={ids.help}
                onChange={(event) => setToken(event.target.value.trim())}
              />
              <span id={ids.help} className="help">
                {t('analyse.tokenHelp')}
              </span>
            </label>
          ) : null}
          <div className="row">
            <button type="submit" className="primary" disabled={running}>
              {running
                ? t('analyse.running')
                : mode === 'upload'
                  ? t('analyse.submitUpload')
                  : t('analyse.submit')}
            </button>
            {missingInput ? (
              <span role="alert" className="muted">
                {t('analyse.needInput')}
              </span>
            ) : null}
          </div>
        </form>
        {analyse.isError ? <ErrorMessage error={analyse.error} /> : null}
        {upload.isError ? <ErrorMessage error={upload.error} /> : null}
        {upload.data ? (
          <div className="notice" role="status">
            <p>
              {t('analyse.uploaded', {
                count: upload.data.stored,
                skipped: upload.data.skipped,
                failed: upload.data.failed,
              })}
            </p>
            <ul>
              {(upload.data.documents ?? []).map((document) => (
                <li key={document.storeId}>
                  <AppLink to={`/documents/${document.storeId}`}>
                    <HeadingText heading={document.heading} />
                  </AppLink>
                </li>
              ))}
              {upload.data.errors.map((error) => (
                <li key={`${error.input}:${error.code}`}>
                  {t('analyse.failed', { input: error.input, message: error.message })}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {analyse.data?.storeId != null ? (
          <p className="notice" role="status">
            {t('analyse.stored', { storeId: analyse.data.storeId })}{' '}
            <AppLink to={`/documents/${analyse.data.storeId}`}>{t('analyse.open')}</AppLink>
          </p>
        ) : null}
      </section>
      {analyse.data ? (
        <section aria-label={t('analyse.result')}>
          <DocumentView document={analyse.data.document} claims={analyse.data.claims} />
        </section>
      ) : null}
    </div>
  )
}
