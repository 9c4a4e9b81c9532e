import type { CollectionBeforeChangeHook } from 'payload'

import { isPublishing } from '@/hooks/isPublishing'
import { refuseField } from '@/lib/errors'

/**
 * 不予公开 items are kept on record with their legal ground and never go public. Because they are
 * never published, publication-time validation would never see them: the ground is checked on every save.
 */
export const checkWithheldItem: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (data.disclosureMode !== 'not_disclosed') return data
  if (!data.withholdingGround) {
    refuseField(
      'withholdingGround',
      '不予公开须选择法定理由 (withholdingGround is required when the mode is 不予公开)',
    )
  }
  if (isPublishing(data, originalDoc)) {
    refuseField('disclosureMode', '不予公开的信息不能发布 (disclosureMode 不予公开 cannot be published)')
  }
  return data
}
