import { afterAll, beforeAll, expect, it } from 'vitest'

import { seed } from '../../scripts/seed/index'
import { DEMO_PASSWORD } from '../../scripts/seed/users'
import { policy, richText } from './fixtures/content'
import { httpDoors } from './helpers/http'
import { createAndPublish, editAndPublish } from './helpers/publishing'
import { describeOnDatabase, startPayload, type TestPayload } from './helpers/payload'

describeOnDatabase('statutory deadlines on content', () => {
  let t: TestPayload
  let doors: Awaited<ReturnType<typeof httpDoors>>
  let editor: string

  beforeAll(async () => {
    t = await startPayload()
    await seed(t.payload, { demoUsers: true })
    doors = await httpDoors()
    editor = await doors.login('editor.xck@yangguang.example', DEMO_PASSWORD)
  })
  afterAll(async () => t?.cleanup())

  it('gives a proactive disclosure 20 working days from 成文日期 and lists it when overdue', async () => {
    // Formed on Friday 26 September 2025: the 20th working day after it, counting the make-up
    // workdays of 28 September and 11 October and skipping the National Day holiday, is 30 October.
    const draft = await doors.rest('POST', 'disclosures?draft=true', {
      body: {
        ...policy,
        _status: 'draft',
        formedOn: '2025-09-26T00:00:00.000+08:00',
        title: '逾期未公开的通知',
      },
      token: editor,
    })
    expect(draft.status).toBe(201)
    expect(draft.body.doc.dueAt).toBe('2025-10-30T15:59:59.999Z')
    expect(draft.body.doc.deadlineState).toBe('overdue')
    const overdue = await doors.rest('GET', 'deadlines/overdue', { token: editor })
    expect(overdue.status).toBe(200)
    expect(overdue.body.items.map((i: { title: string }) => i.title)).toContain('逾期未公开的通知')
    expect(overdue.body.items[0].dueAtText).toBe('2025年10月30日 23:59')
    expect(overdue.body).toMatchObject({ totalDocs: overdue.body.items.length, truncated: false })
    expect((await doors.rest('GET', 'deadlines/overdue')).status).toBe(401)
  })

  it('stops the clock at publication and judges it late', async () => {
    const late = await createAndPublish(
      doors,
      t.payload,
      'disclosures',
      { ...policy, formedOn: '2025-09-26T00:00:00.000+08:00', title: '迟发的通知' },
      editor,
    )
    expect(late.body.doc.deadlineState).toBe('done_late')
  })

  it('gives public concern 48 hours and a major emergency 5 hours', async () => {
    const receivedAt = new Date().toISOString()
    const base = {
      concern: '群众反映某路口信号灯故障',
      concernClass: 'difficulty',
      receivedAt,
      source: 'hotline_12345',
      title: '关于路口信号灯的回应',
    }
    const normal = await doors.rest('POST', 'responses?draft=true', {
      body: { ...base, _status: 'draft', topic: 'other' },
      token: editor,
    })
    expect(Date.parse(normal.body.doc.dueAt) - Date.parse(receivedAt)).toBe(48 * 3600_000)
    expect(normal.body.doc.deadlineState).toBe('running')
    const emergency = await doors.rest('POST', 'responses?draft=true', {
      body: { ...base, _status: 'draft', topic: 'emergency' },
      token: editor,
    })
    expect(Date.parse(emergency.body.doc.dueAt) - Date.parse(receivedAt)).toBe(5 * 3600_000)
    expect(emergency.body.doc.deadlineState).toBe('due_soon')
  })

  it('gives a major emergency a 24-hour press-conference clock that the held date stops', async () => {
    const eventOccurredAt = new Date(Date.now() - 30 * 3600_000).toISOString()
    const first = await createAndPublish(
      doors,
      t.payload,
      'disclosures',
      {
        ...policy,
        body: richText('火情已得到控制，无人员伤亡。'),
        docType: 'emergency',
        documentNumber: '',
        eventOccurredAt,
        stage: 'first',
        title: '关于某化工厂火情的通报',
      },
      editor,
    )
    expect(first.status).toBe(201)
    const doc = first.body.doc
    expect(Date.parse(doc.dueAt) - Date.parse(eventOccurredAt)).toBe(5 * 3600_000)
    expect(doc.deadlineState).toBe('done_late')
    expect(Date.parse(doc.pressConferenceDueAt) - Date.parse(eventOccurredAt)).toBe(24 * 3600_000)
    expect(doc.pressConferenceState).toBe('overdue')
    const overdue = await doors.rest('GET', 'deadlines/overdue', { token: editor })
    expect(overdue.body.items).toContainEqual(
      expect.objectContaining({ clock: 'press_conference', id: doc.id, title: '关于某化工厂火情的通报' }),
    )

    const held = await editAndPublish(
      doors,
      t.payload,
      'disclosures',
      doc.id,
      { pressConferenceHeldAt: new Date().toISOString() },
      editor,
    )
    expect(held.body.doc.pressConferenceState).toBe('done_late')
    const after = await doors.rest('GET', 'deadlines/overdue', { token: editor })
    expect(after.body.items.filter((i: { clock: string }) => i.clock === 'press_conference')).toEqual([])
  })
})
