/**
 * What GET /__sandbox/state answers: everything published on both platforms (deleted items included,
 * flagged), counts, quotas, callbacks and the call log — without the stored image bytes. Tests compare it
 * with our delivery ledger to prove nothing was lost or published twice.
 */
import type { Sandbox } from './context'
import { sinaimgPath } from './images'

export function summary(sandbox: Sandbox) {
  const { state, url } = sandbox
  const { wechat, weibo } = state
  const articles = Object.values(wechat.articles)
  const publishes = Object.values(wechat.publishes)
  const posts = Object.values(weibo.posts).map((p) => {
    const image = p.picId ? state.images[p.picId] : undefined
    return { ...p, picUrl: image && `${url}${sinaimgPath('large', image)}`, url: `${url}/weibo/${p.idstr}` }
  })
  return {
    callbacks: state.callbacks,
    calls: state.calls,
    counts: {
      wechat: {
        deleted: articles.filter((a) => a.status === 5).length,
        drafts: Object.keys(wechat.drafts).length,
        failed: publishes.filter((p) => [2, 3, 4].includes(p.status)).length,
        materials: Object.keys(wechat.materials).length,
        published: articles.filter((a) => a.status === 0).length,
        publishing: publishes.filter((p) => p.status === 1).length,
      },
      weibo: {
        deleted: posts.filter((p) => p.deleted).length,
        posts: posts.filter((p) => !p.deleted).length,
      },
    },
    faults: sandbox.faults.list(),
    faultsApplied: sandbox.faults.appliedSoFar(),
    quotas: state.quotas,
    url,
    wechat: {
      accounts: Object.values(wechat.accounts).map(({ secret: _secret, ...account }) => account),
      articles,
      publishes,
    },
    weibo: { accounts: Object.values(weibo.accounts), posts, windows: state.windows },
  }
}
