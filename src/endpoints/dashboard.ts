import type { Endpoint } from 'payload'

import { isStaffUser } from '@/access'
import { say } from '@/lib/bilingual'
import { gatherDashboard } from '@/dashboard/gather'

/** GET /api/dashboard — the admin home's data for the caller: their unit's, or the bureau's for admins. */
export const dashboardEndpoint: Endpoint = {
  method: 'get',
  path: '/dashboard',
  handler: async (req) => {
    if (!req.user) {
      return Response.json(
        { errors: [{ message: say(req.i18n?.language, '请先登录', 'Log in first') }] },
        { status: 401 },
      )
    }
    if (!isStaffUser({ req })) {
      return Response.json(
        { errors: [{ message: say(req.i18n?.language, '没有工作台权限', 'No access to the dashboard') }] },
        { status: 403 },
      )
    }
    return Response.json(await gatherDashboard(req))
  },
}
