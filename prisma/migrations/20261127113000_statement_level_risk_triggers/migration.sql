-- The risk triggers become statement-level: a statement that writes thousands of rows (an import, a bulk load)
-- marks each vendor it concerns once, instead of rewriting that vendor's score row once per row written.
-- Each trigger passes the query that names the concerned vendors from its transition tables (old_rows, new_rows).
CREATE FUNCTION chainward_risk_rows_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids text[];
BEGIN
  EXECUTE TG_ARGV[0] INTO ids;
  IF ids IS NOT NULL THEN PERFORM chainward_risk_changed(ids); END IF;
  RETURN NULL;
END $$;

-- A deleted vendor takes its score with it; the organization's figures change all the same.
CREATE FUNCTION chainward_risk_vendors_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  orgs text[];
BEGIN
  SELECT array_agg(DISTINCT "organizationId") INTO orgs FROM old_rows;
  IF orgs IS NOT NULL THEN PERFORM chainward_bump_generation(orgs); END IF;
  RETURN NULL;
END $$;

DROP TRIGGER "Vendor_risk" ON "Vendor";
DROP TRIGGER "AccessChannel_risk" ON "AccessChannel";
DROP TRIGGER "PatchSla_risk" ON "PatchSla";
DROP TRIGGER "Product_risk" ON "Product";
DROP TRIGGER "Assessment_risk" ON "Assessment";
DROP TRIGGER "Finding_risk" ON "Finding";
DROP TRIGGER "AlarmAcceptance_risk" ON "AlarmAcceptance";
DROP TRIGGER "ChannelSystem_risk" ON "ChannelSystem";
DROP TRIGGER "System_risk" ON "System";
DROP TRIGGER "VulnerabilityRecord_risk" ON "VulnerabilityRecord";
DROP FUNCTION chainward_risk_row_changed();

CREATE TRIGGER "Vendor_risk_insert" AFTER INSERT ON "Vendor" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION chainward_risk_rows_changed('SELECT array_agg(id) FROM new_rows');
CREATE TRIGGER "Vendor_risk_update" AFTER UPDATE ON "Vendor" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION chainward_risk_rows_changed('SELECT array_agg(id) FROM new_rows');
CREATE TRIGGER "Vendor_risk_delete" AFTER DELETE ON "Vendor" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
  EXECUTE FUNCTION chainward_risk_vendors_deleted();

-- AccessChannel: its rows name their vendor; a row moved to another vendor concerns both.
CREATE TRIGGER "AccessChannel_risk_insert" AFTER INSERT ON "AccessChannel" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION chainward_risk_rows_changed('SELECT array_agg(DISTINCT "vendorId") FROM new_rows');
CREATE TRIGGER "AccessChannel_risk_update" AFTER UPDATE ON "AccessChannel" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION chainward_risk_rows_changed('SELECT array_agg(DISTINCT "vendorId") FROM (SELECT "vendorId" FROM old_rows UNION SELECT "vendorId" FROM new_rows) r');
CREATE TRIGGER "AccessChannel_risk_delete" AFTER DELETE ON "AccessChannel" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
  EXECUTE FUNCTION chainward_risk_rows_changed('SELECT array_agg(DISTINCT "vendorId") FROM old_rows');

-- PatchSla: its rows name their vendor; a row moved to another vendor concerns both.
CREATE TRIGGER "PatchSla_risk_insert" AFTER INSERT ON "PatchSla" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION chainward_risk_rows_changed('SELECT array_agg(DISTINCT "vendorId") FROM new_rows');
CREATE TRIGGER "PatchSla_risk_update" AFTER UPDATE ON "PatchSla" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION chainward_risk_rows_changed('SELECT array_agg(DISTINCT "vendorId") FROM (SELECT "vendorId" FROM old_rows UNION SELECT "vendorId" FROM new_rows) r');
CREATE TRIGGER "PatchSla_risk_delete" AFTER DELETE ON "PatchSla" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
  EXECUTE FUNCTION chainward_risk_rows_changed('SELECT array_agg(DISTINCT "vendorId") FROM old_rows');

-- Product: its rows name their vendor; a row moved to another vendor concerns both.
CREATE TRIGGER "Product_risk_insert" AFTER INSERT ON "Product" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION chainward_risk_rows_changed('SELECT array_agg(DISTINCT "vendorId") FROM new_rows');
CREATE TRIGGER "Product_risk_update" AFTER UPDATE ON "Product" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION chainward_risk_rows_changed('SELECT array_agg(DISTINCT "vendorId") FROM (SELECT "vendorId" FROM old_rows UNION SELECT "vendorId" FROM new_rows) r');
CREATE TRIGGER "Product_risk_delete" AFTER DELETE ON "Product" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
  EXECUTE FUNCTION chainward_risk_rows_changed('SELECT array_agg(DISTINCT "vendorId") FROM old_rows');

-- Assessment: its rows name their vendor; a row moved to another vendor concerns both.
CREATE TRIGGER "Assessment_risk_insert" AFTER INSERT ON "Assessment" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION chainward_risk_rows_changed('SELECT array_agg(DISTINCT "vendorId") FROM new_rows');
CREATE TRIGGER "Assessment_risk_update" AFTER UPDATE ON "Assessment" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION chainward_risk_rows_changed('SELECT array_agg(DISTINCT "vendorId") FROM (SELECT "vendorId" FROM old_rows UNION SELECT "vendorId" FROM new_rows) r');
CREATE TRIGGER "Assessment_risk_delete" AFTER DELETE ON "Assessment" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
  EXECUTE FUNCTION chainward_risk_rows_changed('SELECT array_agg(DISTINCT "vendorId") FROM old_rows');

-- Finding: its rows name their vendor; a row moved to another vendor concerns both.
CREATE TRIGGER "Finding_risk_insert" AFTER INSERT ON "Finding" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION chainward_risk_rows_changed('SELECT array_agg(DISTINCT "vendorId") FROM new_rows');
CREATE TRIGGER "Finding_risk_update" AFTER UPDATE ON "Finding" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION chainward_risk_rows_changed('SELECT array_agg(DISTINCT "vendorId") FROM (SELECT "vendorId" FROM old_rows UNION SELECT "vendorId" FROM new_rows) r');
CREATE TRIGGER "Finding_risk_delete" AFTER DELETE ON "Finding" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
  EXECUTE FUNCTION chainward_risk_rows_changed('SELECT array_agg(DISTINCT "vendorId") FROM old_rows');

-- AlarmAcceptance: its rows name their vendor; a row moved to another vendor concerns both.
CREATE TRIGGER "AlarmAcceptance_risk_insert" AFTER INSERT ON "AlarmAcceptance" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION chainward_risk_rows_changed('SELECT array_agg(DISTINCT "vendorId") FROM new_rows');
CREATE TRIGGER "AlarmAcceptance_risk_update" AFTER UPDATE ON "AlarmAcceptance" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION chainward_risk_rows_changed('SELECT array_agg(DISTINCT "vendorId") FROM (SELECT "vendorId" FROM old_rows UNION SELECT "vendorId" FROM new_rows) r');
CREATE TRIGGER "AlarmAcceptance_risk_delete" AFTER DELETE ON "AlarmAcceptance" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
  EXECUTE FUNCTION chainward_risk_rows_changed('SELECT array_agg(DISTINCT "vendorId") FROM old_rows');

-- A channel's systems: the channel names the vendor. Deleting a system deletes its links, which marks their vendors.
CREATE TRIGGER "ChannelSystem_risk_insert" AFTER INSERT ON "ChannelSystem" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION chainward_risk_rows_changed('SELECT array_agg(DISTINCT c."vendorId") FROM new_rows r JOIN "AccessChannel" c ON c.id = r."channelId"');
CREATE TRIGGER "ChannelSystem_risk_delete" AFTER DELETE ON "ChannelSystem" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
  EXECUTE FUNCTION chainward_risk_rows_changed('SELECT array_agg(DISTINCT c."vendorId") FROM old_rows r JOIN "AccessChannel" c ON c.id = r."channelId"');

-- A system's criticality concerns every vendor whose channels reach it.
CREATE TRIGGER "System_risk_update" AFTER UPDATE ON "System" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION chainward_risk_rows_changed('SELECT array_agg(DISTINCT c."vendorId") FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN "ChannelSystem" cs ON cs."systemId" = n.id JOIN "AccessChannel" c ON c.id = cs."channelId" WHERE o.criticality IS DISTINCT FROM n.criticality');

-- The vulnerability ledger: the product names the vendor.
CREATE TRIGGER "VulnerabilityRecord_risk_insert" AFTER INSERT ON "VulnerabilityRecord" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION chainward_risk_rows_changed('SELECT array_agg(DISTINCT p."vendorId") FROM new_rows r JOIN "Product" p ON p.id = r."productId"');
CREATE TRIGGER "VulnerabilityRecord_risk_update" AFTER UPDATE ON "VulnerabilityRecord" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION chainward_risk_rows_changed('SELECT array_agg(DISTINCT p."vendorId") FROM (SELECT "productId" FROM old_rows UNION SELECT "productId" FROM new_rows) r JOIN "Product" p ON p.id = r."productId"');
CREATE TRIGGER "VulnerabilityRecord_risk_delete" AFTER DELETE ON "VulnerabilityRecord" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
  EXECUTE FUNCTION chainward_risk_rows_changed('SELECT array_agg(DISTINCT p."vendorId") FROM old_rows r JOIN "Product" p ON p.id = r."productId"');
