import { getTranslation } from '@payloadcms/translations'
import { Gutter } from '@payloadcms/ui'
import type { NavGroupType } from '@payloadcms/ui/shared'
import Link from 'next/link'
import type { AdminViewServerProps } from 'payload'

import { formatTime, PLATFORM_LABELS, STATE_LABELS } from '@/components/admin/review/api'
import ReviewQueueBanner from '@/components/admin/review/ReviewQueueBanner'
import { type Dashboard, gatherDashboard } from '@/dashboard/gather'
import { formatDeadlineZh } from '@/lib/statutoryClocks'

import styles from './Dashboard.module.scss'
import { LineChart } from './LineChart'
import RunSelfCheckButton from './RunSelfCheckButton'

const SEVERITY = { high: '严重', low: '轻微', medium: '一般' } as Record<string, string>
const FINDINGS_SHOWN = 8
const FILING = { cancelled: '注销', changed: '变更', opened: '开设', suspended: '关停' } as Record<
  string,
  string
>

function Section({
  children,
  count,
  id,
  title,
}: {
  children: React.ReactNode
  count?: number
  id: string
  title: string
}) {
  return (
    <section className={styles.card} id={id}>
      <h2 className={styles.cardTitle}>
        {title}
        {count !== undefined ? <span className={styles.count}>{count}</span> : null}
      </h2>
      {children}
    </section>
  )
}

const Empty = ({ children }: { children: React.ReactNode }) => <p className={styles.empty}>{children}</p>

function Deadlines({ entries, empty }: { empty: string; entries: Dashboard['deadlines']['overdue'] }) {
  if (!entries.length) return <Empty>{empty}</Empty>
  return (
    <ul className={styles.list}>
      {entries.map((e) => (
        <li key={`${e.collection}-${e.id}`}>
          <Link href={e.href}>{e.title}</Link>
          <span className={styles.meta}>
            {e.kind} · {formatDeadlineZh(e.dueAt)}
          </span>
        </li>
      ))}
    </ul>
  )
}

/** 工作台: the admin home, replacing Payload's list of collections with what needs attention today. */
export default async function DashboardView(props: AdminViewServerProps & { navGroups?: NavGroupType[] }) {
  const { initPageResult, navGroups = [] } = props
  const { req } = initPageResult
  if (!req.user?.roles?.length) return null
  const data = await gatherDashboard(req)
  const { counts } = data.findings
  return (
    <Gutter className={styles.dashboard}>
      <header className={styles.header}>
        <h1 id="yg-dashboard-title">工作台</h1>
        <p className={styles.lead}>
          {data.admin ? '全局视图：全局各单位的待办与自查问题。' : '本单位的待办与自查问题。'}
        </p>
      </header>
      <div className={styles.grid}>
        <Section count={data.reviewQueue.length} id="yg-dash-queue" title="待我审核">
          <ReviewQueueBanner />
          {data.reviewQueue.length ? (
            <ul className={styles.list}>
              {data.reviewQueue.map((t) => (
                <li key={t.id}>
                  <Link href={t.href}>{t.title}</Link>
                  <span className={styles.meta}>
                    {t.stage} · {formatTime(t.submittedAt)}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <Empty>暂无等待您签署的稿件。</Empty>
          )}
        </Section>

        <Section count={counts.high + counts.medium + counts.low} id="yg-dash-findings" title="自查问题">
          <div className={styles.severities}>
            {(['high', 'medium', 'low'] as const).map((s) => (
              <Link
                className={`${styles.severity} ${styles[s]}`}
                href={`/admin/collections/self-check-findings?where[state][equals]=open&where[severity][equals]=${s}`}
                key={s}
              >
                <strong>{counts[s]}</strong>
                {SEVERITY[s]}
              </Link>
            ))}
          </div>
          {data.admin ? <RunSelfCheckButton /> : null}
          {data.findings.blankColumns ? (
            <p className={styles.more} id="yg-dash-blank-columns">
              <Link href="/admin/collections/self-check-findings?where[state][equals]=open&where[kind][equals]=blank_column">
                空白栏目 {data.findings.blankColumns} 个
              </Link>
              ：没有任何已发布信息的栏目（全局问题，由管理员处理）
            </p>
          ) : null}
          {data.findings.items.length ? (
            <ul className={styles.list}>
              {data.findings.items.slice(0, FINDINGS_SHOWN).map((f) => (
                <li className="yg-dash-finding" key={f.id}>
                  <span className={`${styles.badge} ${styles[f.severity]}`}>{SEVERITY[f.severity]}</span>
                  <Link className="yg-dash-finding__target" href={f.targetHref}>
                    {f.message}
                  </Link>
                  <Link className={styles.meta} href={f.href}>
                    详情
                  </Link>
                </li>
              ))}
            </ul>
          ) : data.findings.blankColumns ? null : (
            <Empty>没有未解决的自查问题。</Empty>
          )}
          {counts.high + counts.medium + counts.low ? (
            <p className={styles.more}>
              <Link href="/admin/collections/self-check-findings?where[state][equals]=open">
                查看全部未解决问题
              </Link>
            </p>
          ) : null}
        </Section>

        <Section count={data.deadlines.overdue.length} id="yg-dash-overdue" title="已逾期">
          <Deadlines empty="没有逾期事项。" entries={data.deadlines.overdue} />
        </Section>

        <Section count={data.deadlines.dueThisWeek.length} id="yg-dash-due" title="7日内到期">
          <Deadlines empty="7日内没有到期事项。" entries={data.deadlines.dueThisWeek} />
        </Section>

        <Section count={data.deliveries.length} id="yg-dash-deliveries" title="投递失败或待确认">
          {data.deliveries.length ? (
            <ul className={styles.list}>
              {data.deliveries.map((d) => (
                <li key={d.id}>
                  <Link href={d.href}>{d.title}</Link>
                  <span className={styles.meta}>
                    {PLATFORM_LABELS[d.platform] ?? d.platform} · {STATE_LABELS[d.state] ?? d.state}
                    {d.lastError ? ` · ${d.lastError.slice(0, 60)}` : ''}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <Empty>投递均正常。</Empty>
          )}
        </Section>

        <Section id="yg-dash-channels" title="渠道账号">
          {data.channels.length ? (
            <table className={styles.table}>
              <thead>
                <tr>
                  <th>账号</th>
                  <th>备案</th>
                  <th>最近送达</th>
                  <th>30日失败</th>
                  <th>待确认</th>
                </tr>
              </thead>
              <tbody>
                {data.channels.map((c) => (
                  <tr key={c.id}>
                    <td>
                      <Link href={c.href}>{c.name}</Link>
                      <span className={styles.meta}>{PLATFORM_LABELS[c.platform] ?? c.platform}</span>
                    </td>
                    <td>{FILING[c.filingStatus] ?? c.filingStatus}</td>
                    <td>{c.lastDeliveredAt ? formatTime(c.lastDeliveredAt) : '从未送达'}</td>
                    <td className={c.failures ? styles.bad : undefined}>{c.failures}</td>
                    <td className={c.unconfirmed ? styles.bad : undefined}>{c.unconfirmed}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <Empty>本单位未开设渠道账号。</Empty>
          )}
        </Section>
      </div>

      <div className={styles.charts}>
        <Section id="yg-dash-publications" title="各单位发布量（条/月）">
          <LineChart
            id="yg-chart-publications"
            months={data.chart.months}
            series={data.chart.series.map((s) => ({ href: s.href, name: s.unit, values: s.publications }))}
            unit="条"
          />
        </Section>
        <Section id="yg-dash-response-times" title="各单位回应关切平均用时（小时）">
          <LineChart
            id="yg-chart-response-times"
            months={data.chart.months}
            series={data.chart.series.map((s) => ({
              href: s.href.replace('/disclosures', '/responses'),
              name: s.unit,
              values: s.responseHours,
            }))}
            unit="小时"
          />
        </Section>
      </div>

      {/* What Payload's own home listed: every collection and setting this person may open. */}
      <nav aria-label="内容与设置" className={styles.entities} id="yg-dash-entities">
        {navGroups.map((group) => (
          <section key={group.label}>
            <h3>{group.label}</h3>
            {group.entities.map((entity) => (
              <Link href={`/admin/${entity.type}/${entity.slug}`} key={entity.slug}>
                {getTranslation(entity.label, req.i18n)}
              </Link>
            ))}
          </section>
        ))}
      </nav>
    </Gutter>
  )
}
