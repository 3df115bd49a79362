/**
 * `redis://[user:password@]host:port[/db]` (or `rediss://` for TLS) → the
 * connection options BullMQ and ioredis take, and a connection that is known
 * to answer before anything waits on it.
 */
import {Redis} from 'ioredis'
import {QueueError} from './protocol.js'

/** What both BullMQ and ioredis take. */
export interface RedisSettings {
  host: string
  port: number
  username?: string
  password?: string
  db?: number
  tls?: Record<string, never>
  maxRetriesPerRequest: null
}

export function redisOptions(url: string): RedisSettings {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new QueueError(`--queue must be a URL like redis://HOST:PORT (got '${url}')`)
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') throw new QueueError(`--queue must be a redis:// or rediss:// URL (got '${url}')`)
  if (parsed.hostname === '') throw new QueueError(`--queue names no host (got '${url}')`)
  const db = parsed.pathname.replace(/^\//, '')
  if (db !== '' && !/^\d+$/.test(db)) throw new QueueError(`--queue: the database after the port must be a number (got '${db}')`)
  return {
    host: parsed.hostname.replace(/^\[|\]$/g, ''),
    port: parsed.port === '' ? 6379 : Number(parsed.port),
    ...(parsed.username ? {username: decodeURIComponent(parsed.username)} : {}),
    ...(parsed.password ? {password: decodeURIComponent(parsed.password)} : {}),
    ...(db !== '' ? {db: Number(db)} : {}),
    ...(parsed.protocol === 'rediss:' ? {tls: {}} : {}),
    // BullMQ's blocking connections require it; a lost connection is retried, not failed.
    maxRetriesPerRequest: null
  }
}

/** The URL without its password, for messages. */
export function shownUrl(url: string): string {
  return url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@')
}

/** A connection that has answered PING; fails with one line if the server cannot be reached in time. */
export async function connectRedis(url: string, timeoutMs = 5000): Promise<Redis> {
  const options = redisOptions(url)
  const redis = new Redis({...options, lazyConnect: true, retryStrategy: (times) => Math.min(times * 200, 2000)})
  let lastError = ''
  redis.on('error', (error: Error) => (lastError = error.message))
  const timer = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new QueueError(`cannot reach Redis at ${shownUrl(url)}${lastError ? `: ${lastError}` : ''}`)), timeoutMs).unref()
  )
  try {
    await Promise.race([redis.connect().then(() => redis.ping()), timer])
  } catch (error) {
    redis.disconnect()
    throw error instanceof QueueError ? error : new QueueError(`cannot reach Redis at ${shownUrl(url)}: ${lastError || String(error)}`)
  }
  return redis
}
