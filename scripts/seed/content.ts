/**
 * Sample content of every kind, written for the demo in our own words: the bureau's 2018 openness work
 * plan as a disclosure with a graphic interpretation, a normative document, an emergency thread, one
 * response for each class of public concern and an open consultation with comments.
 * Matched by title, so seeding twice adds nothing.
 */
import type { Payload } from 'payload'

import { publishThroughGate } from './gateFlow'
import { barChartPng } from './sampleImages'

type Ids = {
  units: Map<string, number | string>
  users: Map<string, number | string>
  website: number | string
}

const paragraphs = (...texts: string[]) => ({
  root: {
    children: texts.map((text) => ({
      children: [{ detail: 0, format: 0, mode: 'normal', style: '', text, type: 'text', version: 1 }],
      direction: 'ltr' as const,
      format: '' as const,
      indent: 0,
      textFormat: 0,
      type: 'paragraph',
      version: 1,
    })),
    direction: 'ltr' as const,
    format: '' as const,
    indent: 0,
    type: 'root',
    version: 1,
  },
})

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3600_000).toISOString()
const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()

export async function seedSampleContent(payload: Payload, ids: Ids): Promise<number> {
  let created = 0
  const unit = (code: string) => ids.units.get(code) as number
  const author = (email: string) => ids.users.get(email) as number

  async function once<T extends { id: number | string }>(
    collection: 'consultations' | 'disclosures' | 'interpretations' | 'responses',
    title: string,
    make: () => Promise<T>,
  ): Promise<number | string> {
    const existing = await payload.find({
      collection,
      depth: 0,
      limit: 1,
      where: { title: { equals: title } },
    })
    const id = existing.docs[0]?.id ?? (await make()).id
    if (!existing.docs[0]) created++
    // Sample items go public the only way anything does: reviewed, approved and delivered.
    await publishThroughGate(payload, collection, id, [ids.website])
    return id
  }

  const workPlanTitle = '2018年全市公安机关政务公开政务服务工作要点'
  const workPlan = await once('disclosures', workPlanTitle, () =>
    payload.create({
      collection: 'disclosures',
      data: {
        author: author('editor.xck@yangguang.example'),
        body: paragraphs(
          '本要点部署全市公安机关全年政务公开和政务服务工作，围绕决策、执行、管理、服务、结果“五公开”展开。',
          '一是深化“互联网+政务服务”，推动公安业务网上办理、窗口一站式服务；二是在办文办会中落实“五公开”，做好重大行政决策公众参与，加大财政预决算、重大建设项目等重点领域信息公开；三是强化政策解读，发挥主要负责人“第一解读人”作用；四是及时回应社会关切，分类处置各类舆情；五是加强网站和“两微一端”建设，按照“谁开设、谁管理”落实内容审查；六是加强组织领导和监督考核。',
        ),
        disclosureMode: 'proactive',
        docType: 'plan',
        formedOn: '2018-08-30T00:00:00.000+08:00',
        openness: 'decision',
        title: workPlanTitle,
        topic: 'general',
        unit: unit('XCGA'),
      },
    }),
  )

  const normativeTitle = '关于规范户籍业务窗口办理时限的规定'
  await once('disclosures', normativeTitle, () =>
    payload.create({
      collection: 'disclosures',
      data: {
        author: author('editor.xck@yangguang.example'),
        body: paragraphs(
          '为提升户籍窗口服务效率，现就户口迁移、出生登记等业务的办理时限作如下规定。',
          '材料齐全的，当场办结；需要核查的，自受理之日起5个工作日内办结，并告知申请人办理进度。',
        ),
        disclosureMode: 'proactive',
        docType: 'normative',
        documentNumber: '宣公规〔2026〕1号',
        formedOn: '2026-03-02T00:00:00.000+08:00',
        openness: 'service',
        title: normativeTitle,
        topic: 'household',
        unit: unit('XCGA'),
        validity: 'valid',
      },
    }),
  )

  const graphicTitle = '图解：2018年全市公安机关政务公开政务服务工作要点'
  await once('interpretations', graphicTitle, async () => {
    const images = await Promise.all(
      [
        {
          alt: '图一：六项重点任务的条目数，依次为 2、3、1、1、2、2',
          colour: '#c8161d',
          values: [2, 3, 1, 1, 2, 2],
        },
        {
          alt: '图二：各类责任单位数量，内设机构 7 个、支队 7 个、分局 2 个、县市局 6 个',
          colour: '#d4880f',
          values: [7, 7, 2, 6],
        },
      ].map(async ({ alt, colour, values }, i) => {
        const media = await payload.create({
          collection: 'media',
          data: { alt, unit: unit('XCK'), uploadedBy: author('editor.xck@yangguang.example') },
          file: {
            data: await barChartPng(values, colour),
            mimetype: 'image/png',
            name: `work-plan-2018-graphic-${i + 1}.png`,
            size: 0,
          },
        })
        return { alt, image: media.id }
      }),
    )
    return payload.create({
      collection: 'interpretations',
      data: {
        author: author('editor.xck@yangguang.example'),
        firstInterpreter: { name: '王建国', position: '宣城市公安局政务公开领导小组组长' },
        form: 'graphic',
        graphics: images,
        policy: workPlan as number,
        sections: {
          background: '落实国家和省关于全面推进政务公开的部署，结合公安工作实际制定。',
          benefits: '群众办事“最多跑一次”，更多公安业务可以网上办理。',
          mainContent: '六个方面：互联网+政务服务、五公开、政策解读、回应关切、平台建设、组织保障。',
          objectives: '以公开促落实、促规范、促服务，打造“阳光警务”。',
        },
        title: graphicTitle,
        unit: unit('XCK'),
      },
    })
  })

  const firstNoticeTitle = '关于G318国道宣城段交通事故的情况通报'
  const firstNotice = await once('disclosures', firstNoticeTitle, () =>
    payload.create({
      collection: 'disclosures',
      data: {
        author: author('editor.xck@yangguang.example'),
        body: paragraphs(
          '今日上午，G318国道宣城段发生一起两车相撞事故，交警部门已第一时间到场处置，伤者已送医救治。',
        ),
        disclosureMode: 'proactive',
        docType: 'emergency',
        eventOccurredAt: hoursAgo(3),
        formedOn: hoursAgo(2),
        openness: 'result',
        stage: 'first',
        title: firstNoticeTitle,
        topic: 'traffic',
        unit: unit('XCK'),
      },
    }),
  )
  await once('disclosures', '关于G318国道宣城段交通事故的进展通报', () =>
    payload.create({
      collection: 'disclosures',
      data: {
        author: author('editor.xck@yangguang.example'),
        body: paragraphs('事故现场已清理完毕，道路恢复通行；事故原因正在进一步调查中。'),
        disclosureMode: 'proactive',
        docType: 'emergency',
        formedOn: hoursAgo(1),
        openness: 'result',
        stage: 'progress',
        thread: firstNotice as number,
        title: '关于G318国道宣城段交通事故的进展通报',
        topic: 'traffic',
        unit: unit('XCK'),
      },
    }),
  )

  const responses = [
    {
      adoptionStatus: '已采纳：自下月起，出入境接待大厅周六上午开放。',
      concern: '网民建议出入境接待大厅周末开放，方便上班族办理证件。',
      concernClass: 'suggestion',
      source: 'netizen_message',
      title: '关于出入境大厅周末开放建议的回复',
    },
    {
      concern: '市民反映老旧小区办理居住证需往返多次。',
      concernClass: 'difficulty',
      solution: '已在社区警务室设立代办点，材料可一次提交。',
      source: 'hotline_12345',
      title: '关于居住证办理不便问题的回复',
    },
    {
      concern: '媒体报道某驾校存在违规培训问题。',
      concernClass: 'major_issue',
      investigationResult: '经调查，该驾校存在违规行为，已责令停业整顿并依法处罚。',
      source: 'media_report',
      title: '关于某驾校违规培训问题的调查情况',
    },
    {
      authoritativeInfo: '新规只针对电动自行车加装遮阳棚，不涉及其他车辆，现予说明。',
      concern: '部分群众对电动自行车新规适用范围存在疑问。',
      concernClass: 'misunderstanding',
      source: 'netizen_message',
      title: '关于电动自行车管理规定适用范围的说明',
    },
    {
      concern: '网上有观点认为交通违法举报奖励是“以罚代管”。',
      concernClass: 'wrong_view',
      correction: '举报奖励旨在鼓励群众参与交通治理，罚没收入依法上缴国库，与奖励无关。',
      source: 'media_report',
      title: '关于交通违法举报奖励的解读',
    },
    {
      concern: '网传“本市明日起全面限行”。',
      concernClass: 'false_info',
      rebuttal: '经核实，该信息系编造，本市未出台任何限行措施。',
      referral: {
        caseNumber: '宣公网安〔2026〕17号',
        referredAt: hoursAgo(2),
        referredTo: '网络安全保卫支队',
      },
      source: 'netizen_message',
      title: '关于网传“全面限行”信息的辟谣',
    },
  ] as const
  for (const response of responses) {
    await once('responses', response.title, () =>
      payload.create({
        collection: 'responses',
        data: {
          ...response,
          author: author('editor.xck@yangguang.example'),
          body: paragraphs(response.concern),
          receivedAt: hoursAgo(30),
          respondedAt: hoursAgo(6),
          topic: 'other',
          unit: unit('XCK'),
        },
      }),
    )
  }

  const consultationTitle = '《宣城市电动自行车停放管理办法（征求意见稿）》公开征求意见'
  const consultation = await once('consultations', consultationTitle, () =>
    payload.create({
      collection: 'consultations',
      data: {
        author: author('editor.xzfj@yangguang.example'),
        closesAt: daysFromNow(20),
        draftText: paragraphs(
          '第一条 为规范电动自行车停放秩序，保障消防安全，制定本办法。',
          '第二条 禁止在楼道、安全出口和疏散通道停放电动自行车或为其充电。',
        ),
        opensAt: hoursAgo(48),
        summary: '现将办法征求意见稿向社会公开征求意见，欢迎提出修改建议。',
        title: consultationTitle,
        unit: unit('XZFJ'),
      },
    }),
  )
  const existingComments = await payload.count({
    collection: 'consultation-comments',
    where: { consultation: { equals: consultation } },
  })
  if (existingComments.totalDocs === 0) {
    const comments = [
      { body: '建议小区统一建设充电车棚，配套充电桩后再严格执行禁止楼道停放。', status: 'approved' },
      { body: '希望明确物业公司的管理责任和违规处理方式。', status: 'pending' },
    ] as const
    for (const comment of comments) {
      await payload.create({
        collection: 'consultation-comments',
        data: { body: comment.body, consultation: consultation as number, status: comment.status },
      })
      created++
    }
  }
  return created
}
