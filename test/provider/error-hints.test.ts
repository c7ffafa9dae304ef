import { UnauthorizedError } from "../../src/client";
import { LOCAL_SERVER_SOFTWARE } from "../../src/model";
import { endpointErrorDetail } from "../../src/provider/error-hints";
import type { ConnectionFacts } from "../../src/provider/provider-data";

const URL = "http://127.0.0.1:8080";
const context: ConnectionFacts = {
  endpoint: { url: URL, setBy: "SMARTENROLL_BASE_URL" },
  tokenSource: { fromEnv: true, envVar: "SMARTENROLL_TOKEN", attribute: "token" },
  tokenInfo: { account: "ci", expiresAt: new Date("2999-01-01T00:00:00Z") },
};
const refused = (server?: string) =>
  new UnauthorizedError("GET /v3/projects: 401 Forbidden: Access forbidden", {
    method: "GET", path: "/v3/projects", url: `${URL}/v3/projects`, status: 401, code: "Forbidden", apiMessage: "Access forbidden", server,
  });
const hintFor = (err: UnauthorizedError) => endpointErrorDetail(err, context);
const START = `${URL}/v3/projects answered 401 Forbidden: Access forbidden. `;
const CLAIMS = `The token's own claims are in order (sub "ci", exp 2999-01-01T00:00:00.000Z (not expired))`;
const UNCHANGED = "Nothing was created or removed, and state is unchanged.";

describe("a 401 says who refused the token and what to check", () => {
  test("the local server (it names itself in the Server header): the JWT secret the token was signed with", () => {
    expect(hintFor(refused(LOCAL_SERVER_SOFTWARE))).toBe(
      START +
        `The local SmartEnroll server at ${URL} (set by SMARTENROLL_BASE_URL) did not accept the token in SMARTENROLL_TOKEN. ` +
        `${CLAIMS}, so the server rejected its signature: the token was probably signed with another JWT secret than the one the server was started with (SMARTENROLL_JWT_SECRET or --jwt-secret). ` +
        `Sign a new token with the server's secret and put it into SMARTENROLL_TOKEN: SMARTENROLL_JWT_SECRET=<the server's secret> npx smartenroll token --user <id>. ${UNCHANGED}`,
    );
  });

  test("the hosted API (or any server that does not name itself): the environment the token was issued for", () => {
    for (const server of [undefined, "nginx/1.27"])
      expect(hintFor(refused(server))).toBe(
        START +
          `The API at ${URL} (set by SMARTENROLL_BASE_URL) did not accept the token in SMARTENROLL_TOKEN. ` +
          `${CLAIMS}, so the API rejected its signature or issuer: the token was probably issued for another environment (production, staging and development each issue their own tokens) or has been revoked. ` +
          `Check that SMARTENROLL_TOKEN belongs to this environment, or get a new one. ${UNCHANGED}`,
      );
  });
});
