-- CreateTable
CREATE TABLE "VendorRiskScore" (
    "vendorId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "changes" INTEGER NOT NULL DEFAULT 1,
    "computedChanges" INTEGER NOT NULL DEFAULT 0,
    "asOfDay" DATE,
    "impact" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "likelihood" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "residual" INTEGER NOT NULL DEFAULT 0,
    "level" TEXT NOT NULL DEFAULT 'low',
    "weightsVersion" TEXT NOT NULL DEFAULT '',
    "activeAlarms" INTEGER NOT NULL DEFAULT 0,
    "acceptedAlarms" INTEGER NOT NULL DEFAULT 0,
    "slaBreaches" INTEGER NOT NULL DEFAULT 0,
    "openKev" INTEGER NOT NULL DEFAULT 0,
    "assessed" BOOLEAN NOT NULL DEFAULT false,
    "detail" JSONB,

    CONSTRAINT "VendorRiskScore_pkey" PRIMARY KEY ("vendorId")
);

-- CreateIndex
CREATE INDEX "VendorRiskScore_organizationId_residual_idx" ON "VendorRiskScore"("organizationId", "residual");

-- AddForeignKey
ALTER TABLE "VendorRiskScore" ADD CONSTRAINT "VendorRiskScore_vendorId_fkey" FOREIGN KEY ("vendorId") REFERENCES "Vendor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Every change to a vendor's risk inputs raises its score's "changes" counter; the application recomputes scores
-- whose counter moved (lib/risk/stored.ts). Triggers, so that no write path can forget it.
CREATE FUNCTION chainward_risk_changed(vendor_ids text[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "VendorRiskScore" ("vendorId", "organizationId")
    SELECT v.id, v."organizationId" FROM "Vendor" v WHERE v.id = ANY(vendor_ids)
  ON CONFLICT ("vendorId") DO UPDATE SET changes = "VendorRiskScore".changes + 1;
END $$;

CREATE FUNCTION chainward_risk_row_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  row_data record;
  ids text[];
BEGIN
  IF TG_OP = 'DELETE' THEN row_data := OLD; ELSE row_data := NEW; END IF;
  IF TG_TABLE_NAME = 'Vendor' THEN
    ids := ARRAY[row_data.id];
  ELSIF TG_TABLE_NAME = 'ChannelSystem' THEN
    SELECT array_agg("vendorId") INTO ids FROM "AccessChannel" WHERE id = row_data."channelId";
  ELSIF TG_TABLE_NAME = 'VulnerabilityRecord' THEN
    SELECT array_agg("vendorId") INTO ids FROM "Product" WHERE id = row_data."productId";
  ELSIF TG_TABLE_NAME = 'System' THEN
    SELECT array_agg(DISTINCT c."vendorId") INTO ids FROM "ChannelSystem" cs JOIN "AccessChannel" c ON c.id = cs."channelId" WHERE cs."systemId" = row_data.id;
  ELSE
    ids := ARRAY[row_data."vendorId"];
  END IF;
  -- A row moved to another vendor changes both.
  IF TG_OP = 'UPDATE' AND TG_TABLE_NAME NOT IN ('Vendor', 'System', 'ChannelSystem', 'VulnerabilityRecord') THEN
    IF OLD."vendorId" IS DISTINCT FROM NEW."vendorId" THEN
      ids := ids || OLD."vendorId";
    END IF;
  END IF;
  IF ids IS NOT NULL THEN PERFORM chainward_risk_changed(ids); END IF;
  IF TG_WHEN = 'BEFORE' THEN RETURN row_data; END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Vendor_risk" AFTER INSERT OR UPDATE ON "Vendor" FOR EACH ROW EXECUTE FUNCTION chainward_risk_row_changed();
CREATE TRIGGER "AccessChannel_risk" AFTER INSERT OR UPDATE OR DELETE ON "AccessChannel" FOR EACH ROW EXECUTE FUNCTION chainward_risk_row_changed();
CREATE TRIGGER "ChannelSystem_risk" AFTER INSERT OR DELETE ON "ChannelSystem" FOR EACH ROW EXECUTE FUNCTION chainward_risk_row_changed();
-- Before the delete: the links to the system still exist then.
CREATE TRIGGER "System_risk" BEFORE DELETE OR UPDATE OF criticality ON "System" FOR EACH ROW EXECUTE FUNCTION chainward_risk_row_changed();
CREATE TRIGGER "PatchSla_risk" AFTER INSERT OR UPDATE OR DELETE ON "PatchSla" FOR EACH ROW EXECUTE FUNCTION chainward_risk_row_changed();
CREATE TRIGGER "Product_risk" AFTER INSERT OR UPDATE OR DELETE ON "Product" FOR EACH ROW EXECUTE FUNCTION chainward_risk_row_changed();
CREATE TRIGGER "VulnerabilityRecord_risk" AFTER INSERT OR UPDATE OR DELETE ON "VulnerabilityRecord" FOR EACH ROW EXECUTE FUNCTION chainward_risk_row_changed();
CREATE TRIGGER "Assessment_risk" AFTER INSERT OR UPDATE OR DELETE ON "Assessment" FOR EACH ROW EXECUTE FUNCTION chainward_risk_row_changed();
CREATE TRIGGER "Finding_risk" AFTER INSERT OR UPDATE OR DELETE ON "Finding" FOR EACH ROW EXECUTE FUNCTION chainward_risk_row_changed();
CREATE TRIGGER "AlarmAcceptance_risk" AFTER INSERT OR UPDATE OR DELETE ON "AlarmAcceptance" FOR EACH ROW EXECUTE FUNCTION chainward_risk_row_changed();

-- The KEV catalog and the risk weights concern every vendor of the organization: one statement, one update.
CREATE FUNCTION chainward_risk_org_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "VendorRiskScore" SET changes = changes + 1 WHERE "organizationId" IN (SELECT DISTINCT "organizationId" FROM changed_rows);
  RETURN NULL;
END $$;
CREATE TRIGGER "KevEntry_risk_insert" AFTER INSERT ON "KevEntry" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION chainward_risk_org_changed();
CREATE TRIGGER "KevEntry_risk_update" AFTER UPDATE ON "KevEntry" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION chainward_risk_org_changed();
CREATE TRIGGER "KevEntry_risk_delete" AFTER DELETE ON "KevEntry" REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION chainward_risk_org_changed();

CREATE FUNCTION chainward_risk_weights_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "VendorRiskScore" SET changes = changes + 1 WHERE "organizationId" = NEW.id;
  RETURN NULL;
END $$;
CREATE TRIGGER "Organization_risk" AFTER UPDATE ON "Organization" FOR EACH ROW
  WHEN (OLD."riskWeights" IS DISTINCT FROM NEW."riskWeights" OR OLD."riskWeightsRevision" IS DISTINCT FROM NEW."riskWeightsRevision")
  EXECUTE FUNCTION chainward_risk_weights_changed();

-- Vendors that exist already start out of date.
INSERT INTO "VendorRiskScore" ("vendorId", "organizationId") SELECT id, "organizationId" FROM "Vendor";
