import * as Plot from '@observablehq/plot'
import { useEffect, useMemo, useRef } from 'react'
import { useI18n } from '../i18n/use-i18n.ts'
import { fillMonths, monthIndex } from './fill-months.ts'
import { useElementWidth } from './use-element-width.ts'

/** One series of monthly counts; `period` is YYYY-MM. */
export interface MonthlySeries {
  readonly name: string
  readonly points: readonly { readonly period: string; readonly count: number }[]
}

const HEIGHT_PX = 220
// A corpus of a few weeks would otherwise be one bar as wide as the chart.
const MIN_MONTHS_SHOWN = 6
const MONTH_TICKS_UP_TO = 14

function monthStart(index: number): Date {
  return new Date(Date.UTC(Math.floor(index / 12), index % 12, 1))
}

/**
 * Documents per month drawn with Observable Plot: bars for one series, lines for several. The values are also
 * given as a table, for screen readers and for copying.
 */
export function TimeChart({ series, label }: { series: readonly MonthlySeries[]; label: string }) {
  const { t, formatNumber } = useI18n()
  const box = useRef<HTMLDivElement>(null)
  const width = useElementWidth(box, 600)
  const rows = useMemo(() => {
    const months = series.flatMap((one) =>
      one.points.map((point) => monthIndex(point.period)).filter((index) => index !== null),
    )
    if (months.length === 0) return []
    const last = Math.max(...months)
    const first = Math.min(Math.min(...months), last - MIN_MONTHS_SHOWN + 1)
    return series.flatMap((one) =>
      fillMonths(one.points, first, last).map((point) => ({
        series: one.name,
        date: monthStart(monthIndex(point.period)!),
        count: point.count,
        period: point.period,
      })),
    )
  }, [series])

  useEffect(() => {
    const target = box.current
    if (!target || rows.length === 0) return
    const single = series.length === 1
    const chart = Plot.plot({
      width,
      height: HEIGHT_PX,
      marginLeft: 40,
      style: { fontSize: '11px', background: 'transparent' },
      // Monthly data: one tick per month while that stays readable, Plot's own choice beyond.
      x: {
        type: 'utc',
        label: null,
        ...(rows.length / series.length <= MONTH_TICKS_UP_TO
          ? { ticks: 'month', tickFormat: '%b %Y' }
          : {}),
      },
      y: { grid: true, label: t('dashboard.count'), nice: true },
      color: single ? { range: ['#4f7fd6'] } : { legend: true, scheme: 'tableau10' },
      marks: single
        ? [
            Plot.rectY(rows, {
              x: 'date',
              y: 'count',
              interval: 'month',
              fill: '#4f7fd6',
              inset: 2,
            }),
            Plot.ruleY([0]),
            Plot.tip(
              rows,
              Plot.pointerX({
                x: 'date',
                y: 'count',
                title: (row) => `${row.period}: ${row.count}`,
              }),
            ),
          ]
        : [
            Plot.lineY(rows, {
              x: 'date',
              y: 'count',
              z: 'series',
              stroke: 'series',
              marker: 'circle',
            }),
            Plot.ruleY([0]),
            Plot.tip(
              rows,
              Plot.pointerX({
                x: 'date',
                y: 'count',
                stroke: 'series',
                title: (row) => `${row.series} · ${row.period}: ${row.count}`,
              }),
            ),
          ],
    })
    target.replaceChildren(chart)
    return () => chart.remove()
  }, [rows, series.length, width, t])

  if (rows.length === 0) return <p className="muted">{t('dashboard.noData')}</p>
  return (
    <figure className="chart" aria-label={label}>
      <div ref={box} role="img" aria-label={label} />
      <details className="chart-table">
        <summary>{t('dashboard.chartTable')}</summary>
        <table>
          <thead>
            <tr>
              {series.length > 1 ? <th scope="col">{t('dashboard.value')}</th> : null}
              <th scope="col">{t('dashboard.month')}</th>
              <th scope="col">{t('dashboard.count')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.series}:${row.period}`}>
                {series.length > 1 ? <td>{row.series}</td> : null}
                <td>{row.period}</td>
                <td>{formatNumber(row.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  )
}
