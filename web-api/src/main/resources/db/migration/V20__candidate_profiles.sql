-- Skills profiles of people who may be found by employers (issue 5), written by the job-seeker registration
-- (issue 6) and by the synthetic demo seeding. The id is a random UUID that says nothing about the person;
-- who owns a profile (account subject) is kept apart in owner_subject, never shown to employers.
create table candidate_profile (
    id              uuid        primary key,
    owner_subject   text        unique,
    region          text        not null,
    home_latitude   double precision,
    home_longitude  double precision,
    hours_min       integer,
    hours_max       integer,
    occupation_uri  text,
    synthetic       boolean     not null default false,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    constraint candidate_profile_hours check (hours_min is null or (hours_min >= 0 and hours_max >= hours_min and hours_max <= 60))
);

-- One skill of a profile: ESCO URI, level, where the claim comes from, and the four self-assessment answers
-- (Doe ik het al? Kan ik het? Wil ik het leren? Geeft het energie?).
create table candidate_skill (
    profile_id      uuid    not null references candidate_profile (id) on delete cascade,
    skill_uri       text    not null,
    level           text    not null,
    evidence        text    not null,
    does_it         boolean not null,
    can_do_it       boolean not null,
    wants_to_learn  boolean not null,
    gives_energy    boolean not null default false,
    primary key (profile_id, skill_uri),
    constraint candidate_skill_level check (level in ('BASIC', 'INTERMEDIATE', 'ADVANCED', 'EXPERT')),
    constraint candidate_skill_evidence check (evidence in ('WORK', 'FORMAL_COURSE', 'CERTIFICATE', 'INFORMAL', 'SELF_DECLARED'))
);

-- Consent records: what the person agreed to, for which regions, when, under which wording. Withdrawal sets
-- withdrawn_at (the record stays as proof); a new consent is a new row. Only profiles with an active
-- EMPLOYER_SEARCH consent for a vacancy's region are ever shown to that vacancy's employer.
create table candidate_consent (
    id               uuid        primary key,
    profile_id       uuid        not null references candidate_profile (id) on delete cascade,
    kind             text        not null,
    regions          text[]      not null,
    given_at         timestamptz not null default now(),
    wording_version  text        not null,
    withdrawn_at     timestamptz,
    constraint candidate_consent_kind check (kind in ('EMPLOYER_SEARCH')),
    constraint candidate_consent_regions check (cardinality(regions) > 0)
);
create index candidate_consent_active on candidate_consent (profile_id, kind) where withdrawn_at is null;
