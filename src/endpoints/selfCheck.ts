import type { Endpoint } from 'payload'

import { say } from '@/lib/bilingual'
import { recordAudit } from '@/lib/audit'
import { isAdminUser } from '@/lib/roles'
import { runSelfCheck } from '@/selfcheck/run'

/** POST /api/self-check/run — an admin runs the self-check now and gets its summary. */
export const selfCheckRunEndpoint: Endpoint = {
  method: 'post',
  path: '/self-check/run',
  handler: async (req) => {
    const lang = req.i18n?.language
    if (!req.user) {
      return Response.json({ errors: [{ message: say(lang, '请先登录', 'Log in first') }] }, { status: 401 })
    }
    if (!isAdminUser(req.user)) {
      return Response.json(
        { errors: [{ message: say(lang, '只有管理员可以立即运行自查', 'Only admins run the self-check') }] },
        { status: 403 },
      )
    }
    const result = await runSelfCheck(req.payload)
    await recordAudit(req, {
      action: 'self_check_run',
      details: { ...result.alerts, failed: result.failed, opened: result.opened, resolved: result.resolved },
      summary: `运行自查：新发现 ${result.opened} 个问题，${result.resolved} 个问题已解决`,
      targetCollection: 'self-check-findings',
      targetId: 'run',
    })
    return Response.json(result)
  },
}
