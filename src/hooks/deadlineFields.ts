/**
 * Every item with a statutory clock stores its deadline (`dueAt`, so overdue items can be listed and
 * filtered) and shows where the clock stands (`deadlineState`, computed when read).
 */
import type { Field, FieldHook } from 'payload'

import { option, zhEn } from '@/lib/bilingual'
import { clockStatus, formatDeadlineZh } from '@/lib/statutoryClocks'
import { canReadInternalField } from '@/public/access'

export const DEADLINE_STATES = [
  option('running', '进行中', 'Running'),
  option('due_soon', '即将到期', 'Due soon'),
  option('overdue', '已逾期', 'Overdue'),
  option('done_on_time', '按时完成', 'Done on time'),
  option('done_late', '逾期完成', 'Done late'),
]

type ClockFieldOptions = {
  /** The date that stops the clock (first publication, the response time, the press conference). */
  doneField: string
  dueField?: string
  explanation: { en: string; zh: string }
  label?: { en: string; zh: string }
  stateField?: string
  stateLabel?: { en: string; zh: string }
  condition?: (data: Record<string, unknown>) => boolean
}

export function deadlineFields({
  condition,
  doneField,
  dueField = 'dueAt',
  explanation,
  label = zhEn('法定时限', 'Statutory deadline'),
  stateField = 'deadlineState',
  stateLabel = zhEn('时限状态', 'Deadline status'),
}: ClockFieldOptions): Field[] {
  const computeState: FieldHook = ({ data }) => {
    if (!data?.[dueField]) return null
    return clockStatus(data[dueField], new Date(), data[doneField] ?? null).state
  }
  const show = condition ? (data: Record<string, unknown>) => condition(data ?? {}) : undefined
  return [
    {
      name: dueField,
      type: 'date',
      label,
      index: true,
      // Internal monitoring of the unit's own clock, not catalogue metadata.
      access: { create: () => false, read: canReadInternalField, update: () => false },
      admin: {
        condition: show,
        date: { pickerAppearance: 'dayAndTime' },
        description: explanation,
        position: 'sidebar',
        readOnly: true,
      },
    },
    {
      name: stateField,
      type: 'select',
      label: stateLabel,
      options: DEADLINE_STATES,
      virtual: true,
      access: { read: canReadInternalField },
      admin: { condition: show, position: 'sidebar', readOnly: true },
      hooks: { afterRead: [computeState] },
    },
  ]
}

export const describeDeadline = (dueAt: Date | string) => formatDeadlineZh(dueAt)
