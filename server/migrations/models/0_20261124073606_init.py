"""Initial schema. Aerich writes SQL for one dialect; Polder runs on SQLite and PostgreSQL,
so each migration carries both and picks by the connection's dialect."""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

_UPGRADE = {
    "sqlite": """
        CREATE TABLE "activities" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "ap_id" VARCHAR(500) NOT NULL UNIQUE,
    "type" VARCHAR(30) NOT NULL,
    "actor_ap_id" VARCHAR(500) NOT NULL,
    "payload" JSON NOT NULL,
    "local" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL
) /* An activity this instance sent or received, stored once (deliveries point at it). */;
CREATE TABLE "deliveries" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "signer" VARCHAR(50) NOT NULL,
    "inbox_url" VARCHAR(500) NOT NULL,
    "host" VARCHAR(255) NOT NULL,
    "state" VARCHAR(10) NOT NULL /* QUEUED: queued\nIN_FLIGHT: in_flight\nDONE: done\nRETRY: retry\nDEAD: dead */,
    "attempts" INT NOT NULL,
    "next_attempt_at" TIMESTAMP NOT NULL,
    "lease_until" TIMESTAMP,
    "last_error" TEXT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "done_at" TIMESTAMP,
    "activity_id" BIGINT NOT NULL REFERENCES "activities" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_deliveries_activit_c780cc" UNIQUE ("activity_id", "inbox_url")
) /* One activity to one inbox: signed and sent on its own, retried with backoff. */;
CREATE INDEX "idx_deliveries_state_36d329" ON "deliveries" ("state", "next_attempt_at");
CREATE INDEX "idx_deliveries_host_450f7a" ON "deliveries" ("host", "state");
CREATE TABLE "groups" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "slug" VARCHAR(255) NOT NULL UNIQUE,
    "title" VARCHAR(120) NOT NULL,
    "area" VARCHAR(120) NOT NULL,
    "topic" VARCHAR(20) NOT NULL /* NITROGEN: stikstof\nWATER: water\nLANDSCAPE: landschap\nNATURE: natuur\nAGRICULTURE: landbouw\nCLIMATE: klimaat\nENERGY: energie\nOTHER: anders */,
    "description" TEXT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "domain" VARCHAR(255) NOT NULL,
    "ap_id" VARCHAR(500) UNIQUE,
    "inbox_url" VARCHAR(500),
    "shared_inbox_url" VARCHAR(500),
    "followers_url" VARCHAR(500),
    "public_key_pem" TEXT,
    "private_key_pem" TEXT,
    "fetched_at" TIMESTAMP
) /* An area group. Groups of other instances are stored as `slug@host`. */;
CREATE INDEX "idx_groups_domain_baed66" ON "groups" ("domain");
CREATE TABLE "inbox_messages" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "ap_id" VARCHAR(500) NOT NULL UNIQUE,
    "payload" JSON NOT NULL,
    "signer_key_id" VARCHAR(500) NOT NULL,
    "state" VARCHAR(10) NOT NULL /* QUEUED: queued\nIN_FLIGHT: in_flight\nDONE: done\nRETRY: retry\nDEAD: dead */,
    "attempts" INT NOT NULL,
    "next_attempt_at" TIMESTAMP NOT NULL,
    "lease_until" TIMESTAMP,
    "last_error" TEXT NOT NULL,
    "received_at" TIMESTAMP NOT NULL
) /* A received activity whose signature checked out, waiting to be applied. */;
CREATE INDEX "idx_inbox_messa_state_f5fb41" ON "inbox_messages" ("state", "next_attempt_at");
CREATE TABLE "instance_settings" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "region" VARCHAR(100) NOT NULL,
    "description" TEXT NOT NULL,
    "group_creation" VARCHAR(10) NOT NULL,
    "open_registration" INT NOT NULL,
    "public_key_pem" TEXT,
    "private_key_pem" TEXT,
    "created_at" TIMESTAMP NOT NULL
) /* The one row that describes this instance; created by the first-run set-up. */;
CREATE TABLE "rate_limit_hits" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "key" VARCHAR(200) NOT NULL,
    "at" TIMESTAMP NOT NULL
) /* One counted attempt (e.g. a login) for a key; kept in the database so that limits hold */;
CREATE INDEX "idx_rate_limit__key_a934dc" ON "rate_limit_hits" ("key");
CREATE TABLE "remote_instances" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "host" VARCHAR(255) NOT NULL UNIQUE,
    "software" VARCHAR(100) NOT NULL,
    "first_seen_at" TIMESTAMP NOT NULL,
    "last_success_at" TIMESTAMP,
    "last_failure_at" TIMESTAMP,
    "failures" INT NOT NULL,
    "unreachable_since" TIMESTAMP,
    "blocked" INT NOT NULL
);
CREATE TABLE "rules" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "position" INT NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "body" TEXT NOT NULL,
    "group_id" INT REFERENCES "groups" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_rules_group_i_04e292" UNIQUE ("group_id", "position")
) /* A numbered rule of conduct: instance-wide when `group` is empty, else the group's own. */;
CREATE TABLE "users" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "username" VARCHAR(255) NOT NULL UNIQUE,
    "name" VARCHAR(100) NOT NULL,
    "organisation" VARCHAR(120) NOT NULL,
    "role" VARCHAR(32) NOT NULL /* FARMER: farmer\nFARMERS_ORGANISATION: farmers_organisation\nNGO: ngo\nGOVERNMENT: government\nKNOWLEDGE_INSTITUTION: knowledge_institution\nBUSINESS: business\nRESIDENT: resident\nOTHER: other */,
    "email" VARCHAR(254) UNIQUE,
    "password_hash" VARCHAR(255) NOT NULL,
    "email_confirmed_at" TIMESTAMP,
    "is_admin" INT NOT NULL,
    "language" VARCHAR(5),
    "bio" TEXT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "domain" VARCHAR(255) NOT NULL,
    "ap_id" VARCHAR(500) UNIQUE,
    "inbox_url" VARCHAR(500),
    "shared_inbox_url" VARCHAR(500),
    "public_key_pem" TEXT,
    "private_key_pem" TEXT,
    "fetched_at" TIMESTAMP
) /* A person. Local people have a plain username and a password; people from other */;
CREATE INDEX "idx_users_domain_a28887" ON "users" ("domain");
CREATE TABLE "api_tokens" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "created_at" TIMESTAMP NOT NULL,
    "last_used_at" TIMESTAMP,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE
) /* A personal API token; only its SHA-256 is stored. */;
CREATE TABLE "memberships" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "role" VARCHAR(10) NOT NULL /* MEMBER: member\nMODERATOR: moderator\nOWNER: owner */,
    "joined_at" TIMESTAMP NOT NULL,
    "accepted" INT NOT NULL,
    "follow_ap_id" VARCHAR(500),
    "group_id" INT NOT NULL REFERENCES "groups" ("id") ON DELETE CASCADE,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_memberships_group_i_58defd" UNIQUE ("group_id", "user_id")
);
CREATE INDEX "idx_memberships_user_id_6b1e99" ON "memberships" ("user_id");
CREATE TABLE "person_follows" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "accepted" INT NOT NULL,
    "ap_id" VARCHAR(500) UNIQUE,
    "created_at" TIMESTAMP NOT NULL,
    "followee_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    "follower_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_person_foll_followe_067ca4" UNIQUE ("follower_id", "followee_id")
) /* Someone (often on Mastodon) follows a person here, or a person here follows someone. */;
CREATE TABLE "posts" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "body" TEXT NOT NULL,
    "body_html" TEXT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "edited_at" TIMESTAMP,
    "deleted_at" TIMESTAMP,
    "reply_count" INT NOT NULL,
    "like_count" INT NOT NULL,
    "ap_id" VARCHAR(500) UNIQUE,
    "author_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    "group_id" INT NOT NULL REFERENCES "groups" ("id") ON DELETE CASCADE
) /* The start of a discussion in a group. Deleting leaves a tombstone (`deleted_at`). */;
CREATE INDEX "idx_posts_author__4ed6dc" ON "posts" ("author_id");
CREATE INDEX "idx_posts_group_i_c07d23" ON "posts" ("group_id", "created_at", "id");
CREATE TABLE "replies" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "body" TEXT NOT NULL,
    "body_html" TEXT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "edited_at" TIMESTAMP,
    "deleted_at" TIMESTAMP,
    "like_count" INT NOT NULL,
    "ap_id" VARCHAR(500) UNIQUE,
    "author_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    "parent_id" INT REFERENCES "replies" ("id") ON DELETE SET NULL,
    "post_id" INT NOT NULL REFERENCES "posts" ("id") ON DELETE CASCADE
) /* A reply in a post's thread, optionally answering an earlier reply (flat, Discourse-style). */;
CREATE INDEX "idx_replies_author__60c691" ON "replies" ("author_id");
CREATE INDEX "idx_replies_post_id_d6c829" ON "replies" ("post_id", "created_at", "id");
CREATE TABLE "likes" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "ap_id" VARCHAR(500) UNIQUE,
    "created_at" TIMESTAMP NOT NULL,
    "actor_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    "post_id" INT REFERENCES "posts" ("id") ON DELETE CASCADE,
    "reply_id" INT REFERENCES "replies" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_likes_actor_i_25ac1d" UNIQUE ("actor_id", "post_id"),
    CONSTRAINT "uid_likes_actor_i_dfc036" UNIQUE ("actor_id", "reply_id")
) /* Stored and counted, never used for ranking. */;
CREATE TABLE "aerich" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSON NOT NULL
);""",
    "postgres": """
        CREATE TABLE "activities" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "ap_id" VARCHAR(500) NOT NULL UNIQUE,
    "type" VARCHAR(30) NOT NULL,
    "actor_ap_id" VARCHAR(500) NOT NULL,
    "payload" JSONB NOT NULL,
    "local" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "activities" IS 'An activity this instance sent or received, stored once (deliveries point at it).';
CREATE TABLE "deliveries" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "signer" VARCHAR(50) NOT NULL,
    "inbox_url" VARCHAR(500) NOT NULL,
    "host" VARCHAR(255) NOT NULL,
    "state" VARCHAR(10) NOT NULL,
    "attempts" INT NOT NULL,
    "next_attempt_at" TIMESTAMPTZ NOT NULL,
    "lease_until" TIMESTAMPTZ,
    "last_error" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "done_at" TIMESTAMPTZ,
    "activity_id" BIGINT NOT NULL REFERENCES "activities" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_deliveries_activit_c780cc" UNIQUE ("activity_id", "inbox_url")
);
CREATE INDEX "idx_deliveries_state_36d329" ON "deliveries" ("state", "next_attempt_at");
CREATE INDEX "idx_deliveries_host_450f7a" ON "deliveries" ("host", "state");
COMMENT ON COLUMN "deliveries"."state" IS 'QUEUED: queued\nIN_FLIGHT: in_flight\nDONE: done\nRETRY: retry\nDEAD: dead';
COMMENT ON TABLE "deliveries" IS 'One activity to one inbox: signed and sent on its own, retried with backoff.';
CREATE TABLE "groups" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "slug" VARCHAR(255) NOT NULL UNIQUE,
    "title" VARCHAR(120) NOT NULL,
    "area" VARCHAR(120) NOT NULL,
    "topic" VARCHAR(20) NOT NULL,
    "description" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "domain" VARCHAR(255) NOT NULL,
    "ap_id" VARCHAR(500) UNIQUE,
    "inbox_url" VARCHAR(500),
    "shared_inbox_url" VARCHAR(500),
    "followers_url" VARCHAR(500),
    "public_key_pem" TEXT,
    "private_key_pem" TEXT,
    "fetched_at" TIMESTAMPTZ
);
CREATE INDEX "idx_groups_domain_baed66" ON "groups" ("domain");
COMMENT ON COLUMN "groups"."topic" IS 'NITROGEN: stikstof\nWATER: water\nLANDSCAPE: landschap\nNATURE: natuur\nAGRICULTURE: landbouw\nCLIMATE: klimaat\nENERGY: energie\nOTHER: anders';
COMMENT ON TABLE "groups" IS 'An area group. Groups of other instances are stored as `slug@host`.';
CREATE TABLE "inbox_messages" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "ap_id" VARCHAR(500) NOT NULL UNIQUE,
    "payload" JSONB NOT NULL,
    "signer_key_id" VARCHAR(500) NOT NULL,
    "state" VARCHAR(10) NOT NULL,
    "attempts" INT NOT NULL,
    "next_attempt_at" TIMESTAMPTZ NOT NULL,
    "lease_until" TIMESTAMPTZ,
    "last_error" TEXT NOT NULL,
    "received_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX "idx_inbox_messa_state_f5fb41" ON "inbox_messages" ("state", "next_attempt_at");
COMMENT ON COLUMN "inbox_messages"."state" IS 'QUEUED: queued\nIN_FLIGHT: in_flight\nDONE: done\nRETRY: retry\nDEAD: dead';
COMMENT ON TABLE "inbox_messages" IS 'A received activity whose signature checked out, waiting to be applied.';
CREATE TABLE "instance_settings" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(100) NOT NULL,
    "region" VARCHAR(100) NOT NULL,
    "description" TEXT NOT NULL,
    "group_creation" VARCHAR(10) NOT NULL,
    "open_registration" BOOL NOT NULL,
    "public_key_pem" TEXT,
    "private_key_pem" TEXT,
    "created_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "instance_settings" IS 'The one row that describes this instance; created by the first-run set-up.';
CREATE TABLE "rate_limit_hits" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "key" VARCHAR(200) NOT NULL,
    "at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX "idx_rate_limit__key_a934dc" ON "rate_limit_hits" ("key");
COMMENT ON TABLE "rate_limit_hits" IS 'One counted attempt (e.g. a login) for a key; kept in the database so that limits hold';
CREATE TABLE "remote_instances" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "host" VARCHAR(255) NOT NULL UNIQUE,
    "software" VARCHAR(100) NOT NULL,
    "first_seen_at" TIMESTAMPTZ NOT NULL,
    "last_success_at" TIMESTAMPTZ,
    "last_failure_at" TIMESTAMPTZ,
    "failures" INT NOT NULL,
    "unreachable_since" TIMESTAMPTZ,
    "blocked" BOOL NOT NULL
);
CREATE TABLE "rules" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "position" INT NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "body" TEXT NOT NULL,
    "group_id" INT REFERENCES "groups" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_rules_group_i_04e292" UNIQUE ("group_id", "position")
);
COMMENT ON TABLE "rules" IS 'A numbered rule of conduct: instance-wide when `group` is empty, else the group''s own.';
CREATE TABLE "users" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "username" VARCHAR(255) NOT NULL UNIQUE,
    "name" VARCHAR(100) NOT NULL,
    "organisation" VARCHAR(120) NOT NULL,
    "role" VARCHAR(32) NOT NULL,
    "email" VARCHAR(254) UNIQUE,
    "password_hash" VARCHAR(255) NOT NULL,
    "email_confirmed_at" TIMESTAMPTZ,
    "is_admin" BOOL NOT NULL,
    "language" VARCHAR(5),
    "bio" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "domain" VARCHAR(255) NOT NULL,
    "ap_id" VARCHAR(500) UNIQUE,
    "inbox_url" VARCHAR(500),
    "shared_inbox_url" VARCHAR(500),
    "public_key_pem" TEXT,
    "private_key_pem" TEXT,
    "fetched_at" TIMESTAMPTZ
);
CREATE INDEX "idx_users_domain_a28887" ON "users" ("domain");
COMMENT ON COLUMN "users"."role" IS 'FARMER: farmer\nFARMERS_ORGANISATION: farmers_organisation\nNGO: ngo\nGOVERNMENT: government\nKNOWLEDGE_INSTITUTION: knowledge_institution\nBUSINESS: business\nRESIDENT: resident\nOTHER: other';
COMMENT ON TABLE "users" IS 'A person. Local people have a plain username and a password; people from other';
CREATE TABLE "api_tokens" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(100) NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "created_at" TIMESTAMPTZ NOT NULL,
    "last_used_at" TIMESTAMPTZ,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "api_tokens" IS 'A personal API token; only its SHA-256 is stored.';
CREATE TABLE "memberships" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "role" VARCHAR(10) NOT NULL,
    "joined_at" TIMESTAMPTZ NOT NULL,
    "accepted" BOOL NOT NULL,
    "follow_ap_id" VARCHAR(500),
    "group_id" INT NOT NULL REFERENCES "groups" ("id") ON DELETE CASCADE,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_memberships_group_i_58defd" UNIQUE ("group_id", "user_id")
);
CREATE INDEX "idx_memberships_user_id_6b1e99" ON "memberships" ("user_id");
COMMENT ON COLUMN "memberships"."role" IS 'MEMBER: member\nMODERATOR: moderator\nOWNER: owner';
CREATE TABLE "person_follows" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "accepted" BOOL NOT NULL,
    "ap_id" VARCHAR(500) UNIQUE,
    "created_at" TIMESTAMPTZ NOT NULL,
    "followee_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    "follower_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_person_foll_followe_067ca4" UNIQUE ("follower_id", "followee_id")
);
COMMENT ON TABLE "person_follows" IS 'Someone (often on Mastodon) follows a person here, or a person here follows someone.';
CREATE TABLE "posts" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "title" VARCHAR(200) NOT NULL,
    "body" TEXT NOT NULL,
    "body_html" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "edited_at" TIMESTAMPTZ,
    "deleted_at" TIMESTAMPTZ,
    "reply_count" INT NOT NULL,
    "like_count" INT NOT NULL,
    "ap_id" VARCHAR(500) UNIQUE,
    "author_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    "group_id" INT NOT NULL REFERENCES "groups" ("id") ON DELETE CASCADE
);
CREATE INDEX "idx_posts_author__4ed6dc" ON "posts" ("author_id");
CREATE INDEX "idx_posts_group_i_c07d23" ON "posts" ("group_id", "created_at", "id");
COMMENT ON TABLE "posts" IS 'The start of a discussion in a group. Deleting leaves a tombstone (`deleted_at`).';
CREATE TABLE "replies" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "body" TEXT NOT NULL,
    "body_html" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "edited_at" TIMESTAMPTZ,
    "deleted_at" TIMESTAMPTZ,
    "like_count" INT NOT NULL,
    "ap_id" VARCHAR(500) UNIQUE,
    "author_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    "parent_id" INT REFERENCES "replies" ("id") ON DELETE SET NULL,
    "post_id" INT NOT NULL REFERENCES "posts" ("id") ON DELETE CASCADE
);
CREATE INDEX "idx_replies_author__60c691" ON "replies" ("author_id");
CREATE INDEX "idx_replies_post_id_d6c829" ON "replies" ("post_id", "created_at", "id");
COMMENT ON TABLE "replies" IS 'A reply in a post''s thread, optionally answering an earlier reply (flat, Discourse-style).';
CREATE TABLE "likes" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "ap_id" VARCHAR(500) UNIQUE,
    "created_at" TIMESTAMPTZ NOT NULL,
    "actor_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    "post_id" INT REFERENCES "posts" ("id") ON DELETE CASCADE,
    "reply_id" INT REFERENCES "replies" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_likes_actor_i_25ac1d" UNIQUE ("actor_id", "post_id"),
    CONSTRAINT "uid_likes_actor_i_dfc036" UNIQUE ("actor_id", "reply_id")
);
COMMENT ON TABLE "likes" IS 'Stored and counted, never used for ranking.';
CREATE TABLE "aerich" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSONB NOT NULL
);""",
}

_DOWNGRADE = {
    "sqlite": """
        """,
    "postgres": """
        """,
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return _UPGRADE[db.capabilities.dialect]


async def downgrade(db: BaseDBAsyncClient) -> str:
    return _DOWNGRADE[db.capabilities.dialect]


MODELS_STATE = (
    "eJztXVt32rgW/itavEy6Fu1qSXo56cuQhqbMJNBDyFyZ5QgsQCdG8thyKGum//1IMgbfMD"
    "Zgxzh6mWkkbdl8W5b23tqXf2ozqiPDftUcMfyI2aJ2Dv6pEThD/B+RvjqoQdNc94gGBoeG"
    "HAzdURjJZji0mcWbeM8YGjbiTTqyRxY2GaZEjG8SsCRZADbFNsDEZpCMELARYYBawEIjhB"
    "+RXgc2oxbSARW9J/zJvNXiDwImxXwoZACzF6/EY3U64s/FZJLbExyC/3aQxugEsSmy+HP+"
    "/Is3Y6Kjb/ynL/80H7QxRoYegBPrYgLZrrGFKdsu8KRN2Gc5Vrz/UBtRw5mR9XhzwaaUrA"
    "j464jWCSLIggyJJzDLEfgSxzCWzPAgd192PcR9Sx+NjsbQMQSXBLX7Auu2mqZ1un3tttXX"
    "tFqEgx6FD/Jl04gSwX3+qrYEYCJe4eV/Go3T0/eN16fvPrw9e//+7YfXH/hY+b7Rrvff3Z"
    "dZo+VOJTFrX7U7ffFClC8xd/WJhu+SBjLoUklmrNGHphbHgE9TaMXDvyIIcYD/tDAHPLzL"
    "y4IZ/KYZiEzYlP/59vXrBHh/afY+fWn2TvioF0GQO8uuhtsn8F7jK+HJAK83/jDoeg1reN"
    "fbTuH4nqaB93QzuqcRcPk+Ri0t+xIOklUQ6lyWsgkXBoUxSP902+3EI+0jCaGs4xED/wID"
    "25GN+wjQTgBXgCFmntn234Yf05Ob5m9huD9ddy8kONRmE0vOIie4CEFv0BE0Yo5JSg0EST"
    "z2K5oQ8kNOVC3IL7rd6wDkF+3QOdi5u7lo9U7eSPz5IMwCx+Ma6JGFBCQaZFG0L3kPwzMU"
    "D3eQMrzal6SvvH8cIQNq/AfqXWIslod0AkP67ZvWbb958zXAlctmvyV6GrJ1EWo9eRf6OF"
    "aTgF/b/S9A/An+6HZa4e9lNa7/R028E3QY1Qida1D3yRNeq4fadyGPjh98MpFoGMLRwxxa"
    "uhboWS+PtQgc8zEuaT//3EMGlOhGF8JSd7h051kc4TL47i18r9VbDgI/2qCbEI12zRqzcA"
    "skcCJ/kni2eJKna5m4Tx8QqcXpYV5fPVEPMzHXTviwtHoYMJFlUwIN0PzaBpL0I1eEjAXX"
    "eWxw+6X5svH2HeDqk6sjxehZu8xwYD3quShRjTdn788+nL47W+lOq5YklWm7eiT/n0G09M"
    "YXJ1PWaoVIlG9SSZRvEiTKNzHKkfgmtCm0p5lUpABV5dTQd2cpgH53thFn0aWEmucp1AR0"
    "BmgzzbF34nuY9gCcX75yWRh/JIz2MEnkNGeUFWsC2Xj8+yi2ywDH8BkfQAyIKARBgKPofu"
    "ZSG56Qn9FCgtxemtE3S/13y2mODNxNEj9vtuB8JYn6FxX/7fwXI1fL/tS8/dS8bNW+b9aw"
    "8tQdVrpWjO7g18M26w5BrW+77tAlyHfFQrnMjwAmQ/rtHNh8wSAdQKIvb1uIVAbonNSBhT"
    "gfeOccsykQv52Ox1G14tCTx2gcf3q3VhIXObnmWEbtr5Aq8k9tzQIuePEVLcYT9I3xY4Oh"
    "mSn+XxNE6JvJ9zub47Pi15ITyyXnfSk1OZjjK/+Qu5zvGVPqWgvdZ+0zsbqNKuVtlFzBMV"
    "vtZmVgTVFJM34qK36CET+sCqw/5gwYB4gqCXMOtyXeXpUWZG98BfFtvH2bAl8+aiO+si+I"
    "7+q8iQLcIs4sIpIFdw2PuEA7DR/qII/vaRGv/feudde6PAcu9YC0O9rn6/bVl/45P/W1sY"
    "EnUzYgl1yzOAc6lwUGpNfq934/lwf+gve0mpxaR+4lXHarTyqjT4LNJ3Jl6woGMfbzjUes"
    "n6Q4beV1iVUVP6BhcSuCa7KmH0NeQTNPlbR9A0EbaQ5hOOYQ32LWCZIqq06p+SxscMiyaI"
    "w83OdfbYLlbkVVgWuIJJa2fusHuBlxtVhx9LrbufKGh/0vlLFcGcuF6LQDy31kajMt82bq"
    "GbRizeRJ9p0QYZWs5QXYehJs6n4T4552db8n/pGxIq1tPbQMy2Rfv7KoY9ZijOtuRz3Jsj"
    "4RQzJERvADCEiaV0DObgM6BlTYrVdRDLYY5QUuQBvc24Yz+VFYV+7jYyEOMKfy2imX145g"
    "TyYj8nJ85XxJcrG8McyMbDENHkEFbZtvGqlMZI0EG1kjaiTje1IWgL3xCt90+DJq4tGutu"
    "MVcYHKNeSdlp3Vdtxp93vdq1bnnB9d+IEfX+MB+ZVL471zMOdvaA3IdbNzyYWHr61zYPBn"
    "2KMpNAek0+zf9XgTgcxx+KjmVa/96e7abRTjhtSZD8in6/YNn+0cPBh4BiEbkFan1bv6/R"
    "wICCYYDUi3/0U8zff6WTewNNxPYH6U936MIitgs10lRKYMK8qwcsAtr8qGlRn/mVkOszVF"
    "Xh9ZRB4ryIc6F2ms4ADesI2qRMJuLtf4T+QwUTJTYAFA2xxNvsfvhHccrYI9Fexjahh0zq"
    "WzrJhHCBXg6aKonaGBR9oDWmgmmmURQaOUVYC8aDHUtPAjB2cnBkRJFQeyc2CM2Gi6kyIQ"
    "pFQ3bmW7cdsppnqGZkN+jEyxuWdQ9c1qoiNUATeGVQf2Ls6jPUH6So854UYyPJZj7BuY33"
    "OM4903io3Jbwtp+wbZNpS3OZHrv0B/PekW0JXbZ+7Q1PH5XpaydTTMfEptJKNgIHMsBPhZ"
    "MXoQ6cscVgdziBnHUITMDBHgL2Pg+Kj9g827/VYw/wAaFedSyjgXlXVNpap6epkyl1RVbk"
    "CW1JGyLfEIYQVvM/OxnKlIGBUJoyJhVCTMczAxqEiYZ8hnFQmzjaV52Gk9RXiHvTREWsF9"
    "tGIuGxkst/nalFwx9RYxYVRxMYzYlUJj6sm2JXe0ZvuHbzUv9adIZlax6BywKWTA7R8iO5"
    "gz/yNYOieBocimj8AYWzZ7aTkE8Ae+dMyohemwUyvX83K5npc/YWRxrrt5pIy00CTWc3Mz"
    "wmuKCsgABSCsHGSfSN6SQUia3PQzLvEoZZG+6foMk6y+6Tsv+ENbYaiJiCa2CPHQeNwTs+"
    "zH0heYcd87O482477yh1L+UM+bAyowYvPur7TsHLTsa/wQ67Eh2+tJ2rTBR6TUoG+X0dJE"
    "ByPqECbKyRH0iCwg8kqDsagzB8kD535URc5IuymF6dLyJzyeOB6+JguZfEmF05kqRblIRV"
    "nFreR6KawOledyqEQL4mXar/wkVcpuc7BrZcGibJD6KHZCtGTy8KEBladvNkT9JArSNLmV"
    "4u5KVcGCSFIlmlyxILwPHADTlA74JVuwaSH1bX3bEXXF8P0h7XnzVBNT/+ZXpsRfvnibGG"
    "UyGI2zWaUMhf9sVSw3wxurBk68JGSyhotS+Z5S5bPoprxR2/1UPdoCLzbclZnxYqN20xKG"
    "73PgUg/ITfey1Wv2u6KJr37+lpS3dn/tiEF0vixe8fQXIf+jmOykLwYIlbp4XOriCJkMxY"
    "UCJd15+cnUVVf6qy43ZUL2evVhuipcshRgAnNvxTOd5H4SZQyJWcKlLDV4bDJSgua+Elf3"
    "VIlWuXePbL2m1Yn8H+p2RbN09RuLXLFpIS1p+cavsoj6Z3kE1mL0zEB/PUnTdMuxa+5pmv"
    "YWk86QcNY9oWOGiKioeANtRnVKXoDlRAAuC70DrnTyKagVbFmNs925Yq47c3pIrELs5W2S"
    "34P7b6T04qe9Cj0qMXzVcrRyuLp6VlfPypZwYFuCd5Zk0w5CVErn2mg2yKp3hagUstuVr4"
    "BoVBZVoZTqV2hxbdfAVpKmgjYdtKiMqpi4uo5TwZZX2gmql5e4Ll3kJV8CFhNleCDQsT1y"
    "ZOIrgAlYVeq5FJiItFtcPH4U9XkAozM+t1Sj7l3EhBxx/yI+APPgT8iY7MtvvwhKPbxNEB"
    "aS8EtpbntqbqoUTqBWR7piHUnVOiLKxJDqMS4im2NSvPGVwLfoSBQBnjZls5h0KsmIr4gU"
    "7CoASKWxideQkY5343KAUKUqKjOP13JhViYHKRWXy8xl1yNThqZlEKpDVCqBX9jQJaILM6"
    "MaJFKgqsuOQi87+D4xzRxy5adRTjHRNas8t5SjUUnMsdkcjdwvu1RG7jK6GgU2wKwW7qC8"
    "sGe9Dy/lwVHK0luqoSBRimLfeigpQ6uO5fPOtSJKj+NzjWeYfcGx9ySB/nrSfYlAWjPEUG"
    "2K096cdAny0mWAZR5rcIJeTV4BCAw6wdKbTPiNPaDFR/4f3o2JzCwp7NtDKGqcUDclpXy0"
    "DabUiCRLz+kxAwJHFrVtMEdDYFp0hGwb2XmkuFRVTkRfEVVO+ALIongshxdW9fe4L0ayW5"
    "iUkbikpqWImP401/s9NKMMrWTTuAMsOCL5CJNjNS+bcQ7Bvcpn+Qlvvqex2RA2b+7e+MrV"
    "r8qlqLtNx4x/0JlcC/w0Fci+W0CmY5lQXbMRIrvUog0TV/BgrbC7sqwOYjsjoWfswP0Ycn"
    "VlVza5KsLvMcSGY6Fd+R0kV/wuM7+XvMpSXc1Pou4RI5HfhB8Go6n4qZqNl+J/lk8odgL1"
    "EZX5IxoaVBQ6jrGhJcUl+qhUWOKWsMTSqP6mFPJiNP6l/T9J0V/dM6Qr281ndD3txXL9QV"
    "Q9EmJmHVA5Chq8GxJ7jgRL+L8AghZ/gLWkPBkbkNXBJbZH1LFs9NJmCwPFuPnn+6iM/v6+"
    "vHjK3f9ojR7KGV05o1cdduWM/ixEO+WMXn0eK2f058Bl5TWtvKaV17Tymq6Z0EIka6kKP4"
    "2qrFCG6h9lk3pzdkQvtqxC2cBN6zGdqa6C+1EfANSKF1YIbH4BWPkbgM7d9bXy7lfe/aVZ"
    "vkEzzRQbOl+++wFUsQ88X+9+R0IRvSJxjG2ukHxE6vsR4oi6EUgHgkpkKOK/UndG7Bx4rp"
    "Qv51hHYD5FBNzL8KR7gG0g/PAXdcCfjaSzvez5wRYlJuLuRvJ6THIRFn6MYflTVcLZp7zH"
    "WLEhk1SLN+wlz1es9W/IKhWUSgWVmzNs0ZdATxGAXTIZo2Lx1yVD93Dh10/jMCM1uBhh0N"
    "PsNguDosxCamHQzfD/ClzTETT4X9TkwtoUPiLh0mJw3ERBdEu8gyyWzhuhbc+ppX/0Bo8t"
    "OgNUimJRIfCQ0w/IKtQHcL0a2Msa7ja4FxP8KAJA7sEcs6mQG7EFZPVNLjlCXbdksKd8hu"
    "kMDTwSsaN5xH4qyXFPydFbD1kEHT+NCv9JE/6TFeHDovvUB2/+gT/UmkCCbRivA23GOUxX"
    "AckyhHYjFdqNBLQbEbSPrOzn+rDMUPXzc7N3Iwp6jqE1E2eh+/et1u1dNTvt22a/3e14vb"
    "bmX0cD0rnqcu5M6IBcdX9p9To3rU7/HEzoI982Z4iwAfm50/31unV51dLandt+u3/nTvdA"
    "6NxA+sSNssXMcee7uLttd1q3t+dg6NiY8LN1QHqt2/alnJeftViXs3b7X2QN0jjhIM1iOW"
    "2kWCunjY1LRXQFVwqaQRzj7rf5g1wRVO3WvfH2LNWxcpZwrJyF4fWkN20K7WkWmCOEldv4"
    "cjnG5eoUOs4Y8+9+J2e72BmUP1aZ/bGwzUfPcNzNTFLUjJ9Mhc1kqOZlQDJxuJaeZUPz01"
    "Swmm4ah63N7loRuyummcyu7vAKHBHK9b48C7y6mQh0yg/5TGromqKwXFnHLIYpX95cfXkx"
    "GdJvmmNlUtwCRBU8gfMA2uZo8j1+J7zjaBXsqWB3byS0B7TQTDTLIglFKasAedFSkWnhR5"
    "EOdRcGREkVB7JzYIzYaLqTXBqkVHaLstktMqSf8MtTWGP0AZE9vXObJu6LaY5QHUnloluc"
    "A/NRwjNDwgPVnmJzT5BuVhNVFSqv3O6eQH2V7h6f5WTVhkpMo6DaAtWqKO8eMFUr6ip4ba"
    "3qJxQcYdFEFh5NazFudcueepJjHVyPUWmmi1onefubPfJ9OKOTjo+kgv5QOVlIY1yRk+yj"
    "ZkXRzcXbjD+Rxcbj/nTb7Wy4z1mThJVmPGLgX2DgYz5448AVYCRbLsJGinpQBxYTXDx1Ss"
    "Xv/we/BHuG"
)
