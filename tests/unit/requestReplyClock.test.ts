/**
 * The reply clock of 依申请公开 (条例 art. 30, 32, 33) on holiday edge cases. Every expected day was
 * counted by hand from the 2025 and 2026 State Council notices as carried by chinese-days: 2025 春节
 * Jan 28–Feb 4 (Sun Jan 26, Sat Feb 8 worked), 2025 国庆 Oct 1–8 (Sun Sep 28, Sat Oct 11 worked),
 * 2026 春节 Feb 15–23 (Sat Feb 14, Sat Feb 28 worked). The package holds no 2027 arrangement yet.
 */
import { describe, expect, it } from 'vitest'

import { calendarNoteFor } from '@/hooks/deadlineFields'
import { hasOfficialCalendar, isReplyClockPaused, requestReplyDeadline } from '@/lib/statutoryClocks'

/** 23:59:59.999 China time of a day. */
const endOf = (day: string) => `${day}T15:59:59.999Z`
const deadline = (input: Parameters<typeof requestReplyDeadline>[0]) =>
  requestReplyDeadline(input).toISOString()

describe('received just before a long holiday', () => {
  it('Fri Sep 26 2025 before 国庆: both make-up days count, Oct 1–8 do not → Thu Oct 30', () => {
    // 9/28 (Sun, worked) 1, 9/29 2, 9/30 3, 10/9 4, 10/10 5, 10/11 (Sat, worked) 6, 10/13–17 7–11,
    // 10/20–24 12–16, 10/27–30 17–20.
    expect(deadline({ receivedOn: '2025-09-26' })).toBe(endOf('2025-10-30'))
  })

  it('Fri Feb 13 2026 before 春节: Sat Feb 14 is day 1, Feb 15–23 skipped → Thu Mar 19', () => {
    // 2/14 1, 2/24–27 2–5, 2/28 (Sat, worked) 6, 3/2–6 7–11, 3/9–13 12–16, 3/16–19 17–20.
    expect(deadline({ receivedOn: '2026-02-13' })).toBe(endOf('2026-03-19'))
  })
})

describe('received on a weekend', () => {
  it('Sat Jan 25 2025, before 春节: Sun Jan 26 (worked) is day 1 → Thu Feb 27', () => {
    // 1/26 1, 1/27 2, 2/5–7 3–5, 2/8 (Sat, worked) 6, 2/10–14 7–11, 2/17–21 12–16, 2/24–27 17–20.
    expect(deadline({ receivedOn: '2025-01-25' })).toBe(endOf('2025-02-27'))
  })

  it('a make-up Saturday received on is not counted, the next one after it is', () => {
    // Fri Feb 27 2026: Sat Feb 28 (worked) is day 1 → Thu Mar 26. Received on that Saturday or on
    // Sunday Mar 1, day 1 is Mon Mar 2 → Fri Mar 27.
    expect(deadline({ receivedOn: '2026-02-27' })).toBe(endOf('2026-03-26'))
    expect(deadline({ receivedOn: '2026-02-28' })).toBe(endOf('2026-03-27'))
    expect(deadline({ receivedOn: '2026-03-01' })).toBe(endOf('2026-03-27'))
  })
})

describe('a third party consulted across 国庆 2025 (received Mon Sep 22)', () => {
  const receivedOn = '2025-09-22'
  const pauses = [{ from: '2025-09-26', kind: 'third_party' as const, to: '2025-10-10' }]

  it('without the pause: Fri Oct 24', () => {
    // 9/23–26 1–4, 9/28 5, 9/29–30 6–7, 10/9–10 8–9, 10/11 10, 10/13–17 11–15, 10/20–24 16–20.
    expect(deadline({ receivedOn })).toBe(endOf('2025-10-24'))
  })

  it('the pause swallows the make-up Sunday and the days around the holiday → Mon Nov 3', () => {
    // 9/23–25 1–3, paused 9/26–10/10, 10/11 (Sat, worked) 4, 10/13–17 5–9, 10/20–24 10–14,
    // 10/27–31 15–19, 11/3 20.
    expect(deadline({ pauses, receivedOn })).toBe(endOf('2025-11-03'))
  })

  it('with the one 20-day extension on top → Mon Dec 1', () => {
    // 11/4–7 21–24, 11/10–14 25–29, 11/17–21 30–34, 11/24–28 35–39, 12/1 40.
    expect(deadline({ extensionWorkingDays: 20, pauses, receivedOn })).toBe(endOf('2025-12-01'))
  })
})

describe('补正 restarts the clock from the day the corrected application arrives (art. 30)', () => {
  const receivedOn = '2025-09-15'
  const correction = { from: '2025-09-17', kind: 'correction' as const, to: '2025-09-26' }

  it('asked Wed Sep 17, corrected Fri Sep 26: counted as if received that Friday → Thu Oct 30', () => {
    expect(deadline({ pauses: [correction], receivedOn })).toBe(endOf('2025-10-30'))
  })

  it('a third-party pause before the restart changes nothing, one after it does', () => {
    const before = { from: '2025-09-16', kind: 'third_party' as const, to: '2025-09-16' }
    expect(deadline({ pauses: [before, correction], receivedOn })).toBe(endOf('2025-10-30'))
    // Paused Mon Oct 13–Fri Oct 17: 9/28 1, 9/29–30 2–3, 10/9–10 4–5, 10/11 6, 10/20–24 7–11,
    // 10/27–31 12–16, 11/3–6 17–20.
    const after = { from: '2025-10-13', kind: 'third_party' as const, to: '2025-10-17' }
    expect(deadline({ pauses: [correction, after], receivedOn })).toBe(endOf('2025-11-06'))
  })

  it('a 补正 with an extension: the extension runs on from the restarted deadline', () => {
    // From Thu Oct 30: 10/31 21, 11/3–7 22–26, 11/10–14 27–31, 11/17–21 32–36, 11/24–27 37–40.
    expect(deadline({ extensionWorkingDays: 20, pauses: [correction], receivedOn })).toBe(endOf('2025-11-27'))
  })
})

describe('the clock is paused only while a pause has begun and not ended', () => {
  it('reads open and closed pauses', () => {
    expect(isReplyClockPaused([])).toBe(false)
    expect(isReplyClockPaused([{ from: '2025-09-17', to: '2025-09-26' }])).toBe(false)
    expect(isReplyClockPaused([{ from: '2025-09-17', to: null }])).toBe(true)
  })

  it('flags a deadline that falls in a year chinese-days has no arrangement for', () => {
    expect(hasOfficialCalendar(requestReplyDeadline({ receivedOn: '2026-12-20' }))).toBe(false)
  })

  it('tells the handling unit to check such a deadline by hand, and says nothing for a covered year', () => {
    const note = calendarNoteFor(requestReplyDeadline({ receivedOn: '2026-12-20' }))
    expect(note).toContain('2027年法定节假日安排尚未收录')
    expect(note).toContain('人工核对')
    expect(calendarNoteFor(requestReplyDeadline({ receivedOn: '2026-11-02' }))).toBeNull()
    expect(calendarNoteFor(null)).toBeNull()
  })
})
