// The certificate the write-guard proxy shows the browser when it opens an https tunnel: the proxy
// must read a request to refuse it, and inside TLS it can only read what it decrypts itself.
// Made in memory for each run (never written to disk), self-signed, accepted only by the read-only
// browser contexts (they set ignoreHTTPSErrors; their every request goes to this proxy, which then
// checks the real server's certificate itself). Built as DER by hand: Node can sign but has no API
// to issue a certificate, and a dependency or an openssl binary is one more thing to go missing in CI.
import { generateKeyPairSync, randomBytes, sign } from 'node:crypto';

export interface TunnelCert { key: string; cert: string }

let cached: TunnelCert | undefined;

/** One key and certificate per process: making a key costs a millisecond, but there is no need. */
export function tunnelCert(): TunnelCert {
  cached ??= selfSignedCert();
  return cached;
}

/** A new self-signed certificate; with `ips`, valid for those IPv4 addresses (a test's https stand-in). */
export function selfSignedCert(ips: string[] = []): TunnelCert {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const ecdsaWithSha256 = seq(oid([1, 2, 840, 10045, 4, 3, 2]));
  const name = seq(set(seq(oid([2, 5, 4, 3]), tlv(0x0c, Buffer.from('Parity write guard')))));
  const now = Date.now();
  const tbs = seq(
    tlv(0xa0, int(Buffer.from([2]))), // version 3
    int(serialNumber()),
    ecdsaWithSha256,
    name,
    seq(utcTime(new Date(now - 86_400_000)), utcTime(new Date(now + 30 * 86_400_000))),
    name,
    publicKey.export({ type: 'spki', format: 'der' }),
    ...(ips.length ? [tlv(0xa3, seq(seq(oid([2, 5, 29, 17]), tlv(0x04, seq(...ips.map((ip) => tlv(0x87, Buffer.from(ip.split('.').map(Number)))))))))] : []),
  );
  const signature = sign('sha256', tbs, privateKey); // DER-encoded ECDSA signature
  const der = seq(tbs, ecdsaWithSha256, tlv(0x03, Buffer.concat([Buffer.from([0]), signature])));
  const b64 = der.toString('base64').replace(/(.{64})/g, '$1\n').trim();
  return { key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), cert: `-----BEGIN CERTIFICATE-----\n${b64}\n-----END CERTIFICATE-----\n` };
}

function tlv(tag: number, body: Buffer): Buffer {
  const n = body.length;
  const len = n < 0x80 ? Buffer.from([n]) : n < 0x100 ? Buffer.from([0x81, n]) : Buffer.from([0x82, n >> 8, n & 0xff]);
  return Buffer.concat([Buffer.from([tag]), len, body]);
}
const seq = (...parts: Buffer[]) => tlv(0x30, Buffer.concat(parts));
const set = (...parts: Buffer[]) => tlv(0x31, Buffer.concat(parts));
/** A positive INTEGER in its shortest form (DER): no leading zero byte unless the top bit is set.
 *  OpenSSL refuses a certificate whose serial is padded ('illegal padding'), as one random serial in
 *  512 was, and the run that made it stopped at its first https tunnel. */
function int(b: Buffer): Buffer {
  let i = 0;
  while (i < b.length - 1 && b[i] === 0 && !(b[i + 1]! & 0x80)) i++;
  const v = b.subarray(i);
  return tlv(0x02, v[0]! & 0x80 ? Buffer.concat([Buffer.from([0]), v]) : v);
}

/** Eight random bytes, positive and of full length (RFC 5280: at most 20 octets, non-negative). */
function serialNumber(): Buffer {
  const b = randomBytes(8);
  b[0] = (b[0]! & 0x7f) | 0x01;
  return b;
}

function oid(parts: number[]): Buffer {
  const out = [40 * parts[0]! + parts[1]!];
  for (const p of parts.slice(2)) {
    const bytes = [p & 0x7f];
    for (let v = p >> 7; v > 0; v >>= 7) bytes.unshift((v & 0x7f) | 0x80);
    out.push(...bytes);
  }
  return tlv(0x06, Buffer.from(out));
}

function utcTime(d: Date): Buffer {
  const s = d.toISOString().replace(/[-:T]/g, '').slice(2, 14) + 'Z'; // YYMMDDHHMMSSZ
  return tlv(0x17, Buffer.from(s));
}
