-- Issue 15: an erased account is refused at once, also with an access token issued before the erasure (valid up to
-- 60 minutes). The API checks every token's subject against this table (cached). Only a SHA-256 hash of the subject
-- is kept: enough to recognise the old token, nothing to identify the person by.
create table subject_tombstone (
    subject_sha256 text        primary key,
    reason         text        not null,
    at             timestamptz not null default now(),
    constraint subject_tombstone_reason check (reason in ('ERASED'))
);
