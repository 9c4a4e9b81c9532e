import { Sun } from './Sun'

/** The login page's logo: the mark with the product's name in both languages. */
export default function Logo() {
  return (
    <div style={{ alignItems: 'center', display: 'flex', gap: 14 }}>
      <Sun size={56} />
      <div>
        <div style={{ fontSize: 30, fontWeight: 700, letterSpacing: 2, lineHeight: 1.3 }}>阳光政务公开</div>
        <div style={{ fontSize: 14, lineHeight: 1.5, marginTop: 2, opacity: 0.7 }}>
          Yangguang · 政务公开与多渠道发布
        </div>
      </div>
    </div>
  )
}
