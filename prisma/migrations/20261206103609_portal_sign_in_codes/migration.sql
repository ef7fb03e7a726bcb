-- AlterTable
ALTER TABLE "EmailToken" ADD COLUMN     "browserHash" TEXT,
ADD COLUMN     "codeAttempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "codeHash" TEXT,
ADD COLUMN     "landingPath" TEXT;

-- CreateIndex
CREATE INDEX "EmailToken_browserHash_idx" ON "EmailToken"("browserHash");
