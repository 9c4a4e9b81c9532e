/**
 * A small line chart in plain SVG: one line per unit over the months, a legend whose entries open the
 * unit's items. No chart library: a few dozen points do not need one.
 */
const COLORS = ['#2f6fdb', '#d9822b', '#2e9e6a', '#c0392b', '#8e44ad', '#16a2b8', '#7f8c8d', '#b7950b']
const WIDTH = 560
const HEIGHT = 200
const PAD = { bottom: 28, left: 40, right: 28, top: 12 }

export type Series = { href: string; name: string; values: (null | number)[] }

export function LineChart({
  id,
  months,
  series,
  unit,
}: {
  id: string
  months: string[]
  series: Series[]
  unit: string
}) {
  const max = Math.max(1, ...series.flatMap((s) => s.values.filter((v): v is number => v !== null)))
  const x = (i: number) => PAD.left + (i * (WIDTH - PAD.left - PAD.right)) / Math.max(1, months.length - 1)
  const y = (v: number) => HEIGHT - PAD.bottom - (v / max) * (HEIGHT - PAD.top - PAD.bottom)
  const ticks = [0, max / 2, max].map((v) => Math.round(v * 10) / 10)
  return (
    <figure className="yg-chart" id={id}>
      <svg aria-label={unit} role="img" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%">
        {ticks.map((t) => (
          <g key={t}>
            <line
              stroke="currentColor"
              strokeOpacity={0.15}
              x1={PAD.left}
              x2={WIDTH - PAD.right}
              y1={y(t)}
              y2={y(t)}
            />
            <text fontSize={10} textAnchor="end" x={PAD.left - 4} y={y(t) + 3}>
              {t}
            </text>
          </g>
        ))}
        {months.map((m, i) => (
          <text fontSize={10} key={m} textAnchor="middle" x={x(i)} y={HEIGHT - 8}>
            {m}
          </text>
        ))}
        {series.map((s, si) => {
          const color = COLORS[si % COLORS.length]
          const points = s.values.flatMap((v, i) => (v === null ? [] : [`${x(i)},${y(v)}`]))
          return (
            <a href={s.href} key={s.name}>
              <title>{s.name}</title>
              <polyline fill="none" points={points.join(' ')} stroke={color} strokeWidth={2} />
              {s.values.map((v, i) =>
                v === null ? null : (
                  <circle cx={x(i)} cy={y(v)} fill={color} key={i} r={3}>
                    <title>{`${s.name} ${months[i]}：${v}${unit}`}</title>
                  </circle>
                ),
              )}
            </a>
          )
        })}
      </svg>
      <figcaption className="yg-chart__legend">
        {series.map((s, si) => (
          <a href={s.href} key={s.name}>
            <span style={{ background: COLORS[si % COLORS.length] }} />
            {s.name}
          </a>
        ))}
      </figcaption>
    </figure>
  )
}
