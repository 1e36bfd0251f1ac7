// The write guard's own certificate, made by hand in DER for each run: every one it makes must load
// in Node's TLS layer. A padded serial number ('illegal padding') failed one run in about 512, at its
// first https tunnel; 2,000 certificates would meet that all but surely.
import { X509Certificate } from 'node:crypto';
import { createSecureContext } from 'node:tls';
import { describe, expect, it } from 'vitest';
import { selfSignedCert } from '../../src/run/tunnel-cert.js';

describe('the tunnel certificate', () => {
  it('loads every time, with a positive serial in its shortest form', () => {
    const failed: string[] = [];
    for (let i = 0; i < 2000; i++) {
      const { key, cert } = selfSignedCert();
      try {
        createSecureContext({ key, cert });
        const serial = new X509Certificate(cert).serialNumber;
        if (!/^(0[1-9A-F]|[1-7][0-9A-F])[0-9A-F]{14}$/.test(serial)) failed.push(`serial ${serial}`);
      } catch (e) {
        failed.push((e as Error).message);
      }
    }
    expect(failed).toEqual([]);
  });
});
