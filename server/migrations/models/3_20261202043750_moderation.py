"""3_20261202043750_moderation: SQL for both dialects (python -m server.makemigration)."""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

_UPGRADE = {
    "sqlite": """
        CREATE TABLE IF NOT EXISTS "moderation_log" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "action" VARCHAR(20) NOT NULL /* HIDE: hide\nUPHOLD: uphold\nRESTORE: restore\nREMOVE_MEMBER: remove_member\nLIFT_REMOVAL: lift_removal\nRULE_CHANGE: rule_change\nPOLICY_CHANGE: policy_change\nINSTANCE_BLOCK: instance_block\nINSTANCE_UNBLOCK: instance_unblock\nACCOUNT_REMOVAL: account_removal */,
    "group_id" INT,
    "group_slug" VARCHAR(255) NOT NULL,
    "group_title" VARCHAR(120) NOT NULL,
    "item_key" VARCHAR(30) NOT NULL,
    "rule_title" VARCHAR(200) NOT NULL,
    "rule_position" INT,
    "moderator_username" VARCHAR(255) NOT NULL,
    "moderator_name" VARCHAR(100) NOT NULL,
    "target_username" VARCHAR(255) NOT NULL,
    "target_name" VARCHAR(100) NOT NULL,
    "reason" TEXT NOT NULL,
    "detail" JSON NOT NULL,
    "until" TIMESTAMP
) /* One public entry of the moderation log. Names are copied in, so that an entry reads the */;
CREATE INDEX IF NOT EXISTS "idx_moderation__group_i_2ace3f" ON "moderation_log" ("group_id", "id");
        CREATE TABLE IF NOT EXISTS "flags" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "item_key" VARCHAR(30) NOT NULL,
    "rule_title" VARCHAR(200) NOT NULL,
    "rule_position" INT NOT NULL,
    "rule_scope" VARCHAR(10) NOT NULL,
    "note" TEXT NOT NULL,
    "state" VARCHAR(10) NOT NULL /* OPEN: open\nWITHDRAWN: withdrawn\nDISMISSED: dismissed\nUPHELD: upheld */,
    "created_at" TIMESTAMP NOT NULL,
    "decided_at" TIMESTAMP,
    "ap_id" VARCHAR(500) UNIQUE,
    "flagger_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    "group_id" INT NOT NULL REFERENCES "groups" ("id") ON DELETE CASCADE,
    "post_id" INT NOT NULL REFERENCES "posts" ("id") ON DELETE CASCADE,
    "reply_id" INT REFERENCES "replies" ("id") ON DELETE CASCADE,
    "rule_id" INT REFERENCES "rules" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_flags_item_ke_f40055" UNIQUE ("item_key", "flagger_id")
) /* One person's report that an item breaks a rule. One per person per item. */;
CREATE INDEX IF NOT EXISTS "idx_flags_group_i_800734" ON "flags" ("group_id", "state");
        CREATE TABLE IF NOT EXISTS "group_policies" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "min_flags" INT NOT NULL,
    "share_percent" INT NOT NULL,
    "min_account_age_days" INT NOT NULL,
    "min_organisations" INT NOT NULL,
    "group_id" INT NOT NULL UNIQUE REFERENCES "groups" ("id") ON DELETE CASCADE
) /* A group's own thresholds; the instance's settings bound them (see moderation.flags). */;
        CREATE TABLE IF NOT EXISTS "group_removals" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "until" TIMESTAMP,
    "reason" TEXT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "lifted_at" TIMESTAMP,
    "group_id" INT NOT NULL REFERENCES "groups" ("id") ON DELETE CASCADE,
    "moderator_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE
) /* A member removed from a group, until a moment or (until None) for good. */;
CREATE INDEX IF NOT EXISTS "idx_group_remov_group_i_9b8a5a" ON "group_removals" ("group_id", "user_id");
        CREATE TABLE IF NOT EXISTS "report_notes" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "item_key" VARCHAR(30) NOT NULL,
    "kind" VARCHAR(10) NOT NULL /* MODERATOR: moderator\nAPPEAL: appeal */,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "author_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    "group_id" INT NOT NULL REFERENCES "groups" ("id") ON DELETE CASCADE
) /* A moderator's note on a report, or the author's appeal to the moderators. */;
CREATE INDEX IF NOT EXISTS "idx_report_note_item_ke_aedc5e" ON "report_notes" ("item_key");
        ALTER TABLE "posts" ADD "removed_at" TIMESTAMP;
        ALTER TABLE "posts" ADD "hidden_at" TIMESTAMP;
        ALTER TABLE "replies" ADD "removed_at" TIMESTAMP;
        ALTER TABLE "replies" ADD "hidden_at" TIMESTAMP;
CREATE TRIGGER IF NOT EXISTS "moderation_log_no_update" BEFORE UPDATE ON "moderation_log"
BEGIN SELECT RAISE(ABORT, 'the moderation log is append-only'); END;""",
    "postgres": """
        CREATE TABLE IF NOT EXISTS "moderation_log" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "action" VARCHAR(20) NOT NULL,
    "group_id" INT,
    "group_slug" VARCHAR(255) NOT NULL,
    "group_title" VARCHAR(120) NOT NULL,
    "item_key" VARCHAR(30) NOT NULL,
    "rule_title" VARCHAR(200) NOT NULL,
    "rule_position" INT,
    "moderator_username" VARCHAR(255) NOT NULL,
    "moderator_name" VARCHAR(100) NOT NULL,
    "target_username" VARCHAR(255) NOT NULL,
    "target_name" VARCHAR(100) NOT NULL,
    "reason" TEXT NOT NULL,
    "detail" JSONB NOT NULL,
    "until" TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS "idx_moderation__group_i_2ace3f" ON "moderation_log" ("group_id", "id");
COMMENT ON COLUMN "moderation_log"."action" IS 'HIDE: hide\nUPHOLD: uphold\nRESTORE: restore\nREMOVE_MEMBER: remove_member\nLIFT_REMOVAL: lift_removal\nRULE_CHANGE: rule_change\nPOLICY_CHANGE: policy_change\nINSTANCE_BLOCK: instance_block\nINSTANCE_UNBLOCK: instance_unblock\nACCOUNT_REMOVAL: account_removal';
COMMENT ON TABLE "moderation_log" IS 'One public entry of the moderation log. Names are copied in, so that an entry reads the';
        CREATE TABLE IF NOT EXISTS "flags" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "item_key" VARCHAR(30) NOT NULL,
    "rule_title" VARCHAR(200) NOT NULL,
    "rule_position" INT NOT NULL,
    "rule_scope" VARCHAR(10) NOT NULL,
    "note" TEXT NOT NULL,
    "state" VARCHAR(10) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "decided_at" TIMESTAMPTZ,
    "ap_id" VARCHAR(500) UNIQUE,
    "flagger_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    "group_id" INT NOT NULL REFERENCES "groups" ("id") ON DELETE CASCADE,
    "post_id" INT NOT NULL REFERENCES "posts" ("id") ON DELETE CASCADE,
    "reply_id" INT REFERENCES "replies" ("id") ON DELETE CASCADE,
    "rule_id" INT REFERENCES "rules" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_flags_item_ke_f40055" UNIQUE ("item_key", "flagger_id")
);
CREATE INDEX IF NOT EXISTS "idx_flags_group_i_800734" ON "flags" ("group_id", "state");
COMMENT ON COLUMN "flags"."state" IS 'OPEN: open\nWITHDRAWN: withdrawn\nDISMISSED: dismissed\nUPHELD: upheld';
COMMENT ON TABLE "flags" IS 'One person''s report that an item breaks a rule. One per person per item.';
        CREATE TABLE IF NOT EXISTS "group_policies" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "min_flags" INT NOT NULL,
    "share_percent" INT NOT NULL,
    "min_account_age_days" INT NOT NULL,
    "min_organisations" INT NOT NULL,
    "group_id" INT NOT NULL UNIQUE REFERENCES "groups" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "group_policies" IS 'A group''s own thresholds; the instance''s settings bound them (see moderation.flags).';
        CREATE TABLE IF NOT EXISTS "group_removals" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "until" TIMESTAMPTZ,
    "reason" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "lifted_at" TIMESTAMPTZ,
    "group_id" INT NOT NULL REFERENCES "groups" ("id") ON DELETE CASCADE,
    "moderator_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_group_remov_group_i_9b8a5a" ON "group_removals" ("group_id", "user_id");
COMMENT ON TABLE "group_removals" IS 'A member removed from a group, until a moment or (until None) for good.';
        CREATE TABLE IF NOT EXISTS "report_notes" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "item_key" VARCHAR(30) NOT NULL,
    "kind" VARCHAR(10) NOT NULL,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "author_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    "group_id" INT NOT NULL REFERENCES "groups" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_report_note_item_ke_aedc5e" ON "report_notes" ("item_key");
COMMENT ON COLUMN "report_notes"."kind" IS 'MODERATOR: moderator\nAPPEAL: appeal';
COMMENT ON TABLE "report_notes" IS 'A moderator''s note on a report, or the author''s appeal to the moderators.';
        ALTER TABLE "posts" ADD "hidden_at" TIMESTAMPTZ;
        ALTER TABLE "posts" ADD "removed_at" TIMESTAMPTZ;
        ALTER TABLE "replies" ADD "hidden_at" TIMESTAMPTZ;
        ALTER TABLE "replies" ADD "removed_at" TIMESTAMPTZ;
CREATE OR REPLACE FUNCTION moderation_log_append_only() RETURNS trigger AS $$
BEGIN RAISE EXCEPTION 'the moderation log is append-only'; END; $$ LANGUAGE plpgsql;
CREATE TRIGGER moderation_log_append_only BEFORE UPDATE OR DELETE ON "moderation_log"
FOR EACH ROW EXECUTE FUNCTION moderation_log_append_only();""",
}

_DOWNGRADE = {
    "sqlite": """
        ALTER TABLE "posts" DROP COLUMN "removed_at";
        ALTER TABLE "posts" DROP COLUMN "hidden_at";
        ALTER TABLE "replies" DROP COLUMN "removed_at";
        ALTER TABLE "replies" DROP COLUMN "hidden_at";
        DROP TABLE IF EXISTS "group_policies";
        DROP TABLE IF EXISTS "moderation_log";
        DROP TABLE IF EXISTS "flags";
        DROP TABLE IF EXISTS "report_notes";
        DROP TABLE IF EXISTS "group_removals";""",
    "postgres": """
        ALTER TABLE "posts" DROP COLUMN "hidden_at";
        ALTER TABLE "posts" DROP COLUMN "removed_at";
        ALTER TABLE "replies" DROP COLUMN "hidden_at";
        ALTER TABLE "replies" DROP COLUMN "removed_at";
        DROP TABLE IF EXISTS "moderation_log";
        DROP TABLE IF EXISTS "flags";
        DROP TABLE IF EXISTS "group_policies";
        DROP TABLE IF EXISTS "group_removals";
        DROP TABLE IF EXISTS "report_notes";
DROP FUNCTION IF EXISTS moderation_log_append_only();""",
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return _UPGRADE[db.capabilities.dialect]


async def downgrade(db: BaseDBAsyncClient) -> str:
    return _DOWNGRADE[db.capabilities.dialect]


MODELS_STATE = (
    "eJztXetz4ji2/1dUfJnuKqarm/RjNnPr1pKETrNDIEvIzs5dttwGC9DGSKwth0ntzv9+Jd"
    "kGP2Rj8TSOvkxPbB3Z/I4snff5T21OLGi775pjip4Rfaldgv/UsDmH7H9S9+qgZi4W6zv8"
    "AjVHthhs+qMQFJfNkUsddondmZi2C9klC7pjBy0oIpiPb2IQkLwAOkMuQNilJh5D4EJMAX"
    "GAA8cQPUOrDlxKHGgBwu++YU9mVx32ILAgiA01KUD07Tv+WIuM2XMRnh7sCR5G//agQckU"
    "0hl02HP+8U92GWEL/s5+evDn4smYIGhbMTiRxScQ1w36shDXrtC0jelXMZa//8gYE9ub4/"
    "X4xQudEbwiYK/Dr04hho5JIX8CdTyOL/ZsO2BGCLn/sush/ltGaCw4MT2bc4lT+y+wvlYz"
    "jG5vYDy0BoZRS3EwpIhAHlwaE8y5z17VFQBM+Sv8+KdG4+LiS+P9xeefPn388uXTT+9/Ym"
    "PF+6ZvffnDf5k1Wv5UArP2bbs74C9E2BLzVx+/8IegManpUwlmrNE3F4aMAdcz05HDvyJI"
    "cID9tCQHQrzLy4K5+bthQzylM/bnp/fvc+D9W7N//a3Zf8NGvY2D3A1uNfx7HO81vgIeBX"
    "jD8ftBN7ywhne97Rwd34si8F5ko3uRApftY8Qx1JdwnKyCUB9kKS/MF5uYEqT/8tDrypGO"
    "kCRQttCYgv8CG7mpjfsM0M4Bl4PBZ5677r/tKKZv7pp/T8J93eldCXCIS6eOmEVMcJWA3i"
    "Zj05Yck4TY0MRy7Fc0CeRHjKhakF/1ep0Y5FftxDnYfby7avXffBD4s0GIxo7HNdBjB3JI"
    "DJOm0b5hdyiaQzncccrkag9I34X/c4YMqLEfaPWw/RIc0jkMGbTvWg+D5t19jCs3zUGL32"
    "mIqy+Jq28+Jz6O1STg1/bgG+B/gv/rdVvJ72U1bvB/Nf5OpkeJgcnSMK2IPBFeDVH7g8uj"
    "k6eITMQvjMzx09J0LCN2Z7081iKw5GMMaL/+0oe2KdBNL4RAd7jx53k5w2XwR7jww6vhcu"
    "D4kQbJQjR9a96YJ6+Y2JyKn8SfzZ8U6loLNCBPENdkelh4r56rhy0Q007YsKJ6GFhAxyXY"
    "tEHzvg0E6c9MEbJfmM7jgodvzR8bnz4Dpj75OpJEz9pmhj3rUa9FiWp8+Pjl408Xnz+udK"
    "fVlTyVabN6JP5VEC3D8ceTKWu1o0iUHwpJlB9yJMoPEuWIfxPGzHRnSipSjKpyaujnjwWA"
    "/vwxE2d+Sws1r1OoiekMpksNz92K70naPXA+eOWyMP5MGB1ikstpxihHagLJPP4jFJtlgH"
    "P4jPcgBqQUgjjAaXS/MqkNTfEv8EWA3A7M6NlS/2MwzZmBmyXxs8uOuVxJotFFxX47+8XQ"
    "17Kvmw/XzZtW7Y9sDeuQusNK15LoDlE9LFt3iGt9m3WHHoYRFwthMj8ECI/I75fAZQsGWs"
    "DEVuBtwUIZIEtcBw5kfGA3l4jOAP/tZDJJqxX7nlyicfwj9FoJXMTkhufYtX8mVJH/1NYs"
    "YIIXW9F8PIa/U3ZsUDhf8H9rnAj+vmD7ncvwWfEr4ESw5MIvpSYGM3zFH2KXizxjRnxrof"
    "+sXSbW3qhSeqPECpZstdnKwJqikmb8Qlb8HCN+UhVYf8wKGMeIKgnzAbwl4V5VFORwfAXx"
    "bXz6VABfNioTX3Evju/qvEkD3MLePCWSxXeNkPiIdho21IMh34siXvvrY+uxdXMJfOohbn"
    "eNr5327bfBJTv1jYmNpjM6xDdMs7gEFpMFhrjfGvR/uxQH/gu702oyagv6Tjh1q08ho0+O"
    "zSflsvUFA4n9PPOIjZIcT1t5X2JVJQpoUtxK4Zqv6UvIK2jmqZK2b0PThYaHKZIc4hvMOn"
    "FSbdUpNZ+5DQ46DpHIwwP21eZY7lZUFXBD5LG09fdBjJupUIsVRzu97m04PBl/oY3l2ljO"
    "RactWB4h05tpmTfT0KAlNZPn2XcShFWylh/B1pNjU4+aGHe0q0cj8c+MFUVt64llWCb7eu"
    "sZitdOGdf9G/U8yzrkQwpH5Mwh20nxlCm+wARTh3iLd2DAtlYXmA4McxXYzcfB9c9gwd7W"
    "Be6MLAGdwTm/fuPR8QyIXTllVt/r7EM8xNd8zdo2n/EJwoXLxwGHjX/D7fPcLr8kjuW+rQ"
    "OXsHsmBQtIFjYEyxkBC9vE3JRPCRiTOQRjEwN++A6xGIkoWCLbBphQMGPoQlwweChmTRe/"
    "MVhQ7BNzqBscZezS0Wzrr8WwfrAIJYqorZZhEBJU0dJYyJLbyLHkNtKW3OibpXDO1sQSZF"
    "oVU1bFIq9pzOhcYu4ohP6KVrNAmQWxc0FFM4oRVlAXrpJyBLG1DYsjZJrBpWYwG8olORUp"
    "IUJSgW0zmYhYLBMxLxUxJSXwlA/qWRJR7KtNzExr7ZooAfOEU1XKaHTTe7zqtMB9v3Xdfm"
    "gHWXKr70TcFKrIKj2r32p2UolweLoFzFEqjXMBnAlmmitUDRSJU221b5QM5iMEiozNhTmW"
    "GsIydeMoyVYWybKhvGef+JSwpzG8PCwRajJRTVDpUAOdHPsqpUVooe24HCPU/rAy83jsW6"
    "e3+5gTtJrTZeb0kQv8JDlZosTKg0hvihKyFo1VwI16qIoKcRGSKjnr9ybEEWdqYqScMZgk"
    "OxS25+aay4lwEEtRYqdQDW+4Dec5s5VbNLYh+snKAxuk63cPyO4vIfOYy7YorslPVjVoZI"
    "254z4vdqx402dTVGgNH7TazVfbnNYkATXiej0vnmbCRigkqfoFan5wgQMXxKF+GIrJs0bh"
    "HIyYzv7kAhM4ng3fgWB8QCP+lw+TJ6jua2Jpciq/azxB32DGfvCU3chNTU0EuhwzdVSHt+"
    "wY3hJjdtF8xQhNBYNc9l9Hk3+IhnIgUZyqgkAfJJpIoMaUfCSPJ8rcMFJ0WruRaDcCJXdM"
    "1IruxqkquJL3n8eJiSz7NjseKxxfgWCCE8RgnVemM/uOsCL4td59q3sJOOUQc6PoTb/5K7"
    "vAy5VYTKthV2/aD3fthweeDG0hd45cl+dDP95/a3XYJW8xC5fdyb8N7Sfb6ts5N8u6BcfI"
    "2orNcUrtPykzl7X/5KAm/kCBVzNGx4m0ICwLgdGuk71jyrcWNUgjFBpRmboGF7Y8JzdbD4"
    "6Q6Ni3DA1YDdE1hQZUe/VO4tVbSKulKYN6T865ncxGTCPHyWZIxUa5B0z74TzntQ0UxTR6"
    "nmwGNfQ37Q5rxYsBx0X0AqvVkzkf1BdrME1F1+r6pI4hyp4Puo+dzqlKQPhnmcRjvTrksl"
    "3W4pxQaI7pwFV1BjG7C8gEEO4dXjWyjFVsMF3w3bW96Z95gc3v8naYe5hTN24pl9+Ys0fF"
    "ahOOr1w7kYMUX9VFJ6IOhEYhD0Ijx4XQSNdJZXuSktUxGK/xLYYvJQs03taptiI+olPNZD"
    "cdV9Wt1m0P+r1b7lpzKXpix9dkiH9tDlr9S7Bkb+gMcafZvWHy2H3rEtjsGe54Zi6GuNsc"
    "PPbZJWxSz2Ojmrf99vVjx7/Ix42Itxzi6077js12CZ5sNDdNOsStbqt/+9sl4BBMERzi3u"
    "Abf1rk9ZWjMAoFYeTEYOiCLiXxZGvHaPaar3JtzTn7mSqH2ZriUB9ZSh47UumJg0hj2kV5"
    "UBfliXpmlMxGcQSgXYYm2+O3wltGq2Ev5oIntk2WTDpTxTxFqAEvBPjCG9lozCPUjQWcq4"
    "igacoqQH5sMXThoGcGzlYMSJNqDqhzYALpeLaVIhCn1KFzZQudS3nOi+QXrstAb59guKo2"
    "fWaKX2aGYdLtuCM+YfJgFeFx4Jw8m/aOCAnXT9+fqqpIzeF8xAS2Gdo1n/duNVFVoeK74Y"
    "4gVSwcJRleQhxq8LyeXVPDxUzdIEGoklh59s4gVSqwQS19PvpNMvVHEtQUItnDcEDYfwpu"
    "9ver6SoEq2rcRgBCVvTGGqMNMRyGYE7hJtlNP+LiB9GfGtAZkztnhL30z6JRRhh2wW67kP"
    "K+HC4YEQ9bfruNNy6EgL+II9j8TshHb2VdPQ7zEB3tUa5oj7nohSqVkTOxjdHo6HxJKLmw"
    "qRoL6IyhUiHVFJ1GV4IuX3/mWJSbNdj2bFjmi+rylZFrrDOwDsohib1cFegU7fFQ/nAmEJ"
    "ci4ezsDzkF81lahN6YpBKKx4dOUTkpG/aXoLLnAOnQtJQlaUdMT5tE7ajBq1jnPG6tAYIM"
    "WmDikHnY5K4ORD9o9ueczNl5DYgD3viXugTDt2DCLkwJseQ98/Y07w6t67ygwp2u6VWmjS"
    "xPWt+qd7nuWl5an0/cLGi6amGVawodUakjKvVXJfuqbDTZjssxQr1zlpnHpVCgqqb3+9Zb"
    "olhfJkmmyyKkofWUS8h7h68ef3aI6kITm/b2PRea8MpWOb6UmHqbqsZLN9nj4VqyvbUorM"
    "lzpVRJ/G0eOn8HXdcU+1rKRhW7X8+zUflB+HN/aGEblQPHEHErEhuHnhF9AcsZcSFw2QIy"
    "qedAMJ7B8RMbQDxaB0sTcY8toASMIGAvYyMotVHtbV5FG9Wq8ipmqi+TwCmcL/i/xzNUXa"
    "Hpa7FV/anRuLj40nh/8fmnTx+/fPn00/vVaZy+lXcsX7Vv+ckc0wI2W7SOnIFVMhYcIWPC"
    "fLGJKUH4Lw+9bkak/pokqfeiMQX/BTY65+A8GbgcjHwLU9KYVI+rsXyCVPVptk0yYYAnPK"
    "gt8RRhBUsTHCYN7tzqfbOhHgwXQOHSBH99bD3yYt4+9RC3u8bXTvv22+ASiMgcNJ3RIb7p"
    "dVuXwCIYDnG/Nej/dskOdOq8sDutJi8FDs2SVP0OTniV0IIoiW43nLQwJOWmFK75pk8Jub"
    "Zyl9oCakPThcZW3sEEqbZ0l5rPpksN6Dgyi0G2nzBOpX2Fyr7CUBHeYi9NkFZwH61Y/ZWd"
    "4sj2aVPyxdSHILy+JrUrJcbU821L/mjDjQ7faF4azCBgMiRwyNJvRujfH0GX/YncVSrAzy"
    "Dwi4PRi8gRmCDHpT86HuYpAj96i7SFab9T68yCcsUqiX9TsGZrveH4Ciq7Hwopux9ylN0P"
    "knZ4cCotw5bTrG1FUQEZ4AgI62p3J5K3fMek2PQVl3ia8piFJq05wqqFJrde8Pu2wvAOcg"
    "bfIvhD5bhfEcLURSyHXkqfQH/EJjgU/OHZedz1f9XrdWLr/6qdXOCPd1ctxgvBCjYI0Zhr"
    "JGG9nMvreWRb6+NUxzfY1/5n4uExRxSMPGQzydJ9xx/7vyfYjA5ixtc1p3TNqdfNAR0qnX"
    "0oa+PHAYwfHfQEaxKDh7hezzNy2GxEQcPGQ9CRAltA5AJDqw4wfIYO8FyekUUc4Jj4iXE/"
    "bblQpJWYJv5RYy8XGGR5rRuGR+SS34Hon9p+cUL7ha4NfFBfvT5UXsuhEnP1j5VTCqIkOv"
    "q9FM1VSyYP696qpYQ0J0NjJejoZIK8qPfo1le2TqAlW7BFIdWNQPeP6eZGoKdRIyOVViXK"
    "ZLwOa7ZKmSj8ulGxzIZXqgauktVEfpVW+U6p8jnE3jp8OKQ9or/JX5mKdvbaXYv7Iy6DCj"
    "RDfNe7afWbgx6/FGZZDXHv1y4fRJY4eMLJ/VP/IghvpS/GCLW6eF7q4hguKJRlaOW5IqNk"
    "2gNZ3APpt6UxlC1fSboqOFmOYALTdSteSXGFc5ORdG2FTRtx1WsrlLHs5MbSCifSMonVId"
    "MWpo60FHz0dj1Xz1zVSzdsMi3mw+xhCPwoEwD5EwCZiADp9VyAzfUOdNk7ucDkGftkgaAF"
    "EK4Dl/hR1yYOiLkcyUOvYcrfeaDnDLHLCIA5odBZV7/kPR94zcsF07rZxOOZiacwKDwf1s"
    "tki4Xy0piIutCeAOQG7lf/sbsWxtQ1MUt2INVzlHbtSNy0s5ZdEyyU+maOs2OBN1tn1tRl"
    "Ti+ofWvftC7BDFlsa3y8/9br3FwCb8Ebb/Ac7odBjzeRZ6Dy8BN+5a73t5YRGnT8vdEI7T"
    "qd9teBIYY0O5eAlzMMix8zysdOy2B6SfeWz8f2W8PfZYf4vtdpX/+2uue3jVndbXcZG7vX"
    "LeOq07v+5XKVoWOMbDJ+itx/7CZHeDgY07y+7j12I68W1uJ31lWcT9/p/hS6Wdk04IPUuX"
    "dtb6piW4hTVSCZ4ghtzX3MKKJZ5uw8qFdklcP6Q6Ft4kPOPvEhvVEgCuc8wFgF6ChN5VC+"
    "KALyRTbGF+lMN35AKa/mOFXlYG4Uskg2ciySDUlOIceMSW5ILmtlh78k6fT5l1dSl1syVN"
    "Nj5dTVW9aHOA/X2G2PemURP0jqLDWdKaRbLXQJaeUwP8gqD4DbEu/KYn2g5HvdrOOIGWgW"
    "pKastFV2WuyaQqfE5rNji5RY3YaoWnbWkqT99Tw6JQznO/7lSlxpsfv1PF8aCUYa83BogT"
    "LamFA0QWPfncUJExWtXYhpWHQTICz8UcJ/xWbGrm9hBqYLltzZhSig0PZfK1FW+yDPGWJz"
    "JKpwc+qwTtKSOE/QqYu6n9wbt5xBfzrxVCZgcZcZcoG5NF90oe6SO9BOXKibbRlsF+EcVR"
    "IuY1Rl9r1sLcl/LCTJf8yR5D+m6hh7o3/BscSfmVMzek1SRZQPYeyifNMaEUtius0W42NE"
    "lUD62LL8jM5tZdhjRFqBUgcdmhZ0lAoLRUi0CrV3FUqXqtel6nWpel2qfufT4hzsC7pU/S"
    "vksy5VfwpBT0fDZh9d1c2T5KLTFiyPkOnNtGybaUmM8vciC+OryPCsSYzysfv1PKO8n89h"
    "+MmiRYv0kTnkLQLekAmFGDB18I6dEIQt3LcgmAiYYabIDDpsCuLEr6zGuf5ckmp+B3qItN"
    "6DPzBI9/L/H+qyD6et9HdWWearK2ebZq4rK+rKiloE3LMIGJ4lajkrCSpdUiCzKoZqWYEE"
    "lUZ2c22BmGgUQ1kXBoynwicW1+YCAytJU0NbDFpYwkoDojKjTAULKjbmqF5shEK/N7YEHM"
    "pz/E1gIXfsiSgeHooU5Oi/AzccEx6yxMTjZ57yDyiZs7mFGvXdR4zLEd/fytu+7f0JO2T7"
    "x6UenftfsgOjnqO5KSeFnSAf7LyDZFQDNXRozA7Gew6ewUNdVBFfEWnYtc9EG9HlGjK00H"
    "ZcjhFqR0mZebyWC5V9YTFKzeUyc3mGLAviLZgcI9Q8LjOPg0pvWzA5Tqm5XG4u89YBov6T"
    "gnqcoNJRlUmTNW+Dp4xqnEiDqt2WR3Vbsn1iptwbLEqjqzdn1VzTJcZ1ReyTO1bUKmL7X3"
    "ap3FVlrIkd2wBVfVUR96BtTiU5LVcB2ddf+tA2M2p7BTh/ZVNUaPWmxKkd4QlbF5+lqpGP"
    "DpfG0a74FG2Rdjbr55CO4D7Dp4PmiH5DUodw7H49zzHMkTZsPtSYoaIuYl4NPmh7DYLcK/"
    "AGvpu+AyYvA49E2CwPkH2CLz+z/7DbQRkL7sgbmS5c1YQXj3YBr3Cc8hMf5jFDbI4d4rpg"
    "CUdg4ZAxdF3oFvQh69oUpaxNoVh+9cCVV0+nlx3EA6xugNPesJJa3kqSUtKHc0LhSnSXHW"
    "DxEflHmBhrhIXmD9CkUydnnDDEZybtapy9uYfj97O7l8jodpCaoS6ZUPZBK8VQRWkqkKF7"
    "hGqhE+S41HDhVj7LFHEFD9YK52WIjHbXG3M9YwvuS8i1R7NsclWK3xMT2Z6zTUq2hFzzu8"
    "z8DnilUhEoSqLdrKkOrpgdBuMZ/6mGiwLxX+UTkk6gP6Iyf0SiNZhyAnaESudfb8i/Lo3q"
    "v7ClbVJX9v88RX/lZyhSzlkECfkpRXy5/sA7jnIxsw6IGGXa7LaJ3SXkLBHdSU2HPcAJKN"
    "9MbJPWwQ1yx8RzXPijS19sKMlnOuyjFBOb+PN1XtO5Gz101o3Ouqk67Drr5lWIdjrrpvo8"
    "1lk3r4HLOuum+jzWWTevgcs6PUSnh+j0EJ0eUluYDsRUDdQYje7zLAF1bYIrCumaQmfcbM"
    "64WUhDgpQzQ8KyWWcGbtHUkMii2pxu43/UewC1aBx/yfaAwqBGN78YrOwNQPex09FpTK8h"
    "jelMlq/OYiqMzniGbIt93LsBVLHt77BZTHBBHNol4kOXOYTDu/UNXmE2jqm6tLhrmE/DmE"
    "OcH1zejRfykv8m8GcStf15EpG/J7ER7NnQtHlzXtE6N6R1ZZ7gPc6sA9HL5ZNFFM4NxUyj"
    "KE310o0uiqj5F9la/kVKyX9iP0uO7+amiCFtmZ2xtbveTavfHPT6l+vPfYib9/etZucy2A"
    "+S20qxsPVCUesKnQ51CIL2hZedFedmdy+tDfPsrEO6xo2ucVMC/ahetRo3pUR1J+vQQTVY"
    "93lRk+mu/Ho9V2tlIxSqbfid5rjGKIKIucbI+yDAZ4jpO/B9aSLKu7H7DRGYmskbtwudkt"
    "8RTRTY3bS+ut+ppe3uxDziLl+jus/dKTVY3jbek1gAized92Q5S6US8Wu3vXb39hJMCUN6"
    "iO+av121mK5lvozgEHO64D4m1BBjyqFtxT4zVR0gRayjb8qsBSwgtoKFp5DsFKHSyU4KzS"
    "a1av0qPipvYW3J5jilZnOp2XziILsyWd8PEmUnxHU1W0qURNtSZAntrmrv0AiFjlrcaJxa"
    "qZg7WlFa4Txntl6LmlGiH+pm45TnlqwRaxnjliIfaqnsUp4ANW2X4tfruXYpNqJwGAX25i"
    "PoQAtwKt7Mk+FleWN6CcJifD8ukQXBcgYx+C5so98BcgGv5PpSB+zZUFiSxJ0fXECWWBZT"
    "cajHSO1VK0s3k1yQ+KnaZnVKm9WKDcWhjZJogUQikOiuqbpr6sHKKR47dOIU3t+SGUcr5v"
    "wtGbr78/3qEPayhSAL7UQiKIdaS7agzCX/woKy72N9BzpkbNrsL7JgguzMfIa8YJTNfizg"
    "0/F3ACa2+EXTdZfEsX4OB08cMgdEiKlpAXmf0w/xqpA2MB0IXEq46G264Duf4M+8vPJ3sE"
    "R0xmVq5AD20/1YZstyRCsF8YyFN7LRmHdm0LHMJZSqw/WgIgRGaXRx7SLFtVUR3i+6pxZK"
    "Dl9WmzhTEyPXlOuH2Tgn6SogdSfQbhRCu5GDdiOFtkOylMbNsSMh7RGRXh+WCsEjX5v9u1"
    "afz+fM+Vno//1g9Pq3zW77oTlo97rhXdeIrqMh7t72GHemZIhve39r9bt3re6Ax6E8s21z"
    "DjEd4l+6vV87rZvbltHuPgzag0d/uidMlja0pn4PC0Q9f76rx4d2t/XwcAlGnoswO1uHuN"
    "96aN+IedlZiywxa2/wjb+yVDgolMXRKJLF0cjO4miknEhzE0mK6WV/kCuCqlXCaHz6WOhY"
    "+ZhzrHxMwhtKb8bMdGcqMKcIK7fxHeQYF6uTKyYTxL77rUrZSWfQUVpljjRALhs9R7J84L"
    "wwrSiZjtNSiNOyTTz1mJausqFFaQ4U33FCmbnIVpa9kaW2sREiSiZpf3gFjgidzFeeBV7d"
    "Pj8WYYe8khq6pjhaavg5i2G6vt5BI/8QHpHfDc9RUtxiRBU8gQ8BtMvQZHv8VnjLaDXshW"
    "D3PRK8GIexgHMVSShNWQXIjy0VLRz0zMDZigFpUs0BdQ5MIB3PtpJL45TablFmu4Wuxf8a"
    "uIwJRZMXI9ISS8FGlSbWlioFS1UA3xxCnv++JfhRao3+Fuj71bOknt9C+MfoNQcUOLCE8M"
    "l+MSw0hbI6zLnop2g18grI+7AZLs/j2eJ8T1HrM75sZ3wqDLdIzKi5QAYlTxDvGDjaXKAB"
    "n+YMDcuZ0aOp5NYdMapakmBcQzxa8PFZwiNaHLG3MuamJfFTqsAkYuH7/nxnu8sWQ+uoQJ"
    "3lujpeYfazhGcOef6nO0OLHUG6W01UVagmxLbJMshM2B6oe5FQ8FVMVm2o5HWYNFRx0z0T"
    "bHddUdXqtZM46LKMcAdoHHGuCMV6NOwEU6QrRCWxCiuD7gBSUH60KvAcMgOwCR005k7nVA"
    "5gcKeelwVorsdsSgPMhkEnx5UrOe6ZHemKGUURkgombx0onEuSU54XzLWoKLoHSY1jT6TS"
    "qlh/eeh1M4JP1yRJuzAaU/BfUej5DNHOAZeDEbMGp8IskhEV9biZl09wJauecMy6T3/8Pz"
    "1iotk="
)
