import type { CollectionBeforeChangeHook } from 'payload'

import { isPublishing } from './isPublishing'

/** Records when an item first went public; later publications never move that date. */
export const stampFirstPublication: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (!isPublishing(data, originalDoc) || originalDoc?.firstPublishedAt) return data
  return { ...data, firstPublishedAt: new Date().toISOString() }
}
