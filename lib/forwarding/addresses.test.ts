// Who a request comes from: a direct client is its connection, whatever it writes into forwarding headers; only the
// proxies in TRUSTED_PROXIES may name someone else.
import { describe, expect, it } from "vitest";
import { readEnv } from "@/lib/env";
import { inRanges, normalizeAddress, parseAddress, parseTrustedProxies, requestOrigin } from "./addresses";

const trusted = (value: string) => parseTrustedProxies(value);

describe("addresses", () => {
  it("reads IPv4, IPv6, IPv4-mapped IPv6, ports, brackets and zones into one canonical form, and refuses the rest", () => {
    expect(normalizeAddress("203.0.113.7")).toBe("203.0.113.7");
    expect(normalizeAddress(" 203.0.113.7:51234 ")).toBe("203.0.113.7");
    expect(normalizeAddress("::ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(normalizeAddress("::FFFF:cb00:7107")).toBe("203.0.113.7");
    expect(normalizeAddress("2001:DB8:0:0:0:0:0:1")).toBe("2001:db8::1");
    expect(normalizeAddress("[2001:db8::1]:443")).toBe("2001:db8::1");
    expect(normalizeAddress("2001:db8:0:0:1:0:0:1")).toBe("2001:db8::1:0:0:1");
    expect(normalizeAddress("fe80::1%eth0")).toBe("fe80::1");
    expect(normalizeAddress("::1")).toBe("::1");
    expect(normalizeAddress("::")).toBe("::");
    expect(normalizeAddress("1:2:3:4:5:6:7:8")).toBe("1:2:3:4:5:6:7:8");
    for (const bad of ["", "unknown", "_hidden", "example.com", "203.0.113.256", "203.0.113", "1.2.3.4.5", "2001:db8:::1", "12345::1", "[203.0.113.7", "203.0.113.7:port", "1.2.3.4/8", null, undefined]) {
      expect(parseAddress(bad), String(bad)).toBeNull();
    }
  });

  it("matches addresses against addresses, CIDR ranges of either family and the names loopback and private", () => {
    const ranges = trusted("10.0.0.0/8, 192.168.1.7 2001:db8::/32,::ffff:172.16.0.0/108");
    const inside = (a: string) => inRanges(parseAddress(a)!, ranges);
    expect(["10.0.0.1", "10.255.255.255", "::ffff:10.1.2.3", "192.168.1.7", "2001:db8:ffff::1", "172.16.9.9"].every(inside)).toBe(true);
    expect(["11.0.0.1", "192.168.1.8", "2001:db9::1", "::1", "172.32.0.1"].some(inside)).toBe(false);
    // Host bits in a range are ignored; /0 is everything of its family.
    expect(inRanges(parseAddress("10.9.9.9")!, trusted("10.1.2.3/8"))).toBe(true);
    expect(inRanges(parseAddress("198.51.100.1")!, trusted("0.0.0.0/0"))).toBe(true);
    expect(inRanges(parseAddress("2001:db8::1")!, trusted("0.0.0.0/0"))).toBe(false);
    // Prefixes that are not multiples of eight.
    expect(inRanges(parseAddress("172.31.255.255")!, trusted("172.16.0.0/12"))).toBe(true);
    expect(inRanges(parseAddress("172.32.0.0")!, trusted("172.16.0.0/12"))).toBe(false);
    const named = trusted("loopback private");
    expect(["127.0.0.1", "127.8.9.10", "::1", "::ffff:127.0.0.1", "10.0.0.1", "172.20.0.1", "192.168.0.1", "fd00::1"].every((a) => inRanges(parseAddress(a)!, named))).toBe(true);
    expect(inRanges(parseAddress("8.8.8.8")!, named)).toBe(false);
    expect(parseTrustedProxies(undefined)).toEqual([]);
    expect(parseTrustedProxies(" , ")).toEqual([]);
  });

  it("refuses a TRUSTED_PROXIES entry that is not an address or range, naming it", () => {
    for (const bad of ["10.0.0.0/33", "2001:db8::/129", "10.0.0.300", "proxy.internal", "10.0.0.0/", "10.0.0.1:8080", "[::1]", "10.0.0.0/8/8", "*"]) {
      expect(() => parseTrustedProxies(`127.0.0.1, ${bad}`), bad).toThrow(`"${bad}" is not an IP address`);
      expect(() => readEnv({ TRUSTED_PROXIES: `127.0.0.1, ${bad}` }), bad).toThrow(`TRUSTED_PROXIES: "${bad}" is not an IP address`);
    }
    expect(readEnv({ TRUSTED_PROXIES: "10.0.0.0/8, ::1" }).TRUSTED_PROXIES).toHaveLength(2);
    expect(readEnv({}).TRUSTED_PROXIES).toEqual([]);
  });
});

describe("requestOrigin", () => {
  const direct = { remoteAddress: "::ffff:198.51.100.20", host: "chainward.example" };
  const forged = { forwardedFor: "203.0.113.1", realIp: "203.0.113.2", forwardedProto: "https", forwardedHost: "evil.example" };

  it("takes a direct client for its connection, whatever forwarding headers it sends, when no proxy is trusted", () => {
    expect(requestOrigin({ ...direct, ...forged }, [])).toEqual({ ip: "198.51.100.20", viaTrustedProxy: false, proto: "http", host: "chainward.example" });
    // Each forged address a client tries is still the same client.
    const ips = new Set(Array.from({ length: 20 }, (_, i) => requestOrigin({ ...direct, forwardedFor: `192.0.2.${i}, 10.0.0.1`, realIp: `192.0.2.${i}` }, []).ip));
    expect([...ips]).toEqual(["198.51.100.20"]);
    expect(requestOrigin({ ...direct, encrypted: true }, []).proto).toBe("https");
  });

  it("takes a direct client for its connection when proxies are trusted but it is not one of them", () => {
    expect(requestOrigin({ ...direct, ...forged }, trusted("10.0.0.0/8"))).toMatchObject({ ip: "198.51.100.20", viaTrustedProxy: false, proto: "http", host: "chainward.example" });
  });

  it("believes a trusted proxy, walking X-Forwarded-For from the right past the trusted hops", () => {
    const proxies = trusted("10.0.0.0/8, 2001:db8:1::/48");
    const viaProxy = { remoteAddress: "::ffff:10.0.0.2", host: "app.internal:3000" };
    // One proxy: the last entry is the address it was reached from.
    expect(requestOrigin({ ...viaProxy, forwardedFor: "203.0.113.9", forwardedProto: "https", forwardedHost: "chainward.example" }, proxies)).toEqual({
      ip: "203.0.113.9",
      viaTrustedProxy: true,
      proto: "https",
      host: "chainward.example",
    });
    // Entries a client put in front of the real chain are never reached.
    expect(requestOrigin({ ...viaProxy, forwardedFor: "192.0.2.66, 10.9.9.9, 203.0.113.9" }, proxies).ip).toBe("203.0.113.9");
    // Two proxies (an edge proxy, then an internal one), the header sent twice, IPv6 hops.
    expect(requestOrigin({ ...viaProxy, forwardedFor: ["192.0.2.66, 2001:db8:2::5", "2001:db8:1::7, 10.1.1.1"] }, proxies).ip).toBe("2001:db8:2::5");
    expect(requestOrigin({ ...viaProxy, forwardedFor: "[2001:DB8:2::5]:4711, 10.1.1.1:8080" }, proxies).ip).toBe("2001:db8:2::5");
    // Every hop trusted: the leftmost is the best known.
    expect(requestOrigin({ ...viaProxy, forwardedFor: "10.3.3.3, 10.1.1.1" }, proxies).ip).toBe("10.3.3.3");
    // A malformed entry ends the walk at the trusted proxy that passed it on.
    expect(requestOrigin({ ...viaProxy, forwardedFor: "203.0.113.9, unknown, 10.1.1.1" }, proxies).ip).toBe("10.1.1.1");
    expect(requestOrigin({ ...viaProxy, forwardedFor: "203.0.113.9, garbage" }, proxies).ip).toBe("10.0.0.2");
    // No X-Forwarded-For: X-Real-IP, then the proxy itself.
    expect(requestOrigin({ ...viaProxy, realIp: "203.0.113.4" }, proxies).ip).toBe("203.0.113.4");
    expect(requestOrigin({ ...viaProxy, realIp: "nonsense" }, proxies).ip).toBe("10.0.0.2");
    expect(requestOrigin(viaProxy, proxies)).toEqual({ ip: "10.0.0.2", viaTrustedProxy: true, proto: "http", host: "app.internal:3000" });
    // A scheme other than http or https is not believed.
    expect(requestOrigin({ ...viaProxy, forwardedProto: "javascript" }, proxies).proto).toBe("http");
    expect(requestOrigin({ ...viaProxy, forwardedProto: "HTTPS, http" }, proxies).proto).toBe("https");
  });

  it("knows no address when the connection has none", () => {
    expect(requestOrigin({ remoteAddress: undefined, ...forged }, trusted("0.0.0.0/0")).ip).toBeNull();
  });
});
