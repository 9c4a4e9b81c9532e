/**
 * Sample 依申请公开 requests for the demo, with fictitious applicants, so the reply clock can be seen in
 * each of its states: running, paused for a third party, extended, overdue, answered, and one carried
 * over from last year. Dates are relative to today. Matched by subject, so seeding twice adds nothing.
 */
import type { Payload } from 'payload'

type Ids = { units: Map<string, number | string>; users: Map<string, number | string> }

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString()

export async function seedSampleRequests(payload: Payload, ids: Ids): Promise<number> {
  const lastYear = new Date().getFullYear() - 1
  const samples = [
    {
      applicant: { address: '宣城市宣州区示例路8号', name: '陈某某', phone: '0563-0000001' },
      applicantType: 'natural_person',
      channel: 'online',
      receivedOn: daysAgo(3),
      subject: '申请公开本小区周边道路监控设施的设置依据',
    },
    {
      applicant: {
        address: '宣城市经济技术开发区示例大道1号',
        name: '某物流有限公司',
        phone: '0563-0000002',
      },
      applicantType: 'commercial',
      channel: 'letter',
      pauses: [{ from: daysAgo(6), kind: 'third_party' }],
      receivedOn: daysAgo(12),
      subject: '申请公开货车限行路段的调整论证材料',
    },
    {
      applicant: { name: '某高校交通研究课题组', phone: '0563-0000003' },
      applicantType: 'research',
      channel: 'email',
      extension: {
        approved: true,
        approvedOn: daysAgo(15),
        days: 15,
        reason: '涉及多个单位数据，需汇总核实',
      },
      receivedOn: daysAgo(25),
      subject: '申请公开近三年全市交通事故分时段统计',
    },
    {
      applicant: { address: '宣城市宣州区示例街3号', name: '李某', phone: '0563-0000004' },
      applicantType: 'natural_person',
      channel: 'in_person',
      receivedOn: daysAgo(45),
      subject: '申请公开某派出所辖区警务室的设置方案',
    },
    {
      applicant: { name: '某律师事务所', phone: '0563-0000005' },
      applicantType: 'legal_services',
      channel: 'online',
      outcome: 'partially_disclosed',
      receivedOn: daysAgo(30),
      repliedOn: daysAgo(14),
      subject: '申请公开交通违法处理窗口的办事指南及收费依据',
    },
    {
      applicant: { name: '王某', phone: '0563-0000006' },
      applicantType: 'natural_person',
      channel: 'online',
      outcome: 'disclosed',
      receivedOn: `${lastYear}-12-22T00:00:00.000+08:00`,
      repliedOn: `${lastYear + 1}-01-12T00:00:00.000+08:00`,
      subject: '申请公开户籍窗口延时服务的安排',
    },
  ] as const

  let created = 0
  for (const sample of samples) {
    const existing = await payload.count({
      collection: 'disclosure-requests',
      where: { subject: { equals: sample.subject } },
    })
    if (existing.totalDocs > 0) continue
    await payload.create({
      collection: 'disclosure-requests',
      data: {
        ...sample,
        author: ids.users.get('editor.xzfj@yangguang.example') as number,
        extension: 'extension' in sample ? { ...sample.extension } : undefined,
        pauses: 'pauses' in sample ? sample.pauses.map((pause) => ({ ...pause })) : undefined,
        unit: ids.units.get('XZFJ') as number,
      },
    })
    created++
  }
  return created
}
