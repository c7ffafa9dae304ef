// A team's stack: the same KYC projects, with Terraform state in PostgreSQL (Terraform's built-in `pg` backend)
// instead of a file on one laptop. Every working copy and CI job that runs `cdktf deploy` shares that state, and
// the backend's lock (a PostgreSQL advisory lock) lets only one of them change it at a time.
import { App, PgBackend, TerraformOutput, TerraformStack } from "cdktf";
import type { Construct } from "constructs";
import { KycProject, SmartenrollProvider, type KycProjectProps } from "smartenroll-iac";

const basics: Omit<KycProjectProps, "name" | "allowedCountries"> = {
  contactEmail: "compliance@example.com",
  privacyUrl: "https://example.com/privacy",
  termsAndConditionsUrl: "https://example.com/terms",
  dataProtection: { name: "Jane Smith", email: "dpo@example.com", address: "123 Business Plaza", city: "New York", country: "United States", postalCode: "10001" },
  steps: { document: "mandatory", liveness: "mandatory" },
  documents: {
    verificationMethods: ["scan", "upload"],
    documentTypes: [{ country: "United States", configurations: [{ documentCategory: "government_id" }] }],
  },
  liveness: { minScore: 0.65, searchMinScore: 0.8 },
  integrations: { redirectUrl: "https://example.com/onboarding-complete" },
  status: "active",
};

/** Two regional projects whose state lives in PostgreSQL. */
export class TeamStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    // The connection string goes into cdktf.out: keep the password out of it (libpq's PGPASSWORD is read at run time).
    new PgBackend(this, { connStr: process.env.PG_CONN_STR ?? "postgres://localhost/terraform?sslmode=disable", schemaName: "smartenroll_kyc" });
    new SmartenrollProvider(this, "smartenroll", { environment: process.env.SMARTENROLL_ENVIRONMENT });
    const na = new KycProject(this, "NorthAmerica", { ...basics, name: "Team Onboarding - North America", allowedCountries: ["United States", "Canada"] });
    const eu = new KycProject(this, "Europe", { ...basics, name: "Team Onboarding - Europe", allowedCountries: ["Germany", "France", "Spain"] });
    new TerraformOutput(this, "project_ids", { value: [na.projectId, eu.projectId] });
  }
}

const app = new App();
new TeamStack(app, "team");
app.synth();
