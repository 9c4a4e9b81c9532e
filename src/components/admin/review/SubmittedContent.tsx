'use client'
import { lexicalPlainText } from '@/lib/preflight/lexicalText'

type Snapshot = Record<string, unknown>

const isRichText = (value: unknown) =>
  Boolean(value && typeof value === 'object' && 'root' in (value as object))

/** Field values worth showing beside the rich text, in the order a reviewer reads a disclosure. */
const META: [key: string, label: string][] = [
  ['documentNumber', '文号'],
  ['formedOn', '成文日期'],
  ['summary', '摘要'],
  ['concern', '关切内容'],
]

/**
 * The item exactly as submitted, for reviewers of another unit who may not open its draft: title,
 * the main metadata and every rich-text field as plain paragraphs.
 */
export function SubmittedContent({ snapshot }: { snapshot?: null | Snapshot }) {
  if (!snapshot) return null
  const texts = Object.entries(snapshot).filter(([, value]) => isRichText(value))
  return (
    <section className="yg-snapshot" id="yg-submitted-content">
      <h3>{String(snapshot.title ?? '')}</h3>
      <dl>
        {META.filter(([key]) => typeof snapshot[key] === 'string' && snapshot[key]).map(([key, label]) => (
          <div key={key}>
            <dt>{label}</dt>
            <dd>{key === 'formedOn' ? String(snapshot[key]).slice(0, 10) : String(snapshot[key])}</dd>
          </div>
        ))}
      </dl>
      {texts.map(([key, value]) => (
        <div className="yg-snapshot__text" key={key}>
          {lexicalPlainText(value)
            .split('\n')
            .filter((line) => line.trim())
            .map((line, index) => (
              <p key={index}>{line}</p>
            ))}
        </div>
      ))}
    </section>
  )
}
