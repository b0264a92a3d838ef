-- Who is IT is data from the identity provider (rapport.person.upserted.v1 roles), not placement
-- in a team or at stakeholder level IT. Contacts known before roles were carried are requesters
-- until their next person event: internal content fails closed.
alter table contacts add column roles text[] not null default '{requester}';
