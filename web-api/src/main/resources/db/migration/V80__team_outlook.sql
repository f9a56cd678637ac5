-- Issue 19: the team outlook. An employer asks the workers of a team the four questions (do I do it, can I, do I
-- want to learn it, does it give me energy) for a fixed list of skills, and reads only the aggregate. A worker is
-- invited by e-mail address with a random link; only the link's SHA-256 is kept. Answers are stored per invitation
-- and only with the worker's consent (consented_at); withdrawing or revoking deletes them. Deleting the outlook
-- deletes its invitations and answers in the same statement.
create table team_outlook (
    id           uuid        primary key,
    organisation text        not null,
    name         text        not null,
    region       text        not null,
    skills       jsonb       not null,
    created_by   text        not null,
    created_at   timestamptz not null,
    constraint team_outlook_name_size check (length(name) between 1 and 80),
    constraint team_outlook_skills_list check (jsonb_typeof(skills) = 'array' and jsonb_array_length(skills) between 1 and 30)
);
create index team_outlook_organisation on team_outlook (organisation, created_at desc);

create table team_outlook_invitation (
    id           uuid        primary key,
    outlook_id   uuid        not null references team_outlook (id) on delete cascade,
    email        text        not null,
    token_sha256 text        not null unique,
    created_at   timestamptz not null,
    expires_at   timestamptz not null,
    revoked_at   timestamptz,
    consented_at timestamptz,
    constraint team_outlook_invitation_expiry check (expires_at > created_at),
    constraint team_outlook_invitation_email_size check (length(email) between 3 and 254)
);
-- one live invitation per address and outlook; a revoked one may be sent again
create unique index team_outlook_invitation_live on team_outlook_invitation (outlook_id, lower(email)) where revoked_at is null;

create table team_outlook_answer (
    invitation_id  uuid    not null references team_outlook_invitation (id) on delete cascade,
    skill          text    not null,
    does_it        boolean not null,
    can_do_it      boolean not null,
    wants_to_learn boolean not null,
    gives_energy   boolean not null,
    primary key (invitation_id, skill)
);
