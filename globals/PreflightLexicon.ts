import type { GlobalAfterChangeHook, GlobalConfig } from 'payload'

import { isAdmin } from '@/access'
import { validateTypoLines } from '@/gate/lexicon'
import { recordAudit } from '@/lib/audit'
import { zhEn } from '@/lib/bilingual'

const countLines = (text: unknown) =>
  typeof text === 'string' ? text.split('\n').filter((l) => l.trim()).length : 0

const auditLexiconChange: GlobalAfterChangeHook = async ({ doc, req }) => {
  await recordAudit(req, {
    action: 'lexicon_changed',
    details: {
      blockedWords: countLines(doc.blockedWords),
      typos: countLines(doc.typos),
      warnedWords: countLines(doc.warnedWords),
    },
    summary: '修改预检词库',
    targetCollection: 'preflight-lexicon',
    targetId: 'global',
  })
  return doc
}

/**
 * 预检词库: the words every submission is checked against before a reviewer sees it. The lists are
 * themselves sensitive, so only admins read and change them; the server reads them to check.
 */
export const PreflightLexicon: GlobalConfig = {
  slug: 'preflight-lexicon',
  label: zhEn('预检词库', 'Pre-flight word lists'),
  graphQL: { name: 'PreflightLexicon' },
  access: { read: isAdmin, update: isAdmin },
  admin: { group: zhEn('审核发布', 'Review and delivery') },
  fields: [
    {
      name: 'blockedWords',
      type: 'textarea',
      label: zhEn('禁用词（命中则不能提交）', 'Blocked words (refuse the submission)'),
      admin: {
        description: zhEn(
          '每行一个；以 # 开头的行为注释',
          'One per line; lines starting with # are comments',
        ),
        rows: 8,
      },
    },
    {
      name: 'warnedWords',
      type: 'textarea',
      label: zhEn('提示词（提醒审核人注意）', 'Words to flag for the reviewer'),
      admin: { description: zhEn('每行一个', 'One per line'), rows: 8 },
    },
    {
      name: 'typos',
      type: 'textarea',
      label: zhEn('错别字表', 'Typos'),
      admin: {
        description: zhEn('每行“错词=正词”，例如：按装=安装', 'One “wrong=right” per line, e.g. 按装=安装'),
        rows: 8,
      },
      validate: validateTypoLines,
    },
  ],
  hooks: { afterChange: [auditLexiconChange] },
}
