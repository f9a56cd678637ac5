-- Issue 18: who sent an invitation (the employer account's pseudonymous subject), so the answer can be mailed back
-- to that person only. Invitations sent before this migration have none; their answers are not mailed.
alter table invitation add column invited_by text;
