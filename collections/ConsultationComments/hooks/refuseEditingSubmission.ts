import type { CollectionBeforeChangeHook } from 'payload'

import { refuseField } from '@/lib/errors'
import { idOf } from '@/lib/roles'

/** What the public sent is the record; moderators decide on it but never rewrite it. */
const SUBMITTED = ['consultation', 'body', 'name', 'contact', 'submittedAt', 'clientHash'] as const

const same = (a: unknown, b: unknown) => String(idOf(a) ?? '') === String(idOf(b) ?? '')

/**
 * Refused loudly rather than dropped by field access: `data` is the whole document after the change,
 * so only a value that differs from the stored one is an attempt to rewrite. The admin form sends
 * everything back unchanged and passes.
 */
export const refuseEditingSubmission: CollectionBeforeChangeHook = ({ data, operation, originalDoc }) => {
  if (operation !== 'update') return data
  const changed = SUBMITTED.find((field) => field in data && !same(data[field], originalDoc?.[field]))
  if (changed) {
    refuseField(changed, `公众提交的内容不能修改，只能审核 (${changed} is the public's submission)`, 403)
  }
  return data
}
