import type { FieldHook } from 'payload'

import { phaseOf } from '@/lib/commentRules'

/** 未开始 / 征求中 / 已结束 at the moment of reading: never stored, so it cannot go stale. */
export const computePhase: FieldHook = ({ siblingData }) => phaseOf(siblingData ?? {}, Date.now())
