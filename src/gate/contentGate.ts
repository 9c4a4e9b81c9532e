/**
 * What every content collection carries to pass through the gate: its doors (submit, retract), the
 * guards on live content, the supersede rule, and the 提交审核 button in place of Payload's 发布.
 */
import { contentGateEndpoints } from './endpoints'
import { refuseDeletingLiveItem, refuseLiveChangesOutsideGate } from './liveGuard'
import { retireDeletedItem } from './retireDeletedItem'
import { supersedeStaleTickets } from './supersedeStaleTickets'
import type { ContentCollection } from './vocabulary'

export const gateBeforeOperation = [refuseLiveChangesOutsideGate]
export const gateBeforeDelete = [refuseDeletingLiveItem]
export const gateAfterChange = [supersedeStaleTickets]
export const gateAfterDelete = [retireDeletedItem]
export const gateEndpoints = (collection: ContentCollection) => contentGateEndpoints(collection)
export const gateEditComponents = {
  PublishButton: '@/components/admin/review/SubmitForReviewButton',
}
