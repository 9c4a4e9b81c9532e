import type { CollectionBeforeChangeHook } from 'payload'
import sharp from 'sharp'

/** WeChat's `thumb` material must be a JPG of at most 64 KB. */
export const THUMB_MAX_BYTES = 64 * 1024

/**
 * Payload has just rendered the image sizes into memory; before they are written, re-encode the thumb
 * at falling quality until it fits WeChat's limit. Most thumbs already fit at the configured quality.
 */
export const fitThumbUnder64KB: CollectionBeforeChangeHook = async ({ data, req }) => {
  const thumb = req.payloadUploadSizes?.thumb
  if (!thumb || thumb.length <= THUMB_MAX_BYTES) return data
  let buffer: Buffer = thumb
  for (let quality = 60; quality >= 20 && buffer.length > THUMB_MAX_BYTES; quality -= 10) {
    buffer = await sharp(thumb).jpeg({ mozjpeg: true, quality }).toBuffer()
  }
  req.payloadUploadSizes = { ...req.payloadUploadSizes, thumb: buffer }
  if (data.sizes?.thumb) data.sizes.thumb.filesize = buffer.length
  return data
}
