/**
 * Weibo answers errors with HTTP 400/403 and `{ error, error_code, request }`: 400 for what is wrong
 * with the request or the content, 403 for credentials and rate limits.
 */
import { json, type Reply } from './http'

export const WEIBO_ERRORS: Record<number, { status: number; error: string }> = {
  10016: { error: 'Miss required parameter (%s) , see doc for more info', status: 400 },
  10017: {
    error: "Parameter (%s)'s value invalid, expect (%s) , but get (%s) , see doc for more info",
    status: 400,
  },
  10021: { error: 'HTTP method is not suported for this request', status: 400 },
  10023: { error: 'User requests out of rate limit!', status: 403 },
  10024: { error: 'User requests for (%s) out of rate limit!', status: 403 },
  20005: { error: 'Unsupported image type, only suport JPG, GIF, PNG!', status: 400 },
  20006: { error: 'Image size too large.', status: 400 },
  20012: { error: 'Text too long, please input text less than 140 characters!', status: 400 },
  20019: { error: 'Repeat content!', status: 400 },
  20101: { error: 'Target weibo does not exist!', status: 400 },
  21327: { error: 'expired_token', status: 403 },
  21332: { error: 'invalid_access_token', status: 403 },
}

/** `args` fill the %s placeholders, as Weibo's messages do. */
export function weiboError(code: number, request: string, ...args: string[]): Reply {
  const known = WEIBO_ERRORS[code] ?? { error: 'sandbox fault', status: 400 }
  let error = known.error
  for (const arg of args) error = error.replace('%s', arg)
  return json({ error, error_code: code, request }, known.status, `error_code:${code}`)
}
