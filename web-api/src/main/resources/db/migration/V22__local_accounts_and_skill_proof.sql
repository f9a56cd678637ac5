-- Issue 6 (job seeker): accounts people create themselves in the local identity provider, and the optional proof
-- a person adds to a skill claim.

-- A self-registered account of the local provider (production uses Keycloak's own registration). The subject is a
-- random UUID (what tokens carry, never the username), kept as text like candidate_profile.owner_subject so it is
-- compared with a token's subject as it is; the username is unique whatever its case. Only the hash of the password
-- is kept. Erasure of the person deletes this row (issue 6, privacy).
create table local_account (
    subject        text        primary key,
    username       text        not null,
    password_hash  text        not null,
    name           text        not null,
    created_at     timestamptz not null default now(),
    constraint local_account_username_size check (length(username) between 3 and 100),
    constraint local_account_name_size check (length(name) between 1 and 100)
);
create unique index local_account_username_ci on local_account (lower(username));

-- Proof of a skill claim: a short text (e.g. "Diploma MBO Verzorgende IG, 2019") and/or a link, each at most 500
-- characters. Optional; the evidence kind says where the claim comes from.
alter table candidate_skill add column proof_text text;
alter table candidate_skill add column proof_url text;
alter table candidate_skill add constraint candidate_skill_proof_size
    check ((proof_text is null or length(proof_text) <= 500) and (proof_url is null or length(proof_url) <= 500));
