/**
 * The faults a campaign injects, each on every matching platform call with a small probability drawn
 * from a seeded generator (the same seed replays the same run of faults). Every kind the delivery
 * engine must survive is here: server errors, silent timeouts, answers lost after the platform stored
 * the post, an expired token, busy and quota-exhausted platforms, repeated-content refusals and publish
 * jobs that end in failure.
 */
import type { FaultSpec } from '../../channels/sandbox/faults'

const WECHAT_WRITES = [
  '/cgi-bin/media/uploadimg',
  '/cgi-bin/material/add_material',
  '/cgi-bin/draft/add',
  '/cgi-bin/freepublish/submit',
]
const WECHAT_READS = ['/cgi-bin/freepublish/get', '/cgi-bin/freepublish/batchget']
const WEIBO_SHARE = '/2/statuses/share.json'

export function faultPlan(seed: number): FaultSpec[] {
  let n = 0
  const spec = (fault: Omit<FaultSpec, 'seed'>): FaultSpec => ({ ...fault, seed: seed * 100 + n++ })
  return [
    // First, each kind for certain on the first matching calls, so every campaign meets all of them …
    spec({ fault: 'drop_after_commit', path: '/cgi-bin/freepublish/submit', times: 2 }),
    spec({ fault: 'drop_after_commit', path: WEIBO_SHARE, times: 2 }),
    spec({ fault: 'timeout', ms: 800, path: '/cgi-bin/freepublish/submit', times: 1 }),
    spec({ fault: 'timeout', ms: 800, path: WEIBO_SHARE, times: 1 }),
    spec({ fault: 'http_500', path: '/cgi-bin/draft/add', times: 2 }),
    spec({ fault: 'http_500', path: WEIBO_SHARE, times: 1 }),
    spec({ code: 40001, fault: 'errcode', path: '/cgi-bin/draft/add', times: 1 }),
    spec({ code: -1, fault: 'errcode', path: '/cgi-bin/material/add_material', times: 1 }),
    spec({ code: 45009, fault: 'errcode', path: '/cgi-bin/freepublish/submit', times: 1 }),
    spec({ code: 10024, fault: 'errcode', path: WEIBO_SHARE, times: 1 }),
    spec({ code: 20019, fault: 'errcode', path: WEIBO_SHARE, times: 1 }),
    spec({ fault: 'publish_status', path: '/cgi-bin/freepublish/submit', status: 3, times: 1 }),
    // … then at random, seeded, for the rest of the run.
    // A response lost after the platform stored the article or the post: the case that makes duplicates.
    spec({ fault: 'drop_after_commit', path: '/cgi-bin/freepublish/submit', probability: 0.08 }),
    spec({ fault: 'drop_after_commit', path: WEIBO_SHARE, probability: 0.08 }),
    spec({ fault: 'drop_after_commit', path: '/cgi-bin/draft/add', probability: 0.04 }),
    // Silence, then a dropped connection, before anything was stored.
    spec({ fault: 'timeout', ms: 800, path: '/cgi-bin/freepublish/submit', probability: 0.04 }),
    spec({ fault: 'timeout', ms: 800, path: WEIBO_SHARE, probability: 0.04 }),
    spec({ fault: 'timeout', ms: 800, path: '/cgi-bin/media/uploadimg', probability: 0.03 }),
    // Gateway errors.
    ...[...WECHAT_WRITES, ...WECHAT_READS, WEIBO_SHARE].map((path) =>
      spec({ fault: 'http_500', path, probability: 0.04 }),
    ),
    // Platform error codes: token expired, system busy, daily quota, repeated content.
    ...WECHAT_WRITES.map((path) => spec({ code: 40001, fault: 'errcode', path, probability: 0.03 })),
    spec({ code: -1, fault: 'errcode', path: '/cgi-bin/draft/add', probability: 0.03 }),
    spec({ code: 45009, fault: 'errcode', path: '/cgi-bin/freepublish/submit', probability: 0.03 }),
    spec({ code: 10024, fault: 'errcode', path: WEIBO_SHARE, probability: 0.02 }),
    spec({ code: 20019, fault: 'errcode', path: WEIBO_SHARE, probability: 0.02 }),
    // Publish jobs that end badly: an ordinary failure (may be published again) and a review refusal.
    spec({ fault: 'publish_status', path: '/cgi-bin/freepublish/submit', probability: 0.03, status: 3 }),
    spec({ fault: 'publish_status', path: '/cgi-bin/freepublish/submit', probability: 0.01, status: 4 }),
  ]
}
