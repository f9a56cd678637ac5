-- Issue 18: which employer account sent an invitation (its pseudonymous subject), so the answer is mailed back to
-- that person only. A table of its own rather than a column of invitation: the candidate's data export lists the
-- invitation rows, and the employer's account id is not the candidate's data. Deleting the invitation (or the
-- candidate's profile) deletes the row. Invitations sent before this migration have none; their answers are not mailed.
create table invitation_sender (
    invitation_id   uuid primary key references invitation (id) on delete cascade,
    sender_subject  text not null
);
