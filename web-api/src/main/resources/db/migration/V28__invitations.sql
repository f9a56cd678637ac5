-- Issue 6 (helper B): an employer invites a candidate it found (pseudonymously) for one of its own vacancies; the
-- candidate accepts (and shares the contact details they choose) or declines. The only names/e-mail addresses
-- stored here are those the candidate explicitly shared on accepting. Erasure of the profile removes its rows.
create table invitation (
    id            uuid        primary key,
    vacancy_id    uuid        not null references vacancy (id) on delete cascade,
    profile_id    uuid        not null references candidate_profile (id) on delete cascade,
    organisation  text        not null,
    region        text        not null,
    message       text        not null default '',
    status        text        not null,
    version       bigint      not null default 0,
    sent_at       timestamptz not null default now(),
    answered_at   timestamptz,
    shared_name   text,
    shared_email  text,
    shared_phone  text,
    constraint invitation_status check (status in ('OPEN', 'ACCEPTED', 'DECLINED')),
    constraint invitation_message_size check (length(message) <= 1000),
    constraint invitation_answered check ((status = 'OPEN') = (answered_at is null)),
    constraint invitation_contact_only_when_accepted check (status = 'ACCEPTED' or shared_name is null)
);
-- one open invitation per vacancy and candidate: a second one while the first awaits an answer is a conflict
create unique index invitation_one_open on invitation (vacancy_id, profile_id) where status = 'OPEN';
create index invitation_by_profile on invitation (profile_id, sent_at desc);
create index invitation_by_vacancy on invitation (vacancy_id);
