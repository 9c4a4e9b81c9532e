import type { CollectionBeforeChangeHook } from 'payload'

import { refuseField } from '@/lib/errors'

const hasText = (value: unknown): boolean => typeof value === 'string' && value.trim().length > 0

/**
 * 重大行政决策 consultations must report back: once the window has closed, a published consultation
 * states how the public's comments were adopted (采纳情况). `data` is the whole document after the
 * change (Payload fills in unsent fields), so clearing the summary of a published item is refused too.
 */
export const requireAdoptionSummaryAfterClose: CollectionBeforeChangeHook = ({ data }) => {
  if (hasText(data.adoptionSummary)) return data
  if (data.resultPublishedAt) {
    refuseField(
      'adoptionSummary',
      '采纳情况 (adoptionSummary) 必填：公布结果 (resultPublishedAt) 前须填写意见采纳情况',
    )
  }
  const closed = Boolean(data.closesAt) && new Date(data.closesAt).getTime() <= Date.now()
  if (data._status === 'published' && closed) {
    refuseField('adoptionSummary', '采纳情况 (adoptionSummary) 必填：征求意见结束后须公布意见采纳情况')
  }
  return data
}
