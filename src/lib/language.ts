/** The admin UI speaks Chinese unless a person chooses English in their account settings. */
export const COOKIE_PREFIX = 'yangguang'
export const LANGUAGE_COOKIE = `${COOKIE_PREFIX}-lng`
export const DEFAULT_LANGUAGE = 'zh'
