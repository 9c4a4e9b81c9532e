/**
 * WeChat answers errors with HTTP 200 and `{ errcode, errmsg }`. The messages are the English ones the
 * real API returns (which also appends " rid: …"; the sandbox leaves that out, so key on errcode).
 */
import { json, type Reply } from './http'

export const WECHAT_ERRMSG: Record<number, string> = {
  [-1]: 'system error',
  40001: 'invalid credential, access_token is invalid or not latest',
  40002: 'invalid grant_type',
  40004: 'invalid media type',
  40005: 'invalid file type',
  40006: 'invalid meida size', // (sic) WeChat's own spelling
  40007: 'invalid media_id',
  40009: 'invalid image size',
  40013: 'invalid appid',
  40060: 'invalid article_idx',
  40125: 'invalid appsecret',
  40164: 'invalid ip, not in whitelist',
  41001: 'access_token missing',
  41002: 'appid missing',
  41004: 'appsecret missing',
  41005: 'media data missing',
  42001: 'access_token expired',
  43002: 'require POST method',
  44003: 'empty news data',
  45002: 'content size out of limit',
  45003: 'title size out of limit',
  45004: 'description size out of limit',
  45009: 'reach max api daily quota limit',
  45110: 'author size out of limit',
  47001: 'data format error',
  48001: 'api unauthorized',
  // The docs name 53600 ("Article ID 无效") for an unknown article_id; they give no code for an unknown
  // publish_id in freepublish/get, so the sandbox answers that with 53600 too.
  53600: 'invalid article_id or publish_id',
}

export const wechatError = (errcode: number, errmsg?: string): Reply =>
  json({ errcode, errmsg: errmsg ?? WECHAT_ERRMSG[errcode] ?? 'sandbox fault' }, 200, `errcode:${errcode}`)

export const wechatOk = (extra: Record<string, unknown> = {}): Reply =>
  json({ errcode: 0, errmsg: 'ok', ...extra })
