-- The security contact is one truth: a role on a vendor contact. The vendor's own security-contact fields move onto
-- that contact, then go.

-- AlterTable
ALTER TABLE "VendorContact" ADD COLUMN     "availability" "Availability";

-- A vendor without a marked security contact: the contact with the same email (or, without one, the same name)
-- becomes it.
WITH pick AS (
  SELECT DISTINCT ON (v."id") c."id"
  FROM "Vendor" v JOIN "VendorContact" c ON c."vendorId" = v."id"
  WHERE NOT EXISTS (SELECT 1 FROM "VendorContact" s WHERE s."vendorId" = v."id" AND s."isSecurityContact")
    AND ((v."securityContactEmail" IS NOT NULL AND lower(c."email") = lower(v."securityContactEmail"))
      OR (v."securityContactEmail" IS NULL AND v."securityContactName" IS NOT NULL AND lower(c."name") = lower(v."securityContactName")))
  ORDER BY v."id", c."createdAt", c."id"
)
UPDATE "VendorContact" c SET "isSecurityContact" = true FROM pick WHERE c."id" = pick."id";

-- The security contact takes the vendor's availability, and its phone and email where it has none.
UPDATE "VendorContact" c SET
  "availability" = v."securityContactAvailability",
  "phone" = COALESCE(c."phone", v."securityContactPhone"),
  "email" = COALESCE(c."email", v."securityContactEmail")
FROM "Vendor" v WHERE c."vendorId" = v."id" AND c."isSecurityContact";

-- A vendor whose security contact existed only in its own fields gets it as a contact.
INSERT INTO "VendorContact" ("id", "organizationId", "vendorId", "name", "email", "phone", "isSecurityContact", "availability", "createdAt")
SELECT 'sec' || md5(v."id"), v."organizationId", v."id", COALESCE(v."securityContactName", 'Security contact'), v."securityContactEmail",
       v."securityContactPhone", true, v."securityContactAvailability", now()
FROM "Vendor" v
WHERE (v."securityContactName" IS NOT NULL OR v."securityContactEmail" IS NOT NULL OR v."securityContactPhone" IS NOT NULL OR v."securityContactAvailability" IS NOT NULL)
  AND NOT EXISTS (SELECT 1 FROM "VendorContact" s WHERE s."vendorId" = v."id" AND s."isSecurityContact");

-- AlterTable
ALTER TABLE "Vendor" DROP COLUMN "securityContactAvailability",
DROP COLUMN "securityContactEmail",
DROP COLUMN "securityContactName",
DROP COLUMN "securityContactPhone";
