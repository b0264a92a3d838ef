-- Tables of rapport-support, shared by every service that has a database.
-- Services list this location next to their own: quarkus.flyway.locations=db/migration,db/support

-- Transactional outbox: events written in the same transaction as the change they announce,
-- published to Kafka by the relay in seq order.
CREATE TABLE outbox (
    seq          bigserial   PRIMARY KEY,   -- the publish order
    id           uuid        NOT NULL UNIQUE, -- the CloudEvents ce_id
    topic        text        NOT NULL,
    message_key  text        NOT NULL,      -- the aggregate id
    type         text        NOT NULL,      -- ce_type
    source       text        NOT NULL,      -- ce_source
    subject      text        NOT NULL,      -- ce_subject
    occurred_at  timestamptz NOT NULL,      -- ce_time
    payload      text        NOT NULL,      -- the JSON data, sent byte for byte (cast to jsonb to query)
    published_at timestamptz
);

-- What the relay reads; stays small because published rows leave it.
CREATE INDEX outbox_unpublished ON outbox (seq) WHERE published_at IS NULL;

-- Idempotent consumers: the CloudEvent ids each consumer has applied.
CREATE TABLE processed_events (
    consumer     text        NOT NULL,
    event_id     text        NOT NULL,
    processed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);

-- Idempotency-Key of creating requests, remembered for 24 hours.
CREATE TABLE idempotency_keys (
    scope        text        NOT NULL,
    key          text        NOT NULL,
    fingerprint  text        NOT NULL,      -- e.g. a hash of the request body
    resource_id  text,                      -- null until the request completes
    created_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (scope, key)
);

CREATE INDEX idempotency_keys_created_at ON idempotency_keys (created_at);
