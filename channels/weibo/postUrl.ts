/**
 * Where people see a post. Weibo itself: https://weibo.com/{uid}/{idstr}. Any other API base is a
 * stand-in such as the sandbox, which shows a post at /weibo/{idstr} on its own host.
 */
export function weiboPostUrl(apiBase: string, uid: string | undefined, idstr: string): string {
  const base = new URL(apiBase)
  if (base.hostname === 'api.weibo.com' && uid) return `https://weibo.com/${uid}/${idstr}`
  return `${base.origin}/weibo/${idstr}`
}
