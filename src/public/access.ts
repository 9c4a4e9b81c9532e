/**
 * What the public (anyone without a staff account, downstream sites included) may read.
 *
 * Live on the website ⇔ `_status: published` on the item's main row: the only write that publishes or
 * unpublishes an item is the gate's pass-holding update (src/gate/publishOnWebsite.ts), made in one
 * transaction with the website delivery's move to `delivered`, and undone in one transaction with its move
 * to `retracted` (src/gate/retract.ts). Live items cannot be edited, restored or deleted outside the gate
 * (src/gate/liveGuard.ts), and a draft save never touches the main row. So no join on deliveries is needed.
 */
import type { FieldAccess, PayloadRequest, Where } from 'payload'

import { isStaffUser } from '@/access'

export const isPublicReader = (req: PayloadRequest): boolean => !isStaffUser({ req })

export const liveOnWebsite: Where = { _status: { equals: 'published' } }

/**
 * Fields that are not catalogue metadata or content (authorship, internal clocks, case numbers, values that
 * change with the clock rather than with a publication): staff only. The one predicate for all of them.
 */
export const canReadInternalField: FieldAccess = ({ req }) => isStaffUser({ req })
