-- Issue 18: Open Badges (edubadges) a job seeker imports as evidence for skills. One row per imported badge, one
-- row per ESCO skill the badge is aligned to; the skills need not be in the profile yet (the seeker chooses whether
-- to add them). Removing the profile removes its badges (erasure, by cascade).
create table seeker_badge (
    id                   uuid        primary key,
    profile_id           uuid        not null references candidate_profile (id) on delete cascade,
    spec                 text        not null,
    container            text        not null,
    name                 text        not null,
    issuer               text,
    issued_on            text,
    source_id            text,
    -- why the badge is shown as not verified: Vaardig checks no signature and fetches nothing (docs/badges.md)
    verification_reason  text        not null,
    document             text        not null,
    imported_at          timestamptz not null default now(),
    constraint seeker_badge_spec check (spec in ('OB2', 'OB3')),
    constraint seeker_badge_container check (container in ('JSON', 'PNG', 'SVG')),
    constraint seeker_badge_reason check (verification_reason in ('HOSTED', 'SIGNED', 'PROOF', 'NONE')),
    constraint seeker_badge_sizes check (length(name) between 1 and 300 and (issuer is null or length(issuer) <= 300)
        and (issued_on is null or length(issued_on) <= 64) and (source_id is null or length(source_id) <= 1000)
        and length(document) <= 262144)
);
-- the same badge (by its own id) once per profile; a badge without an id cannot be recognised twice
create unique index seeker_badge_once on seeker_badge (profile_id, source_id) where source_id is not null;

create table seeker_badge_skill (
    badge_id   uuid not null references seeker_badge (id) on delete cascade,
    skill_uri  text not null,
    primary key (badge_id, skill_uri)
);
create index seeker_badge_skill_uri on seeker_badge_skill (skill_uri);
