import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { graphqlOverGet, withPublicReads } from '@/public/routes'

// Public queries go through the front door (src/public); GET serves queries for HTTP caches.
export const POST = withPublicReads(config, GRAPHQL_POST(config))
export const GET = withPublicReads(config, graphqlOverGet(GRAPHQL_POST(config)))
export const OPTIONS = REST_OPTIONS(config)
