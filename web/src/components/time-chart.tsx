import * as Plot from '@observablehq/plot'
import { useEffect, useMemo, useRef } from 'react'
import { useI18n } from '../i18n/use-i18n.ts'
import { type Interval, type PeriodCount, periodRange, periodStart } from './periods.ts'
import { useElementWidth } from './use-element-width.ts'

/** One series of counts per period. */
export interface TimeSeries {
  readonly name: string
  readonly points: readonly PeriodCount[]
}

const HEIGHT_PX = 220
const MIN_PERIODS: Readonly<Record<Interval, number>> = { day: 7, week: 6, month: 6 }
// Plot's names for the same buckets; ISO weeks start on Monday.
const PLOT_INTERVAL = { day: 'day', week: 'monday', month: 'month' } as const
const TICK_FORMAT: Readonly<Record<Interval, string>> = {
  day: '%d %b',
  week: '%d %b',
  month: '%b %Y',
}
// Up to this many periods every period gets a tick; beyond, Plot picks.
const TICK_EVERY_PERIOD_UP_TO = 14

/**
 * Documents per period drawn with Observable Plot: bars for one series, lines for several. The values are also
 * given as a table, for screen readers and for copying.
 */
export function TimeChart({
  series,
  label,
  interval,
}: {
  series: readonly TimeSeries[]
  label: string
  interval: Interval
}) {
  const { t, formatNumber } = useI18n()
  const box = useRef<HTMLDivElement>(null)
  const width = useElementWidth(box, 600)
  const { rows, periods } = useMemo(() => {
    const range = periodRange(
      series.flatMap((one) => one.points.map((point) => point.period)),
      interval,
      MIN_PERIODS[interval],
    )
    const rows = series.flatMap((one) => {
      const counts = new Map<number, number>()
      for (const point of one.points) {
        const start = periodStart(point.period)
        if (start) counts.set(start.getTime(), (counts.get(start.getTime()) ?? 0) + point.count)
      }
      return range.map((date) => ({
        series: one.name,
        date,
        period: date.toISOString().slice(0, interval === 'month' ? 7 : 10),
        count: counts.get(date.getTime()) ?? 0,
      }))
    })
    return { rows, periods: range.length }
  }, [series, interval])

  useEffect(() => {
    const target = box.current
    if (!target || rows.length === 0) return
    const single = series.length === 1
    const tip = Plot.tip(
      rows,
      Plot.pointerX({
        x: 'date',
        y: 'count',
        title: (row) => `${single ? '' : `${row.series} · `}${row.period}: ${row.count}`,
      }),
    )
    const chart = Plot.plot({
      width,
      height: HEIGHT_PX,
      marginLeft: 40,
      style: { fontSize: '11px', background: 'transparent' },
      x: {
        type: 'utc',
        label: null,
        tickFormat: TICK_FORMAT[interval],
        ...(periods <= TICK_EVERY_PERIOD_UP_TO ? { ticks: PLOT_INTERVAL[interval] } : {}),
      },
      y: { grid: true, label: t('dashboard.count'), nice: true },
      color: single ? { range: ['#4f7fd6'] } : { legend: true, scheme: 'tableau10' },
      marks: [
        single
          ? Plot.rectY(rows, {
              x: 'date',
              y: 'count',
              interval: PLOT_INTERVAL[interval],
              fill: '#4f7fd6',
              inset: 2,
            })
          : Plot.lineY(rows, {
              x: 'date',
              y: 'count',
              z: 'series',
              stroke: 'series',
              marker: 'circle',
            }),
        Plot.ruleY([0]),
        tip,
      ],
    })
    target.replaceChildren(chart)
    return () => chart.remove()
  }, [rows, periods, series.length, width, interval, t])

  if (rows.length === 0) return <p className="muted">{t('dashboard.noData')}</p>
  return (
    <figure className="chart">
      <div ref={box} role="img" aria-label={label} />
      <details className="chart-table">
        <summary>{t('dashboard.chartTable')}</summary>
        <table>
          <thead>
            <tr>
              {series.length > 1 ? <th scope="col">{t('dashboard.value')}</th> : null}
              <th scope="col">{t('dashboard.period')}</th>
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
