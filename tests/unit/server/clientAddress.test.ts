/** The client address behind a request: X-Forwarded-For is believed only through trusted proxies. */
import { describe, expect, it } from "vitest";
import { addressThrough, networkOf, parseTrustProxy } from "../../../server/clientAddress";

const request = (remoteAddress: string, forwardedFor?: string) =>
  ({ socket: { remoteAddress }, headers: forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor } }) as Parameters<typeof addressThrough>[0];

describe("the client address", () => {
  it("is the socket's own when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(addressThrough(request("203.0.113.7", "1.2.3.4"), parseTrustProxy(undefined))).toBe("203.0.113.7");
    expect(addressThrough(request("::ffff:203.0.113.7", "1.2.3.4"), parseTrustProxy(""))).toBe("203.0.113.7");
  });

  it("is the address the trusted proxy saw, with a number of hops", () => {
    // The client forged the first entry; the one proxy appended what it saw.
    expect(addressThrough(request("127.0.0.1", "1.2.3.4, 198.51.100.9"), parseTrustProxy("1"))).toBe("198.51.100.9");
    expect(addressThrough(request("127.0.0.1", "1.2.3.4, 198.51.100.9, 10.0.0.2"), parseTrustProxy("2"))).toBe("198.51.100.9");
    expect(addressThrough(request("127.0.0.1"), parseTrustProxy("1"))).toBe("127.0.0.1");
  });

  it("walks back through listed proxies only", () => {
    const trust = parseTrustProxy("loopback, 10.0.0.0/8");
    expect(addressThrough(request("127.0.0.1", "1.2.3.4, 198.51.100.9, 10.1.2.3"), trust)).toBe("198.51.100.9");
    // A socket that is not a listed proxy is the client, whatever it forwards.
    expect(addressThrough(request("198.51.100.9", "1.2.3.4"), trust)).toBe("198.51.100.9");
  });

  it("stops at the proxy before an entry that is no address at all", () => {
    expect(addressThrough(request("127.0.0.1", "not-an-address"), parseTrustProxy("loopback"))).toBe("127.0.0.1");
  });

  it("refuses a TRUST_PROXY value it cannot read instead of trusting too much", () => {
    expect(() => parseTrustProxy("true")).toThrow(/TRUST_PROXY/);
    expect(() => parseTrustProxy("10.0.0.0/abc")).toThrow(/TRUST_PROXY/);
  });
});

describe("the network a connection counts against", () => {
  it("is the address itself for IPv4, and the /64 for IPv6, which one household or school holds whole", () => {
    expect(networkOf("203.0.113.7")).toBe("203.0.113.7");
    expect(networkOf("2001:db8:1:2:aaaa::1")).toBe(networkOf("2001:db8:1:2:ffff:ffff:ffff:ffff"));
    expect(networkOf("2001:db8:1:2::1")).not.toBe(networkOf("2001:db8:1:3::1"));
    expect(networkOf("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(networkOf("::1")).toBe("0:0:0:0::/64");
    expect(networkOf("not an address")).toBe("not an address");
  });
});
