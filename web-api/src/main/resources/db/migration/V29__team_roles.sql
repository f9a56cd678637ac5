-- Issue 6 (helper B): an employer's description of its team, per role: a role name, how many people hold it and
-- the ESCO skills the role covers. No personal data: roles, not people. One row per organisation, versioned for
-- optimistic locking; roles as JSON [{name, headcount, skills: [uri]}], validated by the application.
create table team_roster (
    organisation  text        primary key,
    roles         jsonb       not null default '[]'::jsonb,
    version       bigint      not null,
    updated_at    timestamptz not null default now()
);
