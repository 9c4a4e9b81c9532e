/** The WeChat Official Account API paths the sandbox imitates, all POST under /cgi-bin/. */
import type { Sandbox } from './context'
import { type ApiRequest, json, type Reply } from './http'
import { authorize, stableToken } from './wechatAuth'
import { wechatError } from './wechatErrors'
import { addMaterial, uploadImg } from './wechatMedia'
import {
  draftAdd,
  draftGet,
  freepublishBatchget,
  freepublishDelete,
  freepublishGet,
  freepublishSubmit,
} from './wechatPublish'
import type { WechatAccount } from './state'

type Handler = (req: ApiRequest, sandbox: Sandbox, account: WechatAccount) => Reply

const AUTHORIZED: Record<string, Handler> = {
  '/cgi-bin/draft/add': draftAdd,
  '/cgi-bin/draft/get': draftGet,
  '/cgi-bin/freepublish/batchget': freepublishBatchget,
  '/cgi-bin/freepublish/delete': freepublishDelete,
  '/cgi-bin/freepublish/get': freepublishGet,
  '/cgi-bin/freepublish/submit': freepublishSubmit,
  '/cgi-bin/material/add_material': addMaterial,
  '/cgi-bin/media/uploadimg': (req, sandbox) => uploadImg(req, sandbox),
}

export function wechatApi(req: ApiRequest, sandbox: Sandbox): Reply {
  const handler = AUTHORIZED[req.path]
  if (req.path !== '/cgi-bin/stable_token' && !handler) {
    return json({ errcode: 404, errmsg: `the sandbox does not imitate ${req.path}` }, 404, 'not_found')
  }
  if (req.method !== 'POST') return wechatError(43002)
  if (req.path === '/cgi-bin/stable_token') return stableToken(req, sandbox)
  const auth = authorize(req, sandbox)
  if ('reply' in auth) return auth.reply
  return handler(req, sandbox, auth.account)
}
