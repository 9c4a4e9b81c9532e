'use client'
import type { Finding } from './api'

/** Pre-flight findings as editors and reviewers read them: blocking first, each with its rule. */
export function FindingsList({ findings }: { findings: Finding[] }) {
  if (!findings.length) return null
  const sorted = [...findings].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'blocking' ? -1 : 1,
  )
  return (
    <ul className="yg-findings">
      {sorted.map((finding, index) => (
        <li className={`yg-finding yg-finding--${finding.severity}`} key={index}>
          <strong>{finding.severity === 'blocking' ? '须修改' : '请注意'}</strong> {finding.message}
        </li>
      ))}
    </ul>
  )
}
