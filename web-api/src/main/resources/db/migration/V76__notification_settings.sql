-- Issue 18: e-mail notifications are opt-in per person. No row means no mail at all. The address is the one the
-- person typed for notifications (tokens carry no e-mail address); organisation is copied from an employer's token
-- when saving, so that agreed proposals for that organisation reach the employer accounts that asked for them.
-- Erasure of the person deletes the row.
create table notification_setting (
    subject       text        primary key,
    email         text        not null,
    language      text        not null default 'nl',
    invitations   boolean     not null default false,
    proposals     boolean     not null default false,
    answers       boolean     not null default false,
    organisation  text,
    updated_at    timestamptz not null default now(),
    constraint notification_setting_email check (length(email) between 3 and 254 and email like '%_@_%'),
    constraint notification_setting_language check (language in ('nl', 'en'))
);
create index notification_setting_organisation on notification_setting (organisation) where organisation is not null;
