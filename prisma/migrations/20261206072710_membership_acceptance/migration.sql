-- AlterTable
ALTER TABLE "EmailToken" ADD COLUMN     "membershipId" TEXT;

-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "acceptedAt" TIMESTAMP(3),
ADD COLUMN     "lastSignInAt" TIMESTAMP(3),
ADD COLUMN     "name" TEXT NOT NULL DEFAULT '';

-- Each organization's name for its members starts as the account's name.
UPDATE "Membership" m SET "name" = u."name", "lastSignInAt" = u."lastSignInAt" FROM "User" u WHERE u."id" = m."userId";
ALTER TABLE "Membership" ALTER COLUMN "name" DROP DEFAULT;

-- Memberships already in use count as accepted: supplier contacts, and staff whose account has a password. Staff
-- invitations not yet accepted stay pending.
UPDATE "Membership" m SET "acceptedAt" = m."createdAt" FROM "User" u
WHERE u."id" = m."userId" AND (m."role" = 'VENDOR' OR u."passwordHash" IS NOT NULL);

-- A pending invitation's token is bound to its membership when the account has exactly one; every other unbound token
-- (sign-in links live 10 minutes) is dropped, and that person is simply invited again.
UPDATE "EmailToken" t SET "membershipId" = m."id" FROM "Membership" m
WHERE t."purpose" = 'SET_PASSWORD' AND m."userId" = t."userId" AND m."acceptedAt" IS NULL
  AND (SELECT count(*) FROM "Membership" o WHERE o."userId" = t."userId") = 1;
DELETE FROM "EmailToken" WHERE "membershipId" IS NULL;
ALTER TABLE "EmailToken" ALTER COLUMN "membershipId" SET NOT NULL;

-- CreateIndex
CREATE INDEX "EmailToken_membershipId_idx" ON "EmailToken"("membershipId");

-- AddForeignKey
ALTER TABLE "EmailToken" ADD CONSTRAINT "EmailToken_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "Membership"("id") ON DELETE CASCADE ON UPDATE CASCADE;
