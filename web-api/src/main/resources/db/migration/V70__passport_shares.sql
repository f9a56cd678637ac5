-- Issue 18: the skills passport, shared by the person. A share is either a LINK (anyone holding the random token
-- may open the passport; only the token's SHA-256 is kept, so a database copy opens nothing) or an ACCOUNT share
-- with one named coach or employer account (by its user name; opened only while signed in with that account and
-- role). Every share expires (the person chooses, at most 90 days) and can be revoked; a revoked share stays as
-- history. Deleting the profile (erasure) deletes its shares in the same statement.
create table passport_share (
    id               uuid        primary key,
    profile_id       uuid        not null references candidate_profile (id) on delete cascade,
    kind             text        not null,
    token_sha256     text        unique,
    grantee_username text,
    grantee_role     text,
    holder_name      text        not null,
    created_at       timestamptz not null,
    expires_at       timestamptz not null,
    revoked_at       timestamptz,
    constraint passport_share_kind check (kind in ('LINK', 'ACCOUNT')),
    constraint passport_share_link check (kind <> 'LINK' or (token_sha256 is not null and grantee_username is null)),
    constraint passport_share_account check (kind <> 'ACCOUNT'
        or (token_sha256 is null and grantee_username is not null and grantee_role in ('JOBCOACH', 'EMPLOYER'))),
    constraint passport_share_expiry check (expires_at > created_at and expires_at <= created_at + interval '91 days'),
    constraint passport_share_holder_size check (length(holder_name) between 1 and 100),
    constraint passport_share_grantee_size check (grantee_username is null or length(grantee_username) between 1 and 100)
);
create index passport_share_profile on passport_share (profile_id, created_at desc);
create index passport_share_grantee on passport_share (lower(grantee_username)) where kind = 'ACCOUNT' and revoked_at is null;
