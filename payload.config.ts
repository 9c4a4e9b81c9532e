/**
 * Yangguang's composition root: it only wires together what lives in collections/, channels/ and src/.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { AnnualReportInputs } from './collections/AnnualReportInputs'
import { AuditEvents } from './collections/AuditEvents'
import { ChannelAccounts } from './collections/ChannelAccounts'
import { ConsultationComments } from './collections/ConsultationComments'
import { Consultations } from './collections/Consultations'
import { Deliveries } from './collections/Deliveries'
import { DisclosureRequests } from './collections/DisclosureRequests'
import { Disclosures } from './collections/Disclosures'
import { DownstreamSites } from './collections/DownstreamSites'
import { IndexCounters } from './collections/IndexCounters'
import { Interpretations } from './collections/Interpretations'
import { Media } from './collections/Media'
import { Responses } from './collections/Responses'
import { Reviews } from './collections/Reviews'
import { SelfCheckFindings } from './collections/SelfCheckFindings'
import { SearchIndex } from './collections/SearchIndex'
import { Units } from './collections/Units'
import { Users } from './collections/Users'
import { PreflightLexicon } from './globals/PreflightLexicon'
import { SelfCheckSettings } from './globals/SelfCheckSettings'
import { SiteSettings } from './globals/SiteSettings'
import { requestIsFromAdmin } from './src/access'
import { catalogueEndpoint } from './src/catalogue/endpoint'
import { dashboardEndpoint } from './src/endpoints/dashboard'
import { wechatCallbackEndpoints } from './src/delivery/wechatCallback'
import { overdueEndpoint } from './src/endpoints/overdue'
import { annualReportEndpoints } from './src/report/endpoints'
import { selfCheckRunEndpoint } from './src/endpoints/selfCheck'
import { auditRefusedRequests } from './src/gate/auditRefusedRequests'
import { DELIVERY_QUEUE } from './src/gate/queueDelivery'
import { searchEndpoint } from './src/search/endpoint'
import { publicQueries } from './src/search/graphql'
import { databaseAdapter } from './src/lib/database'
import { consoleEmail } from './src/lib/email'
import { explainPublicErrors } from './src/lib/errors'
import { corsOrigins, databaseURL, payloadSecret, serverURL } from './src/lib/env'
import { COOKIE_PREFIX, DEFAULT_LANGUAGE } from './src/lib/language'
import { MAX_UPLOAD_BYTES } from './src/lib/uploadRules'
import { deliverItem } from './src/jobs/deliverItem'
import { notifySite } from './src/jobs/notifySite'
import { optimizeDatabase } from './src/jobs/optimizeDatabase'
import { pruneQuotaCounters } from './src/jobs/pruneQuotaCounters'
import { recoverStalledJobsTask } from './src/jobs/recoverStalledJobs'
import { runSelfCheckTask } from './src/jobs/runSelfCheck'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const origin = serverURL()

export default buildConfig({
  secret: payloadSecret(),
  serverURL: origin,
  // Cookies are honoured only from our own origin; browsers of other origins may read the API (CORS)
  // only where an operator lists them.
  csrf: [origin, ...corsOrigins()],
  cors: [origin, ...corsOrigins()],
  cookiePrefix: COOKIE_PREFIX,
  db: databaseAdapter(databaseURL(), path.resolve(dirname, 'migrations')),
  editor: lexicalEditor(),
  // Alerts print to the console until an SMTP adapter is configured (see src/lib/email.ts).
  email: consoleEmail,
  sharp,
  collections: [
    Disclosures,
    Interpretations,
    Responses,
    Consultations,
    ConsultationComments,
    DisclosureRequests,
    AnnualReportInputs,
    ChannelAccounts,
    Reviews,
    Deliveries,
    Units,
    Users,
    Media,
    IndexCounters,
    DownstreamSites,
    SearchIndex,
    AuditEvents,
    SelfCheckFindings,
  ],
  globals: [SiteSettings, PreflightLexicon, SelfCheckSettings],
  endpoints: [
    overdueEndpoint,
    selfCheckRunEndpoint,
    dashboardEndpoint,
    catalogueEndpoint,
    searchEndpoint,
    ...annualReportEndpoints,
    ...wechatCallbackEndpoints,
  ],
  admin: {
    user: Users.slug,
    avatar: 'default',
    components: {
      beforeNavLinks: ['@/components/admin/review/ReviewQueueNavLink'],
      graphics: { Icon: '@/components/admin/Icon', Logo: '@/components/admin/Logo' },
      views: {
        dashboard: { Component: '@/components/admin/dashboard/DashboardView' },
        reviewQueue: { Component: '@/components/admin/review/ReviewQueueView', path: '/review-queue' },
      },
    },
    dateFormat: 'yyyy-MM-dd HH:mm',
    importMap: {
      baseDir: dirname,
      importMapFile: path.resolve(dirname, 'src/app/(payload)/admin/importMap.js'),
    },
    meta: { titleSuffix: ' · 阳光政务公开' },
    timezones: {
      defaultTimezone: 'Asia/Shanghai',
      supportedTimezones: [{ label: '北京时间 (Asia/Shanghai)', value: 'Asia/Shanghai' }],
    },
  },
  i18n: {
    fallbackLanguage: DEFAULT_LANGUAGE,
    supportedLanguages: { en, zh },
  },
  graphQL: {
    disableIntrospectionInProduction: true,
    disablePlaygroundInProduction: true,
    maxComplexity: 1000,
    // Catalogue and Search: public queries over live items only (src/search, src/catalogue).
    queries: publicQueries,
  },
  // Deep relationship walks are a cheap way to make a server work hard: cap them.
  maxDepth: 5,
  defaultDepth: 1,
  upload: { limits: { fileSize: MAX_UPLOAD_BYTES } },
  jobs: {
    access: { cancel: requestIsFromAdmin, queue: requestIsFromAdmin, run: requestIsFromAdmin },
    // The server runs due jobs and schedules every minute; scripts and tests start no cron at all.
    autoRun:
      process.env.JOBS_AUTORUN === 'false'
        ? undefined
        : [
            { cron: '* * * * *', queue: 'nightly' },
            { cron: '* * * * *', queue: 'maintenance' },
            { cron: '* * * * *', queue: DELIVERY_QUEUE },
          ],
    tasks: [
      deliverItem,
      notifySite,
      optimizeDatabase,
      pruneQuotaCounters,
      recoverStalledJobsTask,
      runSelfCheckTask,
    ],
  },
  hooks: { afterError: [auditRefusedRequests, explainPublicErrors] },
  telemetry: false,
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
})
