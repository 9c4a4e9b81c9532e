/**
 * Stock Payload 3 (scripts/bench/stock.config.ts) served by its own REST and GraphQL handlers on a plain
 * node:http server, exactly like Yangguang's but without the front door: `serveStock.ts <port>`.
 */
import config from './stock.config'
import { startPayloadServer } from '../../src/public/httpServer'

const port = Number(process.argv[2] ?? 3201)
await startPayloadServer({ config, frontDoor: false, port })
console.log(`stock payload listening on http://127.0.0.1:${port}`)
