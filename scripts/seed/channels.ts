/**
 * The demo bureau's channel accounts, all in sandbox mode: 宣传科 opened the website, the WeChat
 * Official Account and the Weibo account (so it vets everything on them), and 宣州分局's own WeChat
 * account is shown as 关停 — it can no longer receive anything.
 */
export type ChannelSeed = {
  accessToken?: string
  appId?: string
  appSecret?: string
  /** The token WeChat signs its event pushes with (the sandbox signs with it too). */
  callbackToken?: string
  filingStatus: 'cancelled' | 'changed' | 'opened' | 'suspended'
  name: string
  owner: string
  platform: 'website' | 'wechat' | 'weibo'
}

export const WEBSITE_ACCOUNT_NAME = '宣城市公安局门户网站'

export const demoChannels: ChannelSeed[] = [
  { filingStatus: 'opened', name: WEBSITE_ACCOUNT_NAME, owner: 'XCK', platform: 'website' },
  {
    appId: 'wx_sandbox_xcga',
    appSecret: 'sandbox-secret',
    callbackToken: 'sandbox-callback-token',
    filingStatus: 'opened',
    name: '宣城公安（微信公众号）',
    owner: 'XCK',
    platform: 'wechat',
  },
  {
    accessToken: 'sandbox-xcga-weibo',
    filingStatus: 'opened',
    name: '宣城公安（政务微博）',
    owner: 'XCK',
    platform: 'weibo',
  },
  {
    appId: 'wx_sandbox_xzfj',
    appSecret: 'sandbox-secret',
    filingStatus: 'suspended',
    name: '宣州公安（微信公众号，已关停）',
    owner: 'XZFJ',
    platform: 'wechat',
  },
]

/** A starting word list: secrecy markings never go public; absolute claims and common typos are flagged. */
export const starterLexicon = {
  blockedWords: [
    '# 涉密标识：出现即不能提交',
    '绝密',
    '机密★',
    '秘密★',
    '内部资料',
    '内部文件，注意保存',
  ].join('\n'),
  typos: [
    '按装=安装',
    '帐号=账号',
    '部份=部分',
    '既使=即使',
    '重迭=重叠',
    '凑和=凑合',
    '一愁莫展=一筹莫展',
  ].join('\n'),
  warnedWords: ['# 需审核人留意的表述', '最权威', '史上最', '绝对安全', '内部消息'].join('\n'),
}
