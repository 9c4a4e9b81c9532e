import type { CollectionBeforeOperationHook } from 'payload'

import { refuseField } from '@/lib/errors'
import { judgeUpload } from '@/lib/uploadRules'

/**
 * Runs before Payload reads the file with sharp: type from magic bytes against the allowlist, size per
 * kind, and pixel count from the image header, so an oversized image is refused before any decoding.
 * The detected type replaces whatever the browser claimed, so a file is never served as HTML.
 */
export const checkUploadedFile: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  if ((file as { truncated?: boolean }).truncated) {
    refuseField('file', '文件超过大小上限，上传被截断 (the file exceeds the size limit)', 413)
  }
  const verdict = await judgeUpload(file.data, file.size ?? file.data.length)
  if (!verdict.ok) {
    const message = req.i18n?.language === 'en' ? verdict.messageEn : verdict.messageZh
    refuseField(verdict.field, message)
  }
  file.mimetype = verdict.mime
  return args
}
