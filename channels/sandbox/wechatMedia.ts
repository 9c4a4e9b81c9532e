/**
 * Images: /media/uploadimg for pictures inside article content (jpg/png under 1 MB, URL only) and
 * /material/add_material for permanent material (covers). WeChat judges the file by its name's extension
 * and its bytes, so a client that sends `blob` as the filename is refused here as it would be there.
 */
import type { Sandbox } from './context'
import type { ApiRequest, Reply } from './http'
import { json } from './http'
import { opaqueId } from './ids'
import { extensionOf, mmbizPath, sniffImage, storeImage } from './images'
import { boundaryOf, type MultipartFile, parseMultipart } from './multipart'
import type { ImageKind, WechatAccount } from './state'
import { wechatError } from './wechatErrors'

const KB = 1024
const MB = 1024 * KB

function mediaFile(req: ApiRequest): MultipartFile | undefined {
  const boundary = boundaryOf(req.headers['content-type'])
  return boundary ? parseMultipart(req.body, boundary).files.media : undefined
}

/** The image kind when both the file name and the bytes are among `allowed`. */
function allowedKind(file: MultipartFile, allowed: ImageKind[]): ImageKind | undefined {
  const kind = sniffImage(file.data)
  const ext = extensionOf(file.filename)
  return kind && allowed.includes(kind) && allowed.includes(ext as ImageKind) ? kind : undefined
}

export function uploadImg(req: ApiRequest, sandbox: Sandbox): Reply {
  const file = mediaFile(req)
  if (!file || file.data.length === 0) return wechatError(41005)
  const kind = allowedKind(file, ['jpg', 'png'])
  if (!kind) return wechatError(40005)
  if (file.data.length >= MB) return wechatError(40009)
  const image = storeImage(sandbox.state, kind, file.data, sandbox.now())
  sandbox.persist()
  return json({ url: `${sandbox.url}${mmbizPath(image)}` })
}

export function addMaterial(req: ApiRequest, sandbox: Sandbox, account: WechatAccount): Reply {
  const type = req.query.get('type')
  if (type !== 'image' && type !== 'thumb') return wechatError(40004) // voice and video are not imitated
  const file = mediaFile(req)
  if (!file || file.data.length === 0) return wechatError(41005)
  const kind = allowedKind(file, type === 'thumb' ? ['jpg'] : ['bmp', 'gif', 'jpg', 'png'])
  if (!kind) return wechatError(40005)
  if (type === 'image' && file.data.length > 10 * MB) return wechatError(40009)
  if (type === 'thumb' && file.data.length > 64 * KB) return wechatError(40006)
  const image = storeImage(sandbox.state, kind, file.data, sandbox.now())
  const mediaId = opaqueId(32)
  const url = `${sandbox.url}${mmbizPath(image)}`
  sandbox.state.wechat.materials[mediaId] = {
    appid: account.appid,
    createdAt: sandbox.now(),
    mediaId,
    type,
    url,
  }
  sandbox.persist()
  // The docs return url only for image material.
  return json(type === 'image' ? { media_id: mediaId, url } : { media_id: mediaId })
}
