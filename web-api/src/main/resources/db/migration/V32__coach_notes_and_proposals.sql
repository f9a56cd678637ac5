-- Issue 6, jobcoach caseload: notes a coach writes about a candidate, and proposals of a candidate for a vacancy
-- that the candidate must agree to before the employer sees anything. Both rows are about a person, so both
-- hang off the profile with on delete cascade: erasing the profile erases them.

-- A coach's note: visible to the coaches who have the person on their caseload and to the person (export).
-- The author is named by pseudonymous subject and a role label ("Jobcoach AM18"), never by name.
create table coach_note (
    id              uuid        primary key,
    profile_id      uuid        not null references candidate_profile (id) on delete cascade,
    author_subject  text        not null,
    author_label    text        not null,
    text            text        not null,
    written_at      timestamptz not null default now(),
    constraint coach_note_text check (length(text) between 1 and 2000)
);
create index coach_note_profile on coach_note (profile_id, written_at desc);

-- A proposal of a candidate for a vacancy. state: AWAITING_CANDIDATE → PROPOSED (the candidate agreed and shared
-- contact details with that employer only) or DECLINED. outcome is recorded by a coach once PROPOSED.
-- employer and region are copied from the vacancy when proposed: who may see it, which coaches manage it.
-- shared_* hold only what the candidate chose to share, and only after agreeing.
create table coach_proposal (
    id              uuid        primary key,
    profile_id      uuid        not null references candidate_profile (id) on delete cascade,
    vacancy_id      uuid        not null references vacancy (id) on delete cascade,
    employer        text        not null,
    region          text        not null,
    coach_subject   text        not null,
    coach_label     text        not null,
    note            text        not null default '',
    score           double precision not null,
    state           text        not null,
    outcome         text,
    shared_name     text,
    shared_email    text,
    shared_phone    text,
    proposed_at     timestamptz not null default now(),
    answered_at     timestamptz,
    outcome_at      timestamptz,
    version         bigint      not null default 1,
    constraint coach_proposal_state check (state in ('AWAITING_CANDIDATE', 'PROPOSED', 'DECLINED')),
    constraint coach_proposal_outcome check (outcome is null
        or (state = 'PROPOSED' and outcome in ('GESPREK', 'AANGENOMEN', 'AFGEWEZEN', 'SCHOLING_GESTART'))),
    constraint coach_proposal_note check (length(note) <= 1000),
    constraint coach_proposal_contact check ((state = 'PROPOSED') = (shared_name is not null)),
    constraint coach_proposal_score check (score >= 0 and score <= 1)
);
create index coach_proposal_profile on coach_proposal (profile_id, proposed_at desc);
create index coach_proposal_employer on coach_proposal (employer, state);
-- at most one live proposal per person and vacancy (a declined one may be followed by a new one)
create unique index coach_proposal_live on coach_proposal (profile_id, vacancy_id) where state <> 'DECLINED';
