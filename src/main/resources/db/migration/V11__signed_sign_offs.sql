-- The signer's public key (PEM) kept with a signed sign-off, so that anyone can check the signature later without
-- asking the signer for it (docs/review.md). Null for an unsigned sign-off; set with the signature, once.
ALTER TABLE review_decision ADD COLUMN signer_public_key VARCHAR(4096);
