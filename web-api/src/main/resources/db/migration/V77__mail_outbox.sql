-- Issue 18: the mail outbox. A row is written in the same transaction as the invitation, proposal or answer it
-- announces, fully rendered (address, subject, text), and a background relay sends it over SMTP and deletes it.
-- A failed send stays with a later next_attempt_at: nothing is lost while the mail server is down.
create table mail_outbox (
    id                uuid        primary key,
    recipient_subject text        not null,
    kind              text        not null,
    to_address        text        not null,
    subject           text        not null,
    body              text        not null,
    created_at        timestamptz not null default now(),
    attempts          integer     not null default 0,
    next_attempt_at   timestamptz not null default now(),
    last_error        text,
    constraint mail_outbox_subject_size check (length(subject) <= 300),
    constraint mail_outbox_body_size check (length(body) <= 10000)
);
create index mail_outbox_due on mail_outbox (next_attempt_at);
create index mail_outbox_recipient on mail_outbox (recipient_subject);
