/**
 * What Yangguang accepts as an upload, decided from the file's bytes, never from its name or the
 * browser's claimed type. Pure functions so the rules can be tested without a server.
 */
import { fileTypeFromBuffer } from 'file-type'
import { imageDimensionsFromData } from 'image-dimensions'

const MB = 1024 * 1024

type Kind = 'document' | 'image' | 'video'

/** MIME types recognised by their magic bytes, with the kind that decides the size limit. */
export const ALLOWED_TYPES: Record<string, { kind: Kind; label: string }> = {
  'image/jpeg': { kind: 'image', label: 'JPG' },
  'image/png': { kind: 'image', label: 'PNG' },
  'image/gif': { kind: 'image', label: 'GIF' },
  'image/webp': { kind: 'image', label: 'WebP' },
  'application/pdf': { kind: 'document', label: 'PDF' },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    kind: 'document',
    label: 'DOCX',
  },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { kind: 'document', label: 'XLSX' },
  'application/x-cfb': { kind: 'document', label: 'DOC/XLS' },
  'video/mp4': { kind: 'video', label: 'MP4' },
}

export const SIZE_LIMITS: Record<Kind, number> = {
  // WeChat accepts covers up to 10 MB; a larger photo has no use on any channel.
  document: 50 * MB,
  image: 10 * MB,
  video: 200 * MB,
}

/** The largest file any kind may have: the multipart parser stops reading past it. */
export const MAX_UPLOAD_BYTES = Math.max(...Object.values(SIZE_LIMITS))

/** About 60 megapixels: a 48 MP phone photo passes, a decompression bomb does not. */
export const MAX_PIXELS = 60_000_000
export const MAX_SIDE = 16_000

export type UploadVerdict =
  | { height?: number; mime: string; ok: true; width?: number }
  | { field: 'file'; messageEn: string; messageZh: string; ok: false }

const refuse = (messageZh: string, messageEn: string): UploadVerdict => ({
  field: 'file',
  messageEn,
  messageZh,
  ok: false,
})

const allowedList = () => [...new Set(Object.values(ALLOWED_TYPES).map((t) => t.label))].join('、')

const formatMB = (bytes: number) => `${Math.round((bytes / MB) * 10) / 10} MB`

/** Judges an upload from its bytes. `bytes` may be the whole file or at least its first 64 KB. */
export async function judgeUpload(bytes: Uint8Array, size: number): Promise<UploadVerdict> {
  const detected = await fileTypeFromBuffer(bytes)
  if (!detected) {
    return refuse(
      `无法从文件内容识别文件类型，不予接收。允许的类型：${allowedList()}`,
      `The file type cannot be recognised from its content. Allowed: ${allowedList()}`,
    )
  }
  const allowed = ALLOWED_TYPES[detected.mime]
  if (!allowed) {
    return refuse(
      `文件内容为 ${detected.mime}，不在允许范围内。允许的类型：${allowedList()}`,
      `The file content is ${detected.mime}, which is not allowed. Allowed: ${allowedList()}`,
    )
  }
  const limit = SIZE_LIMITS[allowed.kind]
  if (size > limit) {
    return refuse(
      `文件大小 ${formatMB(size)} 超过 ${allowed.label} 文件上限 ${formatMB(limit)}`,
      `The file is ${formatMB(size)}, over the ${formatMB(limit)} limit for ${allowed.label}`,
    )
  }
  if (allowed.kind !== 'image') return { mime: detected.mime, ok: true }

  // Read only the header: a 30 000 × 30 000 PNG is a few hundred KB on disk and 3.6 GB decoded.
  const dimensions = imageDimensionsFromData(bytes)
  if (!dimensions) {
    return refuse(
      '无法读取图片尺寸，文件可能已损坏',
      'The image dimensions cannot be read; the file may be damaged',
    )
  }
  const { height, width } = dimensions
  if (width * height > MAX_PIXELS || width > MAX_SIDE || height > MAX_SIDE) {
    return refuse(
      `图片尺寸 ${width}×${height} 超过上限（最多 ${MAX_PIXELS / 1_000_000} 百万像素，单边不超过 ${MAX_SIDE} 像素），请缩小后再上传`,
      `The image is ${width}×${height}, over the limit (${MAX_PIXELS / 1_000_000} megapixels, ${MAX_SIDE} px a side); resize it first`,
    )
  }
  return { height, mime: detected.mime, ok: true, width }
}
