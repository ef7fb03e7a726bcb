-- A vendor's tier history starts with the tier it was given: vendors created before every creation path recorded it
-- (the demo data, backups, direct database loads) get that first entry, dated when the vendor was created.
INSERT INTO "VendorTierChange" ("id", "organizationId", "vendorId", "fromTier", "toTier", "reason", "changedByEmail", "createdAt")
SELECT 'tier0' || md5(v."id"), v."organizationId", v."id", NULL, v."tier", 'Initial tier', NULL, v."createdAt"
FROM "Vendor" v
WHERE v."tier" IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM "VendorTierChange" t WHERE t."vendorId" = v."id");
