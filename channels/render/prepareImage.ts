/**
 * Makes a picture acceptable to a platform's upload API. Platforms judge a file by its bytes AND its
 * name's extension, so the name is rebuilt from the sniffed type. A type the platform refuses, or a file
 * at or over its size limit, is re-encoded with sharp as a JPEG that fits.
 */
import sharp from 'sharp'

import { ChannelError } from '../errors'
import type { ImageFile, Platform } from '../types'

export type ImageKind = 'jpg' | 'png' | 'gif' | 'bmp' | 'webp'
export type PreparedImage = { bytes: Buffer; filename: string; mimeType: string; reencoded: boolean }
export type ImageRule = { platform: Platform; accept: readonly string[]; bytesBelow: number }

const MIME: Record<ImageKind, string> = {
  bmp: 'image/bmp',
  gif: 'image/gif',
  jpg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
}
// Wider than any phone shows an article picture; keeps re-encoding quick and the file small.
const MAX_WIDTH = 1920
const QUALITIES = [85, 75, 65, 55, 45]
const SHRINK = 0.7
const MAX_SHRINKS = 6

export function sniffImage(bytes: Uint8Array): ImageKind | undefined {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpg'
  if (b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png'
  const head = b.subarray(0, 6).toString('latin1')
  if (head === 'GIF87a' || head === 'GIF89a') return 'gif'
  if (head.startsWith('BM')) return 'bmp'
  if (b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP')
    return 'webp'
  return undefined
}

/** An ASCII name for the multipart part: Chinese or odd names are not worth a platform's guesswork. */
function stem(image: ImageFile): string {
  const base = (image.filename ?? '').replace(/\.[^.]*$/, '')
  return /^[A-Za-z0-9_-]{1,64}$/.test(base)
    ? base
    : `image-${String(image.id).replace(/[^A-Za-z0-9_-]/g, '')}`
}

async function toJpegUnder(bytes: Buffer, bytesBelow: number): Promise<Buffer> {
  const { width = MAX_WIDTH } = await sharp(bytes).metadata()
  let target = Math.min(width, MAX_WIDTH)
  for (let shrink = 0; shrink <= MAX_SHRINKS; shrink++) {
    for (const quality of QUALITIES) {
      const out = await sharp(bytes)
        .rotate() // apply the EXIF orientation before it is dropped
        .resize({ width: Math.max(1, Math.round(target)), withoutEnlargement: true })
        .flatten({ background: '#ffffff' }) // JPEG has no transparency: white, not black
        .jpeg({ mozjpeg: true, quality })
        .toBuffer()
      if (out.length < bytesBelow) return out
    }
    target *= SHRINK
  }
  throw new Error(`could not bring the image under ${bytesBelow} bytes`)
}

export async function prepareImage(image: ImageFile, rule: ImageRule): Promise<PreparedImage> {
  const bytes = Buffer.from(image.bytes.buffer, image.bytes.byteOffset, image.bytes.byteLength)
  const kind = sniffImage(bytes)
  if (kind && rule.accept.includes(MIME[kind]) && bytes.length < rule.bytesBelow) {
    return { bytes, filename: `${stem(image)}.${kind}`, mimeType: MIME[kind], reencoded: false }
  }
  try {
    const jpeg = await toJpegUnder(bytes, rule.bytesBelow)
    return { bytes: jpeg, filename: `${stem(image)}.jpg`, mimeType: 'image/jpeg', reencoded: true }
  } catch (error) {
    throw new ChannelError({
      cause: error,
      detail: `image ${String(image.id)}: ${(error as Error).message}`,
      kind: 'bad_content',
      operatorMessage: `图片“${image.filename ?? image.id}”无法识别或无法压缩到平台要求的大小，请编辑更换图片 (image unreadable or cannot be made small enough)`,
      platform: rule.platform,
    })
  }
}
