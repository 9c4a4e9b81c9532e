/** Labels and routes of the public site: what each collection is called and how its lists are sorted. */
import { beijingTime } from '@/lib/commentRules'
import {
  CONCERN_CLASSES,
  CONCERN_SOURCES,
  DOC_TYPES,
  INTERPRETATION_FORMS,
  KEY_AREAS,
  OPENNESS,
  TOPICS,
  VALIDITY,
} from '@/lib/taxonomy'

export const SECTIONS = {
  disclosures: { label: '政府信息', list: 'Disclosures', type: 'Disclosure', sort: '-firstPublishedAt,-id' },
  interpretations: {
    label: '政策解读',
    list: 'Interpretations',
    type: 'Interpretation',
    sort: '-firstPublishedAt,-id',
  },
  responses: { label: '回应关切', list: 'Responses', type: 'Response', sort: '-firstPublishedAt,-id' },
  consultations: { label: '征求意见', list: 'Consultations', type: 'Consultation', sort: '-opensAt,-id' },
} as const

export type Section = keyof typeof SECTIONS
export const isSection = (value: string): value is Section => Object.hasOwn(SECTIONS, value)

type Options = { label: { zh: string }; value: string }[]
const labelIn = (options: Options) => (value: unknown) =>
  options.find((o) => o.value === value)?.label.zh ?? (value ? String(value) : '')

export const opennessLabel = labelIn(OPENNESS)
export const keyAreaLabel = labelIn(KEY_AREAS)
export const topicLabel = labelIn(TOPICS)
export const validityLabel = labelIn(VALIDITY)
export const docTypeLabel = labelIn(DOC_TYPES)
export const formLabel = labelIn(INTERPRETATION_FORMS)
export const sourceLabel = labelIn(CONCERN_SOURCES)
export const concernClassLabel = labelIn(CONCERN_CLASSES)
export { KEY_AREAS, OPENNESS, TOPICS }

/** A date as the page shows it: yyyy-MM-dd in 北京时间. */
export function day(value: unknown): string {
  if (typeof value !== 'string' || !value) return ''
  return new Intl.DateTimeFormat('en-CA', {
    day: '2-digit',
    month: '2-digit',
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
  }).format(new Date(value))
}

/** A time as notices state it: yyyy-MM-dd HH:mm in 北京时间. */
export function dayAndTime(value: unknown): string {
  return typeof value === 'string' && value ? beijingTime(value) : ''
}

/** The page of an item: the website channel's permalink (src/gate/publishOnWebsite.ts). */
export const itemPath = (collection: string, id: number | string) => `/${collection}/${id}`

export const unitOrEmpty = (name: null | string | undefined) => name ?? ''
