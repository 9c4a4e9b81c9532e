/**
 * Pre-flight: what a machine can check before a person reviews — the metadata publication requires,
 * the admins' word lists, links, and each target channel's limits. Blocking findings refuse the
 * submission with the whole list; warnings travel on the ticket for the reviewer.
 */
import type { CollectionSlug, Field, PayloadRequest } from 'payload'

import { checkChannelLimits } from '@/lib/preflight/channelLimits'
import { lexicalLinks, lexicalPlainText, lexicalUploads } from '@/lib/preflight/lexicalText'
import { checkLinks } from '@/lib/preflight/links'
import type { Finding } from '@/lib/preflight/types'
import { checkWords } from '@/lib/preflight/wordLists'
import { idOf } from '@/lib/roles'

import { editorialFieldNames } from './contentHash'
import { parseLexicon } from './lexicon'
import { COLLECTION_RULES } from './preflightRules'
import type { ContentCollection } from './vocabulary'

type Doc = Record<string, unknown> & { id: number | string }
type Account = { id: number | string; name: string; platform: string }
type Label = string | Record<string, string> | undefined

const zhLabel = (label: Label, fallback: string) =>
  typeof label === 'string' ? label : (label?.zh ?? label?.en ?? fallback)

type FieldWithName = Field & {
  fields?: Field[]
  label?: Label
  name: string
  type: string
  validate?: unknown
}

/** Named fields through rows, tabs and collapsibles (named tabs behave as groups). */
function namedFields(fields: Field[]): FieldWithName[] {
  return fields.flatMap((field) => {
    if (field.type === 'tabs') {
      return field.tabs.flatMap((tab) =>
        'name' in tab && tab.name
          ? [{ ...tab, type: 'group' } as unknown as FieldWithName]
          : namedFields(tab.fields),
      )
    }
    if ('name' in field) return [field as FieldWithName]
    return 'fields' in field ? namedFields(field.fields) : []
  })
}

/**
 * Runs every field's own validation as publishing would — nested groups and array rows included — so a
 * draft that could not be published is caught at submission, with the field's rule in its own words.
 */
async function publicationProblems(
  req: PayloadRequest,
  slug: string,
  fields: Field[],
  doc: Doc,
): Promise<Finding[]> {
  const editorial = new Set(editorialFieldNames(fields))
  const findings: Finding[] = []
  async function walk(list: Field[], sibling: Record<string, unknown>, prefix: string, labels: string) {
    for (const field of namedFields(list)) {
      if (!prefix && !editorial.has(field.name)) continue
      const path = `${prefix}${field.name}`
      const label = `${labels}${zhLabel(field.label, field.name)}`
      const value = sibling[field.name]
      if (typeof field.validate === 'function') {
        let result: unknown
        try {
          result = await (field.validate as (v: unknown, o: Record<string, unknown>) => unknown)(value, {
            ...field,
            collectionSlug: slug,
            data: doc,
            event: 'submit',
            id: doc.id,
            operation: 'update',
            path: path.split('.'),
            preferences: { fields: {} },
            req,
            siblingData: sibling,
          })
        } catch {
          result = true
        }
        if (typeof result === 'string') {
          findings.push({
            code: 'invalid_field',
            field: path,
            message: `${label}：${result}`,
            severity: 'blocking',
          })
        }
      }
      if (field.type === 'group' && field.fields) {
        await walk(field.fields, (value ?? {}) as Record<string, unknown>, `${path}.`, `${label} › `)
      } else if (field.type === 'array' && field.fields && Array.isArray(value)) {
        for (const [index, row] of value.entries()) {
          await walk(
            field.fields,
            row as Record<string, unknown>,
            `${path}.${index}.`,
            `${label}第${index + 1}项 › `,
          )
        }
      }
    }
  }
  await walk(fields, doc, '', '')
  return findings
}

export type Texts = { field: string; text: string }[]
export type Links = { field: string; url: string; internal?: { id: number | string; relationTo: string } }[]

/** The words and links of every text, textarea and rich-text field, nested ones included. */
export function collectText(
  fields: Field[],
  data: unknown,
  into: { links: Links; texts: Texts; uploads: (number | string)[] },
  prefix = '',
) {
  if (!data || typeof data !== 'object') return
  const record = data as Record<string, unknown>
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name)
          collectText(tab.fields, record[tab.name], into, `${prefix}${tab.name}.`)
        else collectText(tab.fields, record, into, prefix)
      }
      continue
    }
    if (!('name' in field)) {
      if ('fields' in field) collectText(field.fields, record, into, prefix)
      continue
    }
    const path = `${prefix}${field.name}`
    const value = record[field.name]
    if ((field.type === 'text' || field.type === 'textarea') && typeof value === 'string') {
      into.texts.push({ field: path, text: value })
    } else if (field.type === 'richText' && value) {
      into.texts.push({ field: path, text: lexicalPlainText(value) })
      for (const link of lexicalLinks(value))
        into.links.push({ field: path, internal: link.internal, url: link.url })
      for (const upload of lexicalUploads(value)) into.uploads.push(upload.id)
    } else if (field.type === 'group') {
      collectText(field.fields, value, into, `${path}.`)
    } else if (field.type === 'array' && Array.isArray(value)) {
      value.forEach((row, index) => collectText(field.fields, row, into, `${path}.${index}.`))
    }
  }
}

async function internalLinkFindings(req: PayloadRequest, links: Links): Promise<Finding[]> {
  const findings: Finding[] = []
  for (const { field, internal } of links) {
    if (!internal) continue
    const target = await req.payload
      .findByID({
        collection: internal.relationTo as CollectionSlug,
        depth: 0,
        disableErrors: true,
        id: internal.id,
        req,
      })
      .catch(() => null)
    const status = (target as { _status?: string } | null)?._status
    if (!target || (status !== undefined && status !== 'published')) {
      findings.push({
        code: 'internal_link_unpublished',
        field,
        message: '正文链接指向尚未发布或已删除的内容 (an internal link points at unpublished content)',
        severity: 'blocking',
      })
    }
  }
  return findings
}

export type PreflightInput = {
  accounts: Account[]
  collection: ContentCollection
  doc: Doc
  /** True when the item is already live on a website account, or the submission includes one. */
  websiteLinkAvailable: boolean
}

export async function runPreflight(req: PayloadRequest, input: PreflightInput): Promise<Finding[]> {
  const { accounts, collection, doc } = input
  const fields = req.payload.collections[collection].config.fields
  const collected = { links: [] as Links, texts: [] as Texts, uploads: [] as (number | string)[] }
  collectText(fields, doc, collected)

  const lexiconDoc = await req.payload.findGlobal({
    depth: 0,
    overrideAccess: true,
    req,
    slug: 'preflight-lexicon',
  })
  const lexicon = parseLexicon(lexiconDoc)
  const sensitive = [
    ...lexicon.blocked.map((word) => ({ severity: 'blocking' as const, word })),
    ...lexicon.warned.map((word) => ({ severity: 'warning' as const, word })),
  ]

  const images = await loadImages(req, collected.uploads)
  const [cover] = doc.coverImage ? await loadImages(req, [idOf(doc.coverImage)!]) : []
  const unit = doc.unit
    ? await req.payload.findByID({
        collection: 'units',
        depth: 0,
        disableErrors: true,
        id: idOf(doc.unit)!,
        req,
      })
    : null
  const title = typeof doc.title === 'string' ? doc.title : ''
  const bodyText = collected.texts
    .filter((part) => part.field !== 'title')
    .map((part) => part.text)
    .join('\n')

  const findings = [
    ...(await publicationProblems(req, collection, fields, doc)),
    ...(await Promise.all(COLLECTION_RULES[collection].map((rule) => rule(req, doc)))).flat(),
    ...checkWords(collected.texts, { sensitive, typos: lexicon.typos }),
    ...(await checkLinks(collected.links.filter((link) => !link.internal && link.url))),
    ...(await internalLinkFindings(req, collected.links)),
    ...accounts.flatMap((account) =>
      checkChannelLimits(
        account.platform as 'website',
        {
          author: unit?.name ?? null,
          bodyText,
          digest: typeof doc.summary === 'string' ? doc.summary : null,
          cover: cover ?? null,
          hasCover: Boolean(doc.coverImage),
          images,
          title,
          websiteLinkAvailable: input.websiteLinkAvailable,
        },
        String(account.id),
      ).map((finding) => ({ ...finding, message: `【${account.name}】${finding.message}` })),
    ),
  ]
  return findings
}

async function loadImages(req: PayloadRequest, ids: (number | string)[]) {
  if (!ids.length) return []
  const found = await req.payload.find({
    collection: 'media',
    depth: 0,
    limit: ids.length,
    overrideAccess: true,
    pagination: false,
    req,
    where: { id: { in: ids } },
  })
  return found.docs.map((media) => ({
    filename: media.filename,
    filesize: media.filesize,
    mimeType: media.mimeType,
  }))
}
