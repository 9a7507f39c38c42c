import { describe, expect, it } from "vitest";
import { joinAddress, isLoopbackOrigin } from "../../../client/src/logic/joinAddress";

describe("the join address the lobby shows and puts in its QR code", () => {
  it("is the host's own address with the match's path when the host reached the server over the network", () => {
    expect(joinAddress("http://192.168.1.20:2567", ["http://192.168.1.20:2567"], "ABC123")).toBe("http://192.168.1.20:2567/m/ABC123");
    expect(joinAddress("https://detente.school.example", [], "ABC123")).toBe("https://detente.school.example/m/ABC123");
  });

  it("is the server's first network address when the host opened the game as localhost", () => {
    for (const origin of ["http://localhost:2567", "http://127.0.0.1:2567", "http://[::1]:2567"]) {
      expect(joinAddress(origin, ["http://10.0.0.7:2567", "http://[fd00::2]:2567"], "XYZ789")).toBe("http://10.0.0.7:2567/m/XYZ789");
    }
  });

  it("stays localhost when the server has no network address (HOST left at loopback), and says so", () => {
    expect(joinAddress("http://localhost:2567", [], "ABC123")).toBe("http://localhost:2567/m/ABC123");
    expect(isLoopbackOrigin("http://localhost:2567")).toBe(true);
    expect(isLoopbackOrigin("http://192.168.1.20:2567")).toBe(false);
  });
});
