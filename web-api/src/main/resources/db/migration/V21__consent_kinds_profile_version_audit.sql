-- Issue 6 foundation: the four consents a job seeker gives separately, optimistic locking of a profile, and the
-- audit trail of who viewed or changed a person's data.

-- KEEP_PROFILE: store my profile at all. EMPLOYER_SEARCH: employers in the named regions may find me.
-- COACH_HELP: a jobcoach of the named regions may help me (puts me on their caseload).
-- STATISTICS: count me (never individually) in the labour-market figures of my region.
alter table candidate_consent drop constraint candidate_consent_kind;
alter table candidate_consent add constraint candidate_consent_kind
    check (kind in ('KEEP_PROFILE', 'EMPLOYER_SEARCH', 'COACH_HELP', 'STATISTICS'));
create index candidate_consent_active_kind on candidate_consent (kind) where withdrawn_at is null;

-- Optimistic locking: every change of a profile (skills, region, hours) bumps the version; a write that names an
-- older version is refused (412/409) instead of silently overwriting a concurrent edit.
alter table candidate_profile add column version bigint not null default 0;

-- Audit trail: one line per view or change of a person's data, by whom (pseudonymous subject + role), what, when.
-- The person reads the lines about their own profile; erasure deletes them with the profile (cascade) and leaves
-- one line without a profile id that says an erasure happened.
create table audit_entry (
    id             uuid        primary key,
    at             timestamptz not null default now(),
    actor_subject  text        not null,
    actor_role     text        not null,
    actor_label    text        not null,
    action         text        not null,
    profile_id     uuid        references candidate_profile (id) on delete cascade,
    detail         text,
    constraint audit_entry_detail_size check (detail is null or length(detail) <= 500)
);
create index audit_entry_profile on audit_entry (profile_id, at desc);
