// The client's address for rate limits. Behind proxies, X-Forwarded-For lists every hop, each
// proxy appending the address it received from; only the entries our own proxies appended can be
// believed. So the list is read from the right: past the trusted hops, the first address left
// is the client. The leftmost entry is whatever the client chose to write.
import { BlockList, isIP } from 'node:net';

/**
 * `TRUST_PROXY`: how many proxy hops in front of the server to trust (`1` for one load
 * balancer), or the proxies' addresses and ranges (`10.0.0.1, 10.1.0.0/16`); none by default.
 */
export type TrustProxy = number | readonly string[];

/** `::ffff:1.2.3.4` (IPv4 on an IPv6 socket) → `1.2.3.4`; brackets and ports off a forwarded entry. */
function normalise(address: string): string {
  let a = address.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(a);
  if (bracketed) a = bracketed[1]!;
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(':'));
  if (a.toLowerCase().startsWith('::ffff:') && isIP(a.slice(7)) === 4) a = a.slice(7);
  return a;
}

/** Parses TRUST_PROXY; throws a message naming the bad part. */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = (value ?? '').trim();
  if (text === '' || text === '0' || text.toLowerCase() === 'false') return 0;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > 20) throw new Error(`TRUST_PROXY=${text}: quá nhiều tầng proxy (tối đa 20)`);
    return hops;
  }
  if (text.toLowerCase() === 'true') {
    throw new Error('TRUST_PROXY=true không rõ nghĩa: ghi số tầng proxy (ví dụ 1) hoặc địa chỉ các proxy (ví dụ 10.0.0.1,10.0.0.2)');
  }
  const list = text.split(',').map((s) => s.trim()).filter((s) => s !== '');
  for (const entry of list) {
    const [address, bits] = entry.split('/');
    const family = isIP(address ?? '');
    const maxBits = family === 4 ? 32 : 128;
    if (!family || (bits !== undefined && !(/^\d+$/.test(bits) && Number(bits) <= maxBits))) {
      throw new Error(`TRUST_PROXY: "${entry}" không phải địa chỉ IP hay dải CIDR`);
    }
  }
  return list;
}

/** Whether an address is one of the trusted proxies (a list setting). */
function trustList(entries: readonly string[]): (address: string) => boolean {
  const list = new BlockList();
  for (const entry of entries) {
    const [address, bits] = entry.split('/') as [string, string | undefined];
    const type = isIP(address) === 4 ? 'ipv4' : 'ipv6';
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(bits), type);
  }
  return (address) => {
    const family = isIP(address);
    return family !== 0 && list.check(address, family === 4 ? 'ipv4' : 'ipv6');
  };
}

/** Builds the resolver once per server: (socket address, X-Forwarded-For header) → client. */
export function clientResolver(trust: TrustProxy): (remote: string | undefined, forwarded: string | string[] | undefined) => string {
  const trusted = typeof trust === 'number' ? undefined : trustList(trust);
  const hops = typeof trust === 'number' ? trust : Infinity;
  return (remote, forwarded) => {
    const peer = normalise(remote ?? 'unknown');
    if (hops === 0 || (trusted && !trusted(peer))) return peer;
    const header = Array.isArray(forwarded) ? forwarded.join(',') : forwarded ?? '';
    // Nearest first: the socket's peer, then the forwarded entries from right to left.
    const chain = [peer, ...header.split(',').map(normalise).filter((a) => a !== '').reverse()];
    let client = peer;
    for (let i = 1; i < chain.length; i++) {
      const candidate = chain[i]!;
      // A trusted proxy would have written an address; anything else ends the believable part.
      if (!isIP(candidate)) break;
      client = candidate;
      const stillTrusted = trusted ? trusted(candidate) : i < hops;
      if (!stillTrusted) break;
    }
    return client;
  };
}
