-- AlterTable
ALTER TABLE "VendorRiskScore" ADD COLUMN     "stale" BOOLEAN NOT NULL DEFAULT true;

-- CreateIndex
CREATE INDEX "VendorRiskScore_organizationId_stale_idx" ON "VendorRiskScore"("organizationId", "stale");

-- CreateIndex
CREATE INDEX "VendorRiskScore_organizationId_asOfDay_idx" ON "VendorRiskScore"("organizationId", "asOfDay");

-- Scores already current are not stale.
UPDATE "VendorRiskScore" SET stale = false WHERE "computedChanges" = changes;

-- The triggers mark a score stale when they raise its change counter.
CREATE OR REPLACE FUNCTION chainward_risk_changed(vendor_ids text[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  orgs text[];
BEGIN
  INSERT INTO "VendorRiskScore" ("vendorId", "organizationId")
    SELECT v.id, v."organizationId" FROM "Vendor" v WHERE v.id = ANY(vendor_ids)
  ON CONFLICT ("vendorId") DO UPDATE SET changes = "VendorRiskScore".changes + 1, stale = true;
  SELECT array_agg(DISTINCT "organizationId") INTO orgs FROM "Vendor" WHERE id = ANY(vendor_ids);
  IF orgs IS NOT NULL THEN PERFORM chainward_bump_generation(orgs); END IF;
END $$;

CREATE OR REPLACE FUNCTION chainward_risk_org_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  orgs text[];
BEGIN
  SELECT array_agg(DISTINCT "organizationId") INTO orgs FROM changed_rows;
  UPDATE "VendorRiskScore" SET changes = changes + 1, stale = true WHERE "organizationId" = ANY(orgs);
  IF orgs IS NOT NULL THEN PERFORM chainward_bump_generation(orgs); END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION chainward_risk_weights_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "VendorRiskScore" SET changes = changes + 1, stale = true WHERE "organizationId" = NEW.id;
  PERFORM chainward_bump_generation(ARRAY[NEW.id]);
  RETURN NULL;
END $$;
