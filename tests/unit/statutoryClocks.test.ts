/**
 * Statutory clocks on the official Chinese working-day calendar. Every expected date below was counted by
 * hand from the State Council's notices (国办发明电〔2023〕7号 for 2024, 〔2024〕12号 for 2025,
 * 〔2025〕7号 for 2026). Run under several TZ values: the answers must not move.
 */
import { afterEach, describe, expect, it } from 'vitest'

import {
  addWorkingDays,
  clockStatus,
  formatDeadlineZh,
  hasOfficialCalendar,
  HOUR_CLOCKS,
  hoursDeadline,
  isWorkingDay,
  OFFICIAL_CALENDAR_YEARS,
  proactiveDisclosureDeadline,
  requestReplyDeadline,
  StatutoryClockError,
  toChinaDate,
  toInstant,
} from '@/lib/statutoryClocks'

const HOUR = 3_600_000

/** Every calendar day from `from` to `to`, both included, as `YYYY-MM-DD`. */
function daysFromTo(from: string, to: string): string[] {
  const days: string[] = []
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 24 * HOUR) {
    days.push(new Date(t).toISOString().slice(0, 10))
  }
  return days
}

/** The instant a China-time deadline of `day` ends: 23:59:59.999 +08:00 is 15:59:59.999Z. */
const endOfChinaDay = (day: string) => `${day}T15:59:59.999Z`

/** The thrown StatutoryClockError, so a test can read both languages. */
function refusalOf(run: () => unknown): StatutoryClockError {
  try {
    run()
  } catch (error) {
    if (error instanceof StatutoryClockError) return error
    throw error
  }
  throw new Error('expected a StatutoryClockError, nothing was thrown')
}

describe('the calendar data of chinese-days matches the official notices', () => {
  it('carries the official arrangements from 2004 to 2026, and no later year', () => {
    // Pinned to chinese-days 1.5.7. When an upgrade adds 2027, update this and re-check the 2027 notice.
    expect(OFFICIAL_CALENDAR_YEARS).toEqual({ first: 2004, last: 2026 })
  })

  it('National Day 2024: Oct 1–7 off; Sun Sep 29 and Sat Oct 12 worked', () => {
    for (const day of daysFromTo('2024-10-01', '2024-10-07'))
      expect([day, isWorkingDay(day)]).toEqual([day, false])
    expect(isWorkingDay('2024-09-29')).toBe(true)
    expect(isWorkingDay('2024-10-12')).toBe(true)
    expect(isWorkingDay('2024-10-08')).toBe(true) // Tuesday after the holiday
  })

  it('National Day 2025: Oct 1–8 off (with Mid-Autumn); Sun Sep 28 and Sat Oct 11 worked', () => {
    for (const day of daysFromTo('2025-10-01', '2025-10-08'))
      expect([day, isWorkingDay(day)]).toEqual([day, false])
    expect(isWorkingDay('2025-09-28')).toBe(true)
    expect(isWorkingDay('2025-10-11')).toBe(true)
    expect(isWorkingDay('2025-10-09')).toBe(true)
    expect(isWorkingDay('2025-10-18')).toBe(false) // an ordinary Saturday stays a rest day
    expect(isWorkingDay('2025-10-12')).toBe(false) // the Sunday after the make-up Saturday
  })

  it('Spring Festival 2025: Jan 28–Feb 4 off; Sun Jan 26 and Sat Feb 8 worked', () => {
    for (const day of daysFromTo('2025-01-28', '2025-02-04'))
      expect([day, isWorkingDay(day)]).toEqual([day, false])
    expect(isWorkingDay('2025-01-26')).toBe(true)
    expect(isWorkingDay('2025-02-08')).toBe(true)
    expect(isWorkingDay('2025-01-27')).toBe(true)
    expect(isWorkingDay('2025-02-05')).toBe(true)
  })

  it('Labour Day 2025: May 1–5 off; Sun Apr 27 worked', () => {
    for (const day of daysFromTo('2025-05-01', '2025-05-05'))
      expect([day, isWorkingDay(day)]).toEqual([day, false])
    expect(isWorkingDay('2025-04-27')).toBe(true)
    expect(isWorkingDay('2025-05-06')).toBe(true)
  })

  it('Spring Festival 2026: Feb 15–23 off; Sat Feb 14 and Sat Feb 28 worked', () => {
    for (const day of daysFromTo('2026-02-15', '2026-02-23'))
      expect([day, isWorkingDay(day)]).toEqual([day, false])
    expect(isWorkingDay('2026-02-14')).toBe(true)
    expect(isWorkingDay('2026-02-28')).toBe(true)
    expect(isWorkingDay('2026-02-24')).toBe(true)
    expect(isWorkingDay('2026-03-01')).toBe(false) // Sunday
  })

  it('judges an instant by its China calendar day, not its UTC one', () => {
    // 2025-09-27T16:00Z is Sun Sep 28 00:00 in China (make-up workday) but still Saturday in UTC.
    expect(isWorkingDay(new Date('2025-09-27T16:00:00Z'))).toBe(true)
    expect(isWorkingDay(new Date('2025-09-27T15:59:59Z'))).toBe(false)
    // 2025-09-30T16:30Z is Oct 1 00:30 in China: National Day, though Tuesday Sep 30 in UTC.
    expect(isWorkingDay('2025-09-30T16:30:00Z')).toBe(false)
    expect(toChinaDate('2025-09-30T16:30:00Z')).toBe('2025-10-01')
  })
})

describe('addWorkingDays counts the working days after the start day', () => {
  it('20 working days from Fri Sep 26 2025 end on Thu Oct 30 2025, counting both make-up days', () => {
    // Sep 26 itself is not counted. Sat 27 rest; Sun 28 make-up → 1; Mon 29 → 2; Tue 30 → 3;
    // Oct 1–8 holiday; Thu 9 → 4; Fri 10 → 5; Sat 11 make-up → 6; Sun 12 rest;
    // Oct 13–17 → 7–11; Oct 20–24 → 12–16; Oct 27 → 17, 28 → 18, 29 → 19, Thu Oct 30 → 20.
    // Ignoring the make-up days would give Nov 3; ignoring the holiday would give Oct 24.
    const deadline = addWorkingDays('2025-09-26', 20)
    expect(deadline.toISOString()).toBe(endOfChinaDay('2025-10-30'))
    expect(formatDeadlineZh(deadline)).toBe('2025年10月30日 23:59')
  })

  it('counts the make-up Sunday as the first working day after Fri Sep 26 2025', () => {
    expect(addWorkingDays('2025-09-26', 1).toISOString()).toBe(endOfChinaDay('2025-09-28'))
  })

  it('never counts the start day, even when it is a working day or a holiday', () => {
    expect(addWorkingDays('2025-09-29', 1).toISOString()).toBe(endOfChinaDay('2025-09-30'))
    // From a holiday (Oct 1 2025) the first working day is Thu Oct 9.
    expect(addWorkingDays('2025-10-01', 1).toISOString()).toBe(endOfChinaDay('2025-10-09'))
  })

  it('starts from the China calendar day of an instant', () => {
    // 2025-09-25T16:30Z is Fri Sep 26 00:30 in China: the same count as the first case.
    expect(addWorkingDays(new Date('2025-09-25T16:30:00Z'), 20).toISOString()).toBe(
      endOfChinaDay('2025-10-30'),
    )
    // One hour earlier it is still Thu Sep 25 in China: Fri 26 → 1, Sun 28 → 2, Sep 29–30 → 3–4,
    // Oct 9–11 → 5–7, Oct 13–17 → 8–12, Oct 20–24 → 13–17, Oct 27–29 → 18–20.
    expect(addWorkingDays('2025-09-25T15:30:00Z', 20).toISOString()).toBe(endOfChinaDay('2025-10-29'))
  })

  it('refuses a count that is not a positive whole number', () => {
    for (const n of [0, -1, 1.5, Number.NaN])
      expect(() => addWorkingDays('2025-09-26', n)).toThrow(StatutoryClockError)
  })
})

describe('proactiveDisclosureDeadline: 20 working days from 成文日期 (art. 26)', () => {
  it('across Spring Festival 2025: formed Fri Jan 24 → Thu Feb 27 2025', () => {
    // Sat 25 rest; Sun Jan 26 make-up → 1; Mon 27 → 2; Jan 28–Feb 4 holiday; Feb 5–7 → 3–5;
    // Sat Feb 8 make-up → 6; Feb 10–14 → 7–11; Feb 17–21 → 12–16; Feb 24 → 17, 25 → 18, 26 → 19, Thu 27 → 20.
    expect(proactiveDisclosureDeadline('2025-01-24').toISOString()).toBe(endOfChinaDay('2025-02-27'))
  })
})

describe('requestReplyDeadline: 20 working days from receipt, extension and pauses (art. 33)', () => {
  it('across Spring Festival 2026: received Thu Feb 12 → Wed Mar 18 2026', () => {
    // Fri Feb 13 → 1; Sat 14 make-up → 2; Feb 15–23 holiday; Feb 24–27 → 3–6; Sat 28 make-up → 7;
    // Sun Mar 1 rest; Mar 2–6 → 8–12; Mar 9–13 → 13–17; Mar 16 → 18, 17 → 19, Wed Mar 18 → 20.
    expect(requestReplyDeadline({ receivedOn: '2026-02-12' }).toISOString()).toBe(endOfChinaDay('2026-03-18'))
  })

  it('across Labour Day 2025: received Fri Apr 25 → Tue May 27 2025', () => {
    // Sat 26 rest; Sun Apr 27 make-up → 1; Apr 28–30 → 2–4; May 1–5 holiday; Tue May 6 → 5;
    // May 7–9 → 6–8; May 12–16 → 9–13; May 19–23 → 14–18; May 26 → 19, Tue May 27 → 20.
    expect(addWorkingDays('2025-04-25', 5).toISOString()).toBe(endOfChinaDay('2025-05-06'))
    expect(requestReplyDeadline({ receivedOn: '2025-04-25' }).toISOString()).toBe(endOfChinaDay('2025-05-27'))
  })

  describe('received Mon Sep 15 2025, a third party consulted Mon Sep 22–Fri Sep 26, across National Day', () => {
    const receivedOn = '2025-09-15'
    const pauses = [{ from: '2025-09-22', to: '2025-09-26' }]

    it('without pause or extension: Fri Oct 17', () => {
      // Sep 16–19 → 1–4; Sep 22–26 → 5–9; Sun 28 make-up → 10; Sep 29–30 → 11–12; Oct 1–8 holiday;
      // Oct 9–10 → 13–14; Sat Oct 11 make-up → 15; Oct 13–17 → 16–20.
      expect(requestReplyDeadline({ receivedOn }).toISOString()).toBe(endOfChinaDay('2025-10-17'))
    })

    it('the pause moves it by its five working days: Fri Oct 24', () => {
      expect(requestReplyDeadline({ pauses, receivedOn }).toISOString()).toBe(endOfChinaDay('2025-10-24'))
    })

    it('the 20-day extension alone: Fri Nov 14', () => {
      // Continuing after Oct 17 (20): Oct 20–24 → 21–25; Oct 27–31 → 26–30; Nov 3–7 → 31–35; Nov 10–14 → 36–40.
      const deadline = requestReplyDeadline({ extensionWorkingDays: 20, receivedOn })
      expect(deadline.toISOString()).toBe(endOfChinaDay('2025-11-14'))
    })

    it('pause and extension together: Fri Nov 21', () => {
      // Sep 16–19 → 1–4; Sep 22–26 paused; Sun 28 → 5; Sep 29–30 → 6–7; Oct 9–10 → 8–9; Sat Oct 11 → 10;
      // Oct 13–17 → 11–15; Oct 20–24 → 16–20; Oct 27–31 → 21–25; Nov 3–7 → 26–30; Nov 10–14 → 31–35;
      // Nov 17–21 → 36–40.
      const deadline = requestReplyDeadline({ extensionWorkingDays: 20, pauses, receivedOn })
      expect(deadline.toISOString()).toBe(endOfChinaDay('2025-11-21'))
      expect(formatDeadlineZh(deadline)).toBe('2025年11月21日 23:59')
    })

    it('a one-day pause includes both ends and accepts instants inside the day', () => {
      // Tue Sep 16 paused: the 20th working day moves from Fri Oct 17 to Mon Oct 20.
      const sameDay = [{ from: '2025-09-16', to: '2025-09-16' }]
      const officeHours = [{ from: '2025-09-16T09:00+08:00', to: new Date('2025-09-16T09:00:00Z') }]
      expect(requestReplyDeadline({ pauses: sameDay, receivedOn }).toISOString()).toBe(
        endOfChinaDay('2025-10-20'),
      )
      expect(requestReplyDeadline({ pauses: officeHours, receivedOn }).toISOString()).toBe(
        endOfChinaDay('2025-10-20'),
      )
    })
  })

  it('a make-up workday inside a pause does not count', () => {
    // Received Tue Sep 30 2025. Unpaused: Oct 9–10 → 1–2, Sat Oct 11 → 3, Oct 13–17 → 4–8, Oct 20–24 → 9–13,
    // Oct 27–31 → 14–18, Nov 3 → 19, Tue Nov 4 → 20. Pausing Oct 9–11 removes three working days,
    // the make-up Saturday among them: Oct 13 becomes 1 and Fri Nov 7 the 20th.
    const receivedOn = '2025-09-30'
    expect(requestReplyDeadline({ receivedOn }).toISOString()).toBe(endOfChinaDay('2025-11-04'))
    const paused = requestReplyDeadline({ pauses: [{ from: '2025-10-09', to: '2025-10-11' }], receivedOn })
    expect(paused.toISOString()).toBe(endOfChinaDay('2025-11-07'))
  })

  it('refuses an extension over 20 working days, in Chinese and English', () => {
    const refusal = refusalOf(() =>
      requestReplyDeadline({ extensionWorkingDays: 21, receivedOn: '2025-09-15' }),
    )
    expect(refusal.messageZh).toContain('延长答复期限最长不得超过 20 个工作日')
    expect(refusal.messageZh).toContain('第三十三条')
    expect(refusal.messageEn).toContain('may not exceed 20 working days')
    expect(refusal.message).toContain(refusal.messageZh)
    expect(refusal.message).toContain(refusal.messageEn)
  })

  it('refuses a negative or fractional extension and a pause that ends before it starts', () => {
    for (const extensionWorkingDays of [-1, 2.5]) {
      expect(() => requestReplyDeadline({ extensionWorkingDays, receivedOn: '2025-09-15' })).toThrow(
        StatutoryClockError,
      )
    }
    const backwards = refusalOf(() =>
      requestReplyDeadline({ pauses: [{ from: '2025-09-26', to: '2025-09-22' }], receivedOn: '2025-09-15' }),
    )
    expect(backwards.messageZh).toContain('2025-09-26')
    expect(backwards.messageEn).toContain('after it ends')
  })
})

describe('hour clocks count calendar hours, nights and holidays included', () => {
  // 21:30 on Oct 1 2025 (National Day) in China is 13:30Z.
  const start = '2025-10-01T21:30:00+08:00'

  it('5 h, 24 h and 48 h from 21:30 on a holiday', () => {
    const authoritative = hoursDeadline(start, HOUR_CLOCKS.authoritativeInformation)
    expect(authoritative.toISOString()).toBe('2025-10-01T18:30:00.000Z')
    expect(formatDeadlineZh(authoritative)).toBe('2025年10月2日 02:30') // past midnight in China
    expect(formatDeadlineZh(hoursDeadline(start, HOUR_CLOCKS.pressConference))).toBe('2025年10月2日 21:30')
    expect(formatDeadlineZh(hoursDeadline(start, HOUR_CLOCKS.publicConcernResponse))).toBe(
      '2025年10月3日 21:30',
    )
  })

  it('reads a time without a zone as China time, whatever the server runs in', () => {
    expect(toInstant('2025-10-01T21:30').toISOString()).toBe('2025-10-01T13:30:00.000Z')
    expect(hoursDeadline('2025-10-01T21:30', 5).getTime()).toBe(hoursDeadline(start, 5).getTime())
  })

  it('crosses into a new year on the China clock', () => {
    expect(formatDeadlineZh(hoursDeadline('2025-12-31T22:00:00+08:00', 5))).toBe('2026年1月1日 03:00')
  })

  it('refuses hours that are not positive', () => {
    for (const hours of [0, -5, Number.POSITIVE_INFINITY]) {
      expect(() => hoursDeadline(start, hours)).toThrow(StatutoryClockError)
    }
  })
})

describe('clockStatus', () => {
  // A 48 h public-concern clock started at 21:30 on Oct 1 2025, China time: due 21:30 on Oct 3.
  const deadline = hoursDeadline('2025-10-01T21:30:00+08:00', HOUR_CLOCKS.publicConcernResponse)

  it('runs, becomes due soon under 24 h left, and is overdue after the deadline', () => {
    expect(clockStatus(deadline, '2025-10-01T21:30:00+08:00')).toEqual({
      deadline,
      remainingMs: 48 * HOUR,
      state: 'running',
    })
    expect(clockStatus(deadline, '2025-10-02T21:30:00+08:00').state).toBe('running') // exactly 24 h left
    expect(clockStatus(deadline, '2025-10-02T21:30:01+08:00').state).toBe('due_soon')
    expect(clockStatus(deadline, deadline).state).toBe('due_soon') // the deadline instant is still in time
    const late = clockStatus(deadline, new Date(deadline.getTime() + 1))
    expect(late).toEqual({ deadline, remainingMs: -1, state: 'overdue' })
  })

  it('judges finished work by when it was done, not by now', () => {
    const now = '2025-10-10T09:00:00+08:00' // long after the deadline
    expect(clockStatus(deadline, now, '2025-10-03T20:00:00+08:00')).toEqual({
      deadline,
      remainingMs: 1.5 * HOUR,
      state: 'done_on_time',
    })
    expect(clockStatus(deadline, now, '2025-10-04T09:30:00+08:00')).toEqual({
      deadline,
      remainingMs: -12 * HOUR,
      state: 'done_late',
    })
    expect(clockStatus(deadline, now, deadline).state).toBe('done_on_time') // done at the last instant
    expect(clockStatus(deadline, '2025-10-02T09:00:00+08:00', null).state).toBe('running')
  })

  it('takes a threshold fitting a short clock', () => {
    const fiveHours = hoursDeadline('2025-10-01T21:30:00+08:00', HOUR_CLOCKS.authoritativeInformation)
    const options = { dueSoonWithinMs: HOUR }
    expect(clockStatus(fiveHours, '2025-10-02T01:00:00+08:00', undefined, options).state).toBe('running')
    expect(clockStatus(fiveHours, '2025-10-02T01:45:00+08:00', undefined, options).state).toBe('due_soon')
    // With the default 24 h threshold a 5 h clock is due soon from its start.
    expect(clockStatus(fiveHours, '2025-10-01T21:30:00+08:00').state).toBe('due_soon')
  })

  it('follows a working-day deadline to its last minute in China', () => {
    const reply = requestReplyDeadline({ receivedOn: '2026-02-12' }) // Wed Mar 18 2026, 23:59:59.999 +08:00
    expect(clockStatus(reply, '2026-03-17T23:59:59.999+08:00').state).toBe('running')
    expect(clockStatus(reply, '2026-03-18T23:59:00+08:00').state).toBe('due_soon')
    expect(clockStatus(reply, '2026-03-19T00:00:00+08:00').state).toBe('overdue')
  })
})

describe('input parsing', () => {
  it('refuses impossible dates and ambiguous formats instead of guessing', () => {
    const refused = [
      '2025-02-30',
      '2025-02-30T10:00Z', // Date.parse would quietly read March 2
      '2025-13-01',
      '10/01/2025',
      'Oct 1 2025',
      '',
      '2025-10-01T24:00',
      '2025-10-01Z',
    ]
    for (const input of refused) {
      expect(() => toInstant(input), input).toThrow(StatutoryClockError)
    }
    expect(() => isWorkingDay(new Date(Number.NaN))).toThrow(StatutoryClockError)
  })

  it('reads a date without a time as China midnight, and exact instants as given', () => {
    expect(toInstant('2025-10-01').toISOString()).toBe('2025-09-30T16:00:00.000Z')
    expect(toInstant('2025-10-01T08:00:00.000Z').toISOString()).toBe('2025-10-01T08:00:00.000Z')
    expect(toInstant('2025-10-01T08:00:00-05:00').toISOString()).toBe('2025-10-01T13:00:00.000Z')
    expect(toInstant('2025-10-01T08:00:00.5+0530').toISOString()).toBe('2025-10-01T02:30:00.500Z')
  })
})

describe('years without an official arrangement', () => {
  it('are recognised, so a caller can flag a deadline counted on weekdays alone', () => {
    expect(hasOfficialCalendar('2026-12-31')).toBe(true)
    expect(hasOfficialCalendar('2026-12-31T16:00:00Z')).toBe(false) // already Jan 1 2027 in China
    // Received Dec 15 2026: the count runs into January 2027, whose holidays the package does not know
    // yet (it would take Fri Jan 1 2027 for a working day), so the deadline must not be trusted blindly.
    expect(hasOfficialCalendar(requestReplyDeadline({ receivedOn: '2026-12-15' }))).toBe(false)
    expect(hasOfficialCalendar(requestReplyDeadline({ receivedOn: '2026-11-20' }))).toBe(true)
  })
})

describe('the answers do not depend on the server timezone', () => {
  const originalTz = process.env.TZ
  afterEach(() => {
    if (originalTz === undefined) delete process.env.TZ
    else process.env.TZ = originalTz
  })

  // getTimezoneOffset() on Jan 15 2025 (minutes west of UTC), to prove each switch took effect.
  const zones = { 'America/New_York': 300, 'Asia/Shanghai': -480, 'Pacific/Kiritimati': -840, UTC: 0 }

  for (const [zone, offsetMinutes] of Object.entries(zones)) {
    it(`gives the same deadlines with TZ=${zone}`, () => {
      process.env.TZ = zone
      expect(new Date(2025, 0, 15).getTimezoneOffset()).toBe(offsetMinutes)

      expect(isWorkingDay('2025-09-28')).toBe(true)
      expect(isWorkingDay('2025-10-18')).toBe(false)
      expect(isWorkingDay('2025-10-20')).toBe(true)
      expect(addWorkingDays('2025-09-26', 20).toISOString()).toBe(endOfChinaDay('2025-10-30'))
      expect(addWorkingDays(new Date('2025-09-25T16:30:00Z'), 20).toISOString()).toBe(
        endOfChinaDay('2025-10-30'),
      )
      expect(requestReplyDeadline({ receivedOn: '2026-02-12' }).toISOString()).toBe(
        endOfChinaDay('2026-03-18'),
      )
      expect(toInstant('2025-10-01T21:30').toISOString()).toBe('2025-10-01T13:30:00.000Z')
      expect(formatDeadlineZh(hoursDeadline('2025-10-01T21:30', 5))).toBe('2025年10月2日 02:30')
      expect(formatDeadlineZh(hoursDeadline('2025-12-31T22:00', 5))).toBe('2026年1月1日 03:00')
    })
  }
})
