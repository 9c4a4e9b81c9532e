/**
 * Every item with a statutory clock stores its deadline (`dueAt`, so overdue items can be listed and
 * filtered) and shows where the clock stands (`deadlineState`, computed when read).
 */
import type { Field, FieldHook } from 'payload'

import { option, zhEn } from '@/lib/bilingual'
import { clockStatus, formatDeadlineZh } from '@/lib/statutoryClocks'

export const DEADLINE_STATES = [
  option('running', '进行中', 'Running'),
  option('due_soon', '即将到期', 'Due soon'),
  option('overdue', '已逾期', 'Overdue'),
  option('done_on_time', '按时完成', 'Done on time'),
  option('done_late', '逾期完成', 'Done late'),
]

/** `doneField` is the date that stops the clock (first publication, or the response time). */
export function deadlineFields(doneField: string, explanation: { en: string; zh: string }): Field[] {
  const computeState: FieldHook = ({ data }) => {
    if (!data?.dueAt) return null
    return clockStatus(data.dueAt, new Date(), data[doneField] ?? null).state
  }
  return [
    {
      name: 'dueAt',
      type: 'date',
      label: zhEn('法定时限', 'Statutory deadline'),
      index: true,
      access: { create: () => false, update: () => false },
      admin: {
        date: { pickerAppearance: 'dayAndTime' },
        description: explanation,
        position: 'sidebar',
        readOnly: true,
      },
    },
    {
      name: 'deadlineState',
      type: 'select',
      label: zhEn('时限状态', 'Deadline status'),
      options: DEADLINE_STATES,
      virtual: true,
      admin: { position: 'sidebar', readOnly: true },
      hooks: { afterRead: [computeState] },
    },
  ]
}

export const describeDeadline = (dueAt: Date | string) => formatDeadlineZh(dueAt)
