/** Image type from the bytes (not the name or the declared content type), as both platforms check. */
import type { ImageKind, SandboxState, StoredImage } from './state'
import { opaqueId } from './ids'

export function sniffImage(data: Buffer): ImageKind | undefined {
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'jpg'
  if (data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png'
  const head = data.subarray(0, 6).toString('latin1')
  if (head === 'GIF87a' || head === 'GIF89a') return 'gif'
  if (head.startsWith('BM')) return 'bmp'
  return undefined
}

export const MIME: Record<ImageKind, string> = {
  bmp: 'image/bmp',
  gif: 'image/gif',
  jpg: 'image/jpeg',
  png: 'image/png',
}

/** 'photo.JPEG' → 'jpg'; '' when the name has no extension. */
export function extensionOf(filename: string): string {
  const ext = /\.([a-z0-9]+)$/i.exec(filename)?.[1]?.toLowerCase() ?? ''
  return ext === 'jpeg' ? 'jpg' : ext
}

export function storeImage(state: SandboxState, kind: ImageKind, data: Buffer, now: number): StoredImage {
  const image = { base64: data.toString('base64'), createdAt: now, id: opaqueId(24), kind, size: data.length }
  state.images[image.id] = image
  return image
}

/** WeChat image URLs look like http://mmbiz.qpic.cn/mmbiz_jpg/<id>/0; the sandbox serves the same path. */
export const mmbizPath = (image: StoredImage): string => `/mmbiz_${image.kind}/${image.id}/0`
export const MMBIZ_PATH = /^\/mmbiz_(?:bmp|gif|jpg|png)\/([A-Za-z0-9_-]+)\/0$/

/** Weibo pictures live at https://wx1.sinaimg.cn/large/<pic_id>.jpg; the sandbox mirrors the shape. */
export const sinaimgPath = (size: 'bmiddle' | 'large' | 'thumbnail', image: StoredImage): string =>
  `/sinaimg/${size}/${image.id}.${image.kind}`
export const SINAIMG_PATH = /^\/sinaimg\/(?:bmiddle|large|thumbnail)\/([A-Za-z0-9_-]+)\.(?:gif|jpg|png)$/
