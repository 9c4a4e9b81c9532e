import { withPayload } from '@payloadcms/next/withPayload'

/** Headers every response carries: no framing by other sites, no MIME sniffing, no referrer leaks. */
const securityHeaders = [
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
]

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // jieba (search) is a native addon: load it from node_modules rather than bundling it.
  serverExternalPackages: ['@node-rs/jieba'],
  // `npm test` type-checks the whole repository (tsc --noEmit); checking again here only slows builds.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
