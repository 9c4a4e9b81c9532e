/**
 * What every content collection carries to pass through the gate: its doors (submit, retract), the
 * guards on live content, the supersede rule, and the 提交审核 button in place of Payload's 发布.
 */
import { channelPreviewEndpoint } from '@/endpoints/channelPreview'
import { dropFromSearchIndex, syncSearchIndex } from '@/search/syncSearchIndex'

import { readLiveVersionOnly } from '@/public/readLiveVersionOnly'

import { contentGateEndpoints } from './endpoints'
import { refuseDeletingLiveItem, refuseLiveChangesOutsideGate } from './liveGuard'
import { retireDeletedItem } from './retireDeletedItem'
import { supersedeStaleTickets } from './supersedeStaleTickets'
import type { ContentCollection } from './vocabulary'

export const gateBeforeOperation = [refuseLiveChangesOutsideGate, readLiveVersionOnly]
export const gateBeforeDelete = [refuseDeletingLiveItem]
// The search index mirrors what is live, so it follows every change of live state.
export const gateAfterChange = [supersedeStaleTickets, syncSearchIndex]
export const gateAfterDelete = [retireDeletedItem, dropFromSearchIndex]
export const gateEndpoints = (collection: ContentCollection) => [
  ...contentGateEndpoints(collection),
  channelPreviewEndpoint(collection),
]
export const gateEditComponents = {
  PublishButton: '@/components/admin/review/SubmitForReviewButton',
}
