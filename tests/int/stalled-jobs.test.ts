import { afterAll, beforeAll, expect, it } from 'vitest'

import { recoverStalledJobs } from '@/jobs/recoverStalledJobs'

import { describeOnDatabase, startPayload, type TestPayload } from './helpers/payload'

describeOnDatabase('jobs left running by a dead worker', () => {
  let t: TestPayload
  beforeAll(async () => {
    t = await startPayload()
  })
  afterAll(async () => t?.cleanup())

  it('hands a job stuck in processing back to the queue, and leaves a running one alone', async () => {
    const queue = (deliveryId: string) =>
      t.payload.jobs.queue({ input: { deliveryId }, queue: 'deliveries', task: 'deliverItem' })
    const stuck = await queue('stuck')
    const running = await queue('running')
    const waiting = await queue('waiting')
    for (const job of [stuck, running]) {
      await t.payload.update({ collection: 'payload-jobs', data: { processing: true }, id: job.id })
    }
    // Twenty minutes from now the first two look abandoned; pretend the second just reported progress.
    const later = new Date(Date.now() + 20 * 60_000)
    await t.payload.db.updateOne({
      collection: 'payload-jobs',
      data: { updatedAt: new Date(later.getTime() - 60_000).toISOString() },
      id: running.id,
    })
    const recovered = await recoverStalledJobs(t.payload, later)
    expect(recovered.map(String)).toEqual([String(stuck.id)])
    const state = async (id: number | string) =>
      (await t.payload.findByID({ collection: 'payload-jobs', depth: 0, id })).processing
    expect(await state(stuck.id)).toBe(false)
    expect(await state(running.id)).toBe(true)
    expect(await state(waiting.id)).toBe(false)
    expect(await recoverStalledJobs(t.payload, later)).toEqual([])
  })
})
