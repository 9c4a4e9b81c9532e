/**
 * Pictures for the sample graphic interpretation, drawn on the spot (no bundled binaries): simple
 * bar charts made of shapes and digits, so they render the same with or without CJK fonts.
 */
import sharp from 'sharp'

export async function barChartPng(values: number[], colour: string): Promise<Buffer> {
  const width = 1200
  const height = 675
  const barWidth = Math.floor((width - 200) / values.length)
  const max = Math.max(...values)
  const bars = values
    .map((value, i) => {
      const barHeight = Math.round((value / max) * 480)
      const x = 120 + i * barWidth
      return (
        `<rect x="${x}" y="${580 - barHeight}" width="${barWidth - 40}" height="${barHeight}" fill="${colour}"/>` +
        `<text x="${x + (barWidth - 40) / 2}" y="${560 - barHeight}" font-size="36" text-anchor="middle" ` +
        `font-family="sans-serif" fill="#333">${value}</text>`
      )
    })
    .join('')
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
    `<rect width="100%" height="100%" fill="#fffaf3"/>` +
    `<line x1="100" y1="580" x2="${width - 60}" y2="580" stroke="#999" stroke-width="3"/>${bars}</svg>`
  return sharp(Buffer.from(svg)).png().toBuffer()
}
