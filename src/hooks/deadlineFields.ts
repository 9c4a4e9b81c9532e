/**
 * Every item with a statutory clock stores its deadline (`dueAt`, so overdue items can be listed and
 * filtered) and shows where the clock stands (`deadlineState`, computed when read).
 */
import type { Field, FieldHook } from 'payload'

import { option, zhEn } from '@/lib/bilingual'
import { clockStatus, formatDeadlineZh, hasOfficialCalendar, toChinaDate } from '@/lib/statutoryClocks'
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
  /** The clock counts working days: say so when its deadline falls in a year without the official holidays. */
  workingDays?: boolean
}

/**
 * Holidays are published by the State Council year by year; a working-day deadline in a year the calendar
 * package does not cover yet was counted Monday to Friday and must be checked by a person.
 */
export function calendarNoteFor(dueAt: unknown): null | string {
  if (typeof dueAt !== 'string' && !(dueAt instanceof Date)) return null
  if (hasOfficialCalendar(dueAt)) return null
  const year = toChinaDate(dueAt).slice(0, 4)
  return `${year}年法定节假日安排尚未收录，本期限暂按周一至周五推算，请对照国务院办公厅节假日通知人工核对；收录后保存一次即按新日历重算 (${year} holidays not known yet: counted Monday to Friday)`
}

export function deadlineFields({
  condition,
  doneField,
  dueField = 'dueAt',
  explanation,
  label = zhEn('法定时限', 'Statutory deadline'),
  stateField = 'deadlineState',
  stateLabel = zhEn('时限状态', 'Deadline status'),
  workingDays = false,
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
    ...(workingDays
      ? [
          {
            name: `${dueField}CalendarNote`,
            type: 'textarea',
            label: zhEn('日历提示', 'Calendar note'),
            virtual: true,
            access: { read: canReadInternalField },
            admin: {
              condition: (data: Record<string, unknown>) => Boolean(data?.[`${dueField}CalendarNote`]),
              position: 'sidebar',
              readOnly: true,
            },
            hooks: { afterRead: [({ data }) => calendarNoteFor(data?.[dueField])] },
          } satisfies Field,
        ]
      : []),
  ]
}

export const describeDeadline = (dueAt: Date | string) => formatDeadlineZh(dueAt)
