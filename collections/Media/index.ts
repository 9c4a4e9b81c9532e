import type { CollectionConfig } from 'payload'

import { isAdminField, isAdminOrOwnUnit, isEditorOrAdmin, isStaff } from '@/access'
import { zhEn } from '@/lib/bilingual'
import { mediaDir } from '@/lib/env'
import { ALLOWED_TYPES, MAX_PIXELS } from '@/lib/uploadRules'

import { checkUploadedFile } from './hooks/checkUploadedFile'
import { fitThumbUnder64KB } from './hooks/fitThumbUnder64KB'
import { stampUploader } from './hooks/stampUploader'

/**
 * Images and attachments. Every image gets web sizes, the two WeChat cover shapes (2.35:1 for the
 * article card, 1:1 for sharing) and a JPG thumb within WeChat's 64 KB `thumb` limit.
 */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { plural: zhEn('媒体文件', 'Media'), singular: zhEn('媒体文件', 'Media file') },
  graphQL: { pluralName: 'MediaFiles', singularName: 'MediaFile' },
  access: {
    create: isEditorOrAdmin,
    delete: isAdminOrOwnUnit,
    read: isStaff,
    update: isAdminOrOwnUnit,
  },
  admin: {
    defaultColumns: ['filename', 'alt', 'mimeType', 'unit'],
    group: zhEn('内容', 'Content'),
    useAsTitle: 'filename',
  },
  upload: {
    staticDir: mediaDir(),
    mimeTypes: Object.keys(ALLOWED_TYPES),
    constructorOptions: { limitInputPixels: MAX_PIXELS },
    focalPoint: true,
    imageSizes: [
      { name: 'small', width: 480, withoutEnlargement: true },
      { name: 'medium', width: 960, withoutEnlargement: true },
      { name: 'large', width: 1920, withoutEnlargement: true },
      {
        name: 'wechatCover',
        width: 900,
        height: 383,
        fit: 'cover',
        formatOptions: { format: 'jpeg', options: { quality: 85 } },
      },
      {
        name: 'wechatSquare',
        width: 500,
        height: 500,
        fit: 'cover',
        formatOptions: { format: 'jpeg', options: { quality: 85 } },
      },
      {
        name: 'thumb',
        width: 240,
        height: 240,
        fit: 'cover',
        formatOptions: { format: 'jpeg', options: { quality: 72 } },
      },
    ],
    adminThumbnail: 'thumb',
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: zhEn('替代文字', 'Alt text'),
      admin: {
        description: zhEn('为视障读者描述图片内容；图片必填', 'Describes the image for blind readers; required for images'),
      },
      validate: (value: null | string | undefined, { data }: { data: Partial<{ mimeType: string }> }) =>
        !data?.mimeType?.startsWith('image/') || (typeof value === 'string' && value.trim().length > 0)
          ? true
          : '图片必须填写替代文字 (alt text is required for images)',
    },
    { name: 'caption', type: 'text', label: zhEn('说明', 'Caption') },
    {
      name: 'unit',
      type: 'relationship',
      relationTo: 'units',
      label: zhEn('上传单位', 'Uploaded by unit'),
      access: { create: isAdminField, update: isAdminField },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'uploadedBy',
      type: 'relationship',
      relationTo: 'users',
      label: zhEn('上传人', 'Uploaded by'),
      access: { create: isAdminField, update: isAdminField },
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
  hooks: {
    beforeOperation: [checkUploadedFile],
    beforeChange: [stampUploader, fitThumbUnder64KB],
  },
}
