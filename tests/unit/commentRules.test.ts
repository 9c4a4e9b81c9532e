import { describe, expect, it } from 'vitest'

import {
  beijingTime,
  checkComment,
  countLinks,
  hasHtmlTag,
  isChineseMobile,
  isEmail,
  isOnlyPunctuation,
  notOpenMessage,
  phaseOf,
} from '@/lib/commentRules'

describe('phaseOf', () => {
  const window = { closesAt: '2026-05-31T16:00:00.000Z', opensAt: '2026-05-01T01:00:00.000Z' }
  const at = (iso: string) => new Date(iso).getTime()

  it('is upcoming before opensAt, open from opensAt, closed from closesAt', () => {
    expect(phaseOf(window, at('2026-05-01T00:59:59.999Z'))).toBe('upcoming')
    expect(phaseOf(window, at('2026-05-01T01:00:00.000Z'))).toBe('open')
    expect(phaseOf(window, at('2026-05-31T15:59:59.999Z'))).toBe('open')
    expect(phaseOf(window, at('2026-05-31T16:00:00.000Z'))).toBe('closed')
  })

  it('treats a missing opening as upcoming and a missing closing as still open', () => {
    expect(phaseOf({ closesAt: window.closesAt }, at('2026-05-10T00:00:00Z'))).toBe('upcoming')
    expect(phaseOf({ opensAt: window.opensAt, closesAt: null }, at('2027-01-01T00:00:00Z'))).toBe('open')
  })
})

describe('beijingTime and notOpenMessage', () => {
  it('formats in Asia/Shanghai whatever the machine zone', () => {
    expect(beijingTime('2026-05-31T16:00:00.000Z')).toBe('2026-06-01 00:00')
    expect(beijingTime(new Date('2026-05-01T01:05:00.000Z'))).toBe('2026-05-01 09:05')
  })

  it('says when an upcoming consultation opens and when a closed one closed', () => {
    const window = { closesAt: '2026-05-31T16:00:00.000Z', opensAt: '2026-05-01T01:00:00.000Z' }
    expect(notOpenMessage(window, Date.parse('2026-04-01T00:00:00Z'))).toBe(
      '该征求意见尚未开始，将于 2026-05-01 09:00（北京时间）开始接受意见',
    )
    expect(notOpenMessage(window, Date.parse('2026-05-10T00:00:00Z'))).toBeNull()
    expect(notOpenMessage(window, Date.parse('2026-07-01T00:00:00Z'))).toBe(
      '该征求意见已于 2026-06-01 00:00（北京时间）结束，不再接受意见',
    )
  })
})

describe('content predicates', () => {
  it('finds bodies that are only whitespace, punctuation or symbols', () => {
    expect(isOnlyPunctuation('。。。！！！   ？？')).toBe(true)
    expect(isOnlyPunctuation('!!!...???')).toBe(true)
    expect(isOnlyPunctuation('👍👍👍👍👍')).toBe(true)
    expect(isOnlyPunctuation('好。。。。')).toBe(false)
    expect(isOnlyPunctuation('12345')).toBe(false)
  })

  it('counts links by scheme or www', () => {
    expect(countLinks('见 https://a.example/x 和 http://b.example 及 www.c.example、WWW.d.example')).toBe(4)
    expect(countLinks('没有链接，邮箱 a@b.example 不算')).toBe(0)
  })

  it('finds HTML tags but not ordinary angle brackets', () => {
    expect(hasHtmlTag('<script>alert(1)</script>')).toBe(true)
    expect(hasHtmlTag('点此 <a href="https://x.example">链接</a>')).toBe(true)
    expect(hasHtmlTag('换行<br/>')).toBe(true)
    expect(hasHtmlTag('<img src=x onerror=alert(1)>')).toBe(true)
    expect(hasHtmlTag('注释 <!-- x')).toBe(true)
    expect(hasHtmlTag('依据<<治安管理处罚法>>第二条')).toBe(false)
    expect(hasHtmlTag('若 a < b 且 c > d')).toBe(false)
  })

  it('recognises mainland mobile numbers and e-mail addresses', () => {
    expect(isChineseMobile('13800138000')).toBe(true)
    expect(isChineseMobile('+86 138-0013-8000')).toBe(true)
    expect(isChineseMobile('12800138000')).toBe(false)
    expect(isChineseMobile('1380013800')).toBe(false)
    expect(isChineseMobile('0563-1234567')).toBe(false)
    expect(isEmail('zhang.san@example.cn')).toBe(true)
    expect(isEmail('zhang san@example.cn')).toBe(false)
    expect(isEmail('zhang@localhost')).toBe(false)
  })
})

describe('checkComment', () => {
  const refusal = (input: unknown) => {
    const verdict = checkComment(input)
    return verdict.ok ? null : { field: verdict.field, message: verdict.message }
  }

  it('accepts a plain opinion and returns it trimmed, dropping blank optional fields', () => {
    expect(checkComment({ body: '  建议延长窗口办理时间。 ', contact: ' ', name: ' 张三 ' })).toEqual({
      ok: true,
      value: { body: '建议延长窗口办理时间。', name: '张三' },
    })
    expect(checkComment({ body: '建议延长窗口办理时间', contact: 'a@b.example' })).toEqual({
      ok: true,
      value: { body: '建议延长窗口办理时间', contact: 'a@b.example' },
    })
  })

  it('counts 5 to 2000 characters after trimming, Chinese characters and emoji as one each', () => {
    expect(checkComment({ body: '  五个字好吧  ' }).ok).toBe(true)
    expect(refusal({ body: '  四个字啊  ' })).toEqual({
      field: 'body',
      message: '意见内容 (body) 至少 5 个字',
    })
    expect(checkComment({ body: '意'.repeat(2000) }).ok).toBe(true)
    expect(checkComment({ body: `${'😀'.repeat(1999)}好` }).ok).toBe(true)
    expect(refusal({ body: '意'.repeat(2001) })).toEqual({
      field: 'body',
      message: '意见内容 (body) 不能超过 2000 个字，当前 2001 个字',
    })
  })

  it('refuses a missing, blank or non-text body', () => {
    const empty = { field: 'body', message: '意见内容 (body) 不能为空' }
    expect(refusal({})).toEqual(empty)
    expect(refusal({ body: ' \n\t ' })).toEqual(empty)
    expect(refusal({ body: 12345 })).toEqual(empty)
    expect(refusal(null)).toEqual(empty)
  })

  it('refuses punctuation only, more than three links and HTML, naming the body', () => {
    expect(refusal({ body: '。。。！！！？？？' })).toEqual({
      field: 'body',
      message: '意见内容 (body) 不能只有标点符号或空白',
    })
    const links = '参考 https://a.example https://b.example https://c.example'
    expect(checkComment({ body: links }).ok).toBe(true)
    expect(refusal({ body: `${links} https://d.example` })).toEqual({
      field: 'body',
      message: '意见内容 (body) 最多包含 3 个链接',
    })
    expect(refusal({ body: '很好的建议<script>alert(1)</script>' })).toEqual({
      field: 'body',
      message: '意见内容 (body) 不能包含 HTML 标签',
    })
  })

  it('limits the name to 50 characters without tags', () => {
    expect(checkComment({ body: '建议延长办理时间', name: '名'.repeat(50) }).ok).toBe(true)
    expect(refusal({ body: '建议延长办理时间', name: '名'.repeat(51) })).toEqual({
      field: 'name',
      message: '姓名 (name) 不能超过 50 个字',
    })
    expect(refusal({ body: '建议延长办理时间', name: '<b>张三</b>' })?.field).toBe('name')
    expect(refusal({ body: '建议延长办理时间', name: 42 })?.field).toBe('name')
  })

  it('accepts only a mobile number or an e-mail as contact', () => {
    const bad = { field: 'contact', message: '联系方式 (contact) 须为手机号码或电子邮箱' }
    expect(refusal({ body: '建议延长办理时间', contact: '微信 zhangsan' })).toEqual(bad)
    expect(refusal({ body: '建议延长办理时间', contact: '0563-1234567' })).toEqual(bad)
    expect(refusal({ body: '建议延长办理时间', contact: 13800138000 })).toEqual(bad)
    expect(checkComment({ body: '建议延长办理时间', contact: '138 0013 8000' }).ok).toBe(true)
  })
})
