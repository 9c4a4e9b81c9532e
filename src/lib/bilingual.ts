/**
 * Schema labels are Chinese with English beside them: Payload shows the one matching the admin language.
 * Keeping both in one call makes a missing translation impossible.
 */
export const zhEn = (zh: string, en: string): { en: string; zh: string } => ({ en, zh })

/** An option of a select field: an ASCII value (GraphQL enums break on Chinese) with bilingual labels. */
export const option = (value: string, zh: string, en: string) => ({ label: zhEn(zh, en), value })

/** Chooses the message for the requester's admin language; editors read Chinese by default. */
export const say = (language: string | undefined, zh: string, en: string): string =>
  language === 'en' ? en : zh
