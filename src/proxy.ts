import { NextResponse, type NextRequest } from 'next/server'

import { DEFAULT_LANGUAGE, LANGUAGE_COOKIE } from '@/lib/language'

/**
 * Payload would follow the browser's Accept-Language, so an English browser would get an English admin.
 * Yangguang's users are Chinese editors: without a saved choice the language is Chinese. The cookie is
 * set on this request too, so even the very first page is rendered in Chinese.
 */
export function proxy(request: NextRequest) {
  if (request.cookies.has(LANGUAGE_COOKIE)) return NextResponse.next()
  request.cookies.set(LANGUAGE_COOKIE, DEFAULT_LANGUAGE)
  const response = NextResponse.next({ request: { headers: request.headers } })
  response.cookies.set(LANGUAGE_COOKIE, DEFAULT_LANGUAGE, {
    maxAge: 365 * 24 * 60 * 60,
    path: '/',
    sameSite: 'lax',
  })
  return response
}

export const config = { matcher: ['/admin/:path*', '/api/:path*'] }
