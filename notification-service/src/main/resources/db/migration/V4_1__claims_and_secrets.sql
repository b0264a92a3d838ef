-- Until when a claimed delivery belongs to its sender (null: not claimed). A replay refuses what
-- is claimed, and a sender sends only while its claim still holds.
alter table deliveries add column claimed_until timestamptz;

-- A person's chat webhook URL is read from their preferences when sending, not kept per message.
update deliveries set address = null where channel = 'CHAT' and audience <> 'SUBSCRIPTION';
