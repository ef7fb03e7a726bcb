// Who sent a request. A client that connects directly is its connection's address, whatever headers it sends; only
// a reverse proxy listed in TRUSTED_PROXIES may name the client (X-Forwarded-For, X-Real-IP) and the scheme and host
// it was reached on (X-Forwarded-Proto, X-Forwarded-Host). Pure functions: lib/forwarding/hook.ts applies them to
// every request the server receives.
import { isIPv4, isIPv6 } from "node:net";

/** An address (4 or 16 bytes) or a CIDR range of them. */
export interface AddressRange {
  bytes: Uint8Array;
  prefix: number;
}

/** Names that stand for well-known ranges in TRUSTED_PROXIES. */
const NAMED_RANGES: Record<string, string[]> = {
  loopback: ["127.0.0.0/8", "::1/128"],
  private: ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7"],
};

function ipv4Bytes(text: string): Uint8Array {
  return Uint8Array.from(text.split(".").map(Number));
}

function ipv6Bytes(text: string): Uint8Array {
  let s = text;
  // An embedded IPv4 tail (::ffff:1.2.3.4) becomes two hexadecimal groups.
  const tail = s.slice(s.lastIndexOf(":") + 1);
  if (tail.includes(".")) {
    const [a, b, c, d] = ipv4Bytes(tail);
    s = `${s.slice(0, s.length - tail.length)}${((a! << 8) | b!).toString(16)}:${((c! << 8) | d!).toString(16)}`;
  }
  const [head, rest] = s.split("::") as [string, string | undefined];
  const groups = (part: string) => (part ? part.split(":").map((g) => parseInt(g, 16)) : []);
  const left = groups(head);
  const right = rest === undefined ? [] : groups(rest);
  const all = [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
  const bytes = new Uint8Array(16);
  all.forEach((g, i) => {
    bytes[2 * i] = g >> 8;
    bytes[2 * i + 1] = g & 0xff;
  });
  return bytes;
}

const isMappedIpv4 = (b: Uint8Array) => b.length === 16 && b.subarray(0, 10).every((x) => x === 0) && b[10] === 0xff && b[11] === 0xff;

/**
 * The bytes of an IP address as it appears in a socket or a forwarding header: `1.2.3.4`, `1.2.3.4:5678`, `2001:db8::1`,
 * `[2001:db8::1]:443`, `fe80::1%eth0`. An IPv4-mapped IPv6 address (`::ffff:1.2.3.4`) is its IPv4 address. Anything
 * else (a host name, `unknown`, an obfuscated identifier) is null.
 */
export function parseAddress(raw: string | undefined | null): Uint8Array | null {
  if (!raw) return null;
  let s = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(s);
  if (bracketed) s = bracketed[1]!;
  else if (/^[\d.]+:\d{1,5}$/.test(s)) s = s.slice(0, s.indexOf(":"));
  s = s.replace(/%[\w.-]+$/, "");
  if (isIPv4(s)) return ipv4Bytes(s);
  if (!isIPv6(s)) return null;
  const bytes = ipv6Bytes(s);
  return isMappedIpv4(bytes) ? bytes.slice(12) : bytes;
}

/** The canonical text of an address: dotted IPv4, or IPv6 as RFC 5952 writes it (lower case, longest zero run as ::). */
export function formatAddress(bytes: Uint8Array): string {
  if (bytes.length === 4) return bytes.join(".");
  const groups = Array.from({ length: 8 }, (_, i) => (bytes[2 * i]! << 8) | bytes[2 * i + 1]!);
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) [bestStart, bestLength] = [i, j - i];
    i = j;
  }
  const hex = (gs: number[]) => gs.map((g) => g.toString(16)).join(":");
  if (bestStart < 0) return hex(groups);
  return `${hex(groups.slice(0, bestStart))}::${hex(groups.slice(bestStart + bestLength))}`;
}

/** The canonical text of an address as it appears in a socket or a header, or null when it is not one. */
export function normalizeAddress(raw: string | undefined | null): string | null {
  const bytes = parseAddress(raw);
  return bytes ? formatAddress(bytes) : null;
}

function parseRange(entry: string): AddressRange | null {
  const match = /^([^/]+?)(?:\/(\d{1,3}))?$/.exec(entry);
  if (!match) return null;
  const [, address, prefixText] = match;
  if (address!.includes("[") || /^[\d.]+:\d+$/.test(address!)) return null;
  const text = address!.replace(/%[\w.-]+$/, "");
  if (!isIPv4(text) && !isIPv6(text)) return null;
  const full = isIPv4(text) ? ipv4Bytes(text) : ipv6Bytes(text);
  let prefix = prefixText === undefined ? full.length * 8 : Number(prefixText);
  if (prefix > full.length * 8) return null;
  let bytes = full;
  // ::ffff:10.0.0.0/104 is the IPv4 range 10.0.0.0/8 (mapped addresses are compared as IPv4).
  if (isMappedIpv4(full) && prefix >= 96) [bytes, prefix] = [full.slice(12), prefix - 96];
  return { bytes, prefix };
}

/**
 * Parses TRUSTED_PROXIES: addresses and CIDR ranges (`10.0.0.5`, `10.0.0.0/8`, `2001:db8::/32`) and the names
 * `loopback` and `private`, separated by commas or spaces. Throws naming the first entry that is none of these.
 */
export function parseTrustedProxies(value: string | undefined): AddressRange[] {
  const ranges: AddressRange[] = [];
  for (const entry of (value ?? "").split(/[\s,]+/).filter(Boolean)) {
    const named = NAMED_RANGES[entry.toLowerCase()];
    const parsed = named ? named.map(parseRange) : [parseRange(entry)];
    if (parsed.some((r) => !r)) {
      throw new Error(`"${entry}" is not an IP address, a CIDR range (such as 10.0.0.0/8 or 2001:db8::/32), "loopback" or "private"`);
    }
    ranges.push(...(parsed as AddressRange[]));
  }
  return ranges;
}

/** True when the address lies in one of the ranges. */
export function inRanges(address: Uint8Array, ranges: readonly AddressRange[]): boolean {
  return ranges.some(({ bytes, prefix }) => {
    if (bytes.length !== address.length) return false;
    const whole = prefix >> 3;
    for (let i = 0; i < whole; i++) if (bytes[i] !== address[i]) return false;
    const bits = prefix & 7;
    if (!bits) return true;
    const mask = (0xff << (8 - bits)) & 0xff;
    return (bytes[whole]! & mask) === (address[whole]! & mask);
  });
}

type HeaderValue = string | string[] | undefined | null;

/** The entries of a comma-separated header that may have been sent more than once, in order. */
const entries = (value: HeaderValue) => (Array.isArray(value) ? value : value ? [value] : []).flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean);

export interface ForwardedRequest {
  /** The connection's peer (`req.socket.remoteAddress`). */
  remoteAddress: string | undefined;
  forwardedFor?: HeaderValue;
  realIp?: HeaderValue;
  forwardedProto?: HeaderValue;
  forwardedHost?: HeaderValue;
  host?: HeaderValue;
  /** True when the connection itself is TLS. */
  encrypted?: boolean;
}

export interface RequestOrigin {
  /** The client's address (canonical text), or null when the connection's address is unknown. */
  ip: string | null;
  /** True when the connection's peer is a trusted proxy, whose forwarding headers were believed. */
  viaTrustedProxy: boolean;
  proto: "http" | "https";
  host: string | null;
}

/**
 * The client, scheme and host of a request. The connection's peer is the client unless it is a trusted proxy; then
 * X-Forwarded-For is read from the right (each proxy appends the address it was reached from), skipping trusted
 * proxies, and the first other address is the client. A malformed entry ends the walk at the proxy that passed it
 * on. Without X-Forwarded-For, a trusted proxy's X-Real-IP names the client.
 */
export function requestOrigin(request: ForwardedRequest, trusted: readonly AddressRange[]): RequestOrigin {
  const remote = parseAddress(request.remoteAddress);
  const viaTrustedProxy = !!remote && inRanges(remote, trusted);
  const ownHost = entries(request.host)[0] ?? null;
  const ownProto = request.encrypted ? "https" : "http";
  if (!remote || !viaTrustedProxy) return { ip: remote && formatAddress(remote), viaTrustedProxy, proto: ownProto, host: ownHost };

  let client = remote;
  const hops = entries(request.forwardedFor);
  if (hops.length) {
    for (let i = hops.length - 1; i >= 0; i--) {
      const hop = parseAddress(hops[i]);
      if (!hop) break;
      client = hop;
      if (!inRanges(hop, trusted)) break;
    }
  } else {
    client = parseAddress(entries(request.realIp)[0]) ?? remote;
  }
  const proto = entries(request.forwardedProto)[0]?.toLowerCase();
  return {
    ip: formatAddress(client),
    viaTrustedProxy,
    proto: proto === "https" || proto === "http" ? proto : ownProto,
    host: entries(request.forwardedHost)[0] ?? ownHost,
  };
}
