-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "riskGeneration" INTEGER NOT NULL DEFAULT 0;

-- Raises the organization's risk generation once per transaction (a transaction-local setting remembers it), so
-- that an import of thousands of rows does not rewrite the organization's row thousands of times.
CREATE FUNCTION chainward_bump_generation(org_ids text[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  org text;
BEGIN
  FOREACH org IN ARRAY org_ids LOOP
    IF current_setting('chainward.gen_' || md5(org), true) IS DISTINCT FROM txid_current()::text THEN
      UPDATE "Organization" SET "riskGeneration" = "riskGeneration" + 1 WHERE id = org;
      PERFORM set_config('chainward.gen_' || md5(org), txid_current()::text, true);
    END IF;
  END LOOP;
END $$;

CREATE OR REPLACE FUNCTION chainward_risk_changed(vendor_ids text[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  orgs text[];
BEGIN
  INSERT INTO "VendorRiskScore" ("vendorId", "organizationId")
    SELECT v.id, v."organizationId" FROM "Vendor" v WHERE v.id = ANY(vendor_ids)
  ON CONFLICT ("vendorId") DO UPDATE SET changes = "VendorRiskScore".changes + 1;
  SELECT array_agg(DISTINCT "organizationId") INTO orgs FROM "Vendor" WHERE id = ANY(vendor_ids);
  IF orgs IS NOT NULL THEN PERFORM chainward_bump_generation(orgs); END IF;
END $$;

CREATE OR REPLACE FUNCTION chainward_risk_org_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  orgs text[];
BEGIN
  SELECT array_agg(DISTINCT "organizationId") INTO orgs FROM changed_rows;
  UPDATE "VendorRiskScore" SET changes = changes + 1 WHERE "organizationId" = ANY(orgs);
  IF orgs IS NOT NULL THEN PERFORM chainward_bump_generation(orgs); END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION chainward_risk_weights_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "VendorRiskScore" SET changes = changes + 1 WHERE "organizationId" = NEW.id;
  PERFORM chainward_bump_generation(ARRAY[NEW.id]);
  RETURN NULL;
END $$;
