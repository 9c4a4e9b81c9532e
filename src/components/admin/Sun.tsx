/** Yangguang's mark: a sun over a horizon line, drawn in the Chinese government red. */
export function Sun({ size = 28 }: { size?: number }) {
  return (
    <svg aria-hidden="true" height={size} viewBox="0 0 32 32" width={size}>
      <circle cx="16" cy="15" fill="#c8161d" r="7" />
      {Array.from({ length: 8 }, (_, index) => (
        <line
          key={index}
          stroke="#c8161d"
          strokeLinecap="round"
          strokeWidth="2"
          transform={`rotate(${index * 45} 16 15)`}
          x1="16"
          x2="16"
          y1="2.5"
          y2="5.5"
        />
      ))}
      <line stroke="#c8161d" strokeLinecap="round" strokeWidth="2" x1="4" x2="28" y1="28" y2="28" />
    </svg>
  )
}
