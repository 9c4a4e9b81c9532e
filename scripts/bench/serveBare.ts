/**
 * The ceiling: a bare node:http server answering each benchmark request with the JSON Yangguang returned
 * for it (read from a fixtures file), reading the request body and looking the answer up, nothing else.
 * `serveBare.ts <port> <fixtures.json>`
 */
import fs from 'node:fs'
import http from 'node:http'

const [portArg = '3202', fixturesFile = ''] = process.argv.slice(2)
const fixtures = new Map<string, Buffer>(
  Object.entries(JSON.parse(fs.readFileSync(fixturesFile, 'utf8')) as Record<string, string>).map(
    ([body, reply]) => [body, Buffer.from(reply)],
  ),
)

http
  .createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const reply = fixtures.get(Buffer.concat(chunks).toString('utf8'))
      response.writeHead(reply ? 200 : 404, { 'Content-Type': 'application/json' })
      response.end(reply ?? '{}')
    })
  })
  .listen(Number(portArg), '127.0.0.1', () => console.log(`bare listening on ${portArg}`))
