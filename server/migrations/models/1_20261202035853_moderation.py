"""1_20261202035853_moderation: SQL for both dialects (python -m server.makemigration)."""

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
        ALTER TABLE "posts" ADD "removed_at" TIMESTAMPTZ;
        ALTER TABLE "posts" ADD "hidden_at" TIMESTAMPTZ;
        ALTER TABLE "replies" ADD "removed_at" TIMESTAMPTZ;
        ALTER TABLE "replies" ADD "hidden_at" TIMESTAMPTZ;
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
        DROP TABLE IF EXISTS "report_notes";
        DROP TABLE IF EXISTS "flags";
        DROP TABLE IF EXISTS "group_removals";""",
    "postgres": """
        ALTER TABLE "posts" DROP COLUMN "removed_at";
        ALTER TABLE "posts" DROP COLUMN "hidden_at";
        ALTER TABLE "replies" DROP COLUMN "removed_at";
        ALTER TABLE "replies" DROP COLUMN "hidden_at";
        DROP TABLE IF EXISTS "group_policies";
        DROP TABLE IF EXISTS "report_notes";
        DROP TABLE IF EXISTS "flags";
        DROP TABLE IF EXISTS "group_removals";
        DROP TABLE IF EXISTS "moderation_log";
DROP FUNCTION IF EXISTS moderation_log_append_only();""",
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return _UPGRADE[db.capabilities.dialect]


async def downgrade(db: BaseDBAsyncClient) -> str:
    return _DOWNGRADE[db.capabilities.dialect]


MODELS_STATE = (
    "eJztXetz4ji2/1dUfJmeKjrVIf3azK1bSxKSZppALiEzO7vZcgssQBsjsX4knZrp//1K8g"
    "M/ZGMTDMbRl5mOrSOb35Gl8z5/NhZUR4Z11J7Y+BHbz41T8GeDwAVi/0jca4IGXC5Xd/gF"
    "G44NMRi6ozASl+HYsk12id2ZQsNC7JKOrImJlzamhI9vE+CRPAN7ji2AiWVDMkHAQsQG1A"
    "QmmiD8iPQmsGxqIh1QfvcNezK7arIHgSXFbCi0AbZ/PuKP1emEPReTWWlPcAj+r4M0m86Q"
    "PUcme86//s0uY6Kj7+yne38uH7QpRoYegRPrfAJxXbOfl+LaGZ51iX0pxvL3H2sTajgLsh"
    "q/fLbnlAQE7HX41RkiyIQ24k+wTYfjSxzD8JjhQ+6+7GqI+5YhGh1NoWNwLnFq9wVW1xqa"
    "1h+MtNvOSNMaCQ76FCHIvUsTSjj32ataAoAZf4W3f2u1Tk4+td6dfPz84f2nTx8+v/vMxo"
    "r3Td769MN9mRVa7lQCs+5Vtz/iL0TZEnNXH7/wQ9BAG7pUghkr9OFSkzHgfA5NOfwBQYwD"
    "7KfFOeDjXV0WLOB3zUBkZs/Znx/evcuA97f28PxLe/iGjfo5CnLfu9Vy73G8V/gKeArA64"
    "/fDrr+hRW8q21n5/ie5IH3JB3dkwS4bB+jplZ8CUfJagh1KUt5CZ8NCiVI/3o76MuRDpHE"
    "UNbxxAZ/AQNbiY37ANDOAJeDwWdeWNZ/jTCmb67b/4jDfd4bnAlwqGXPTDGLmOAsBr1BJ9"
    "CQHJOUGggSOfYBTQz5MSOqF+Rng0EvAvlZN3YO9u+uzzrDN8cCfzYI25HjcQX0xEQcEg3a"
    "SbQv2B0bL5Ac7ihlfLV7pEf+Pw6QAQ32A/UBMZ69QzqDIaPuded21L6+iXDloj3q8Dstcf"
    "U5dvXNx9jHEUwCfu+OvgD+J/jnoN+Jfy/BuNE/G/ydoGNTjdAnDeohecK/6qP2g8uj04eQ"
    "TMQvjOHk4Qmauha5s1oeKxFY8jF6tJdfh8iAAt3kQvB0hwt3nucDXAY//IXvX/WXA8ePtm"
    "gaoslbi9YifgUSOBM/iT+bP8nXtZZ4RB8Qacj0MP9eM1MPW2KmnbBhefUwsESmRQk0QPum"
    "CwTpL0wRMp6ZzmOB2y/tt60PHwFTn1wdSaJnbTLDlvWo16JEtY7ff3r/+eTj+0B3Cq5kqU"
    "zr1SPx/wKipT9+dzJlo7ETifI4l0R5nCFRHkuUI/5NaHNozQupSBGq2qmhH9/nAPrj+1Sc"
    "+S0l1LxOoSaiM0DL1hxrI77HabfAee+Vq8L4A2G0j0kmpxmjTKkJJPX4D1GslwEO4TPegh"
    "iQUAiiACfRvWRSG56Rr+hZgNz1zOjpUv+dN82BgZsm8bPLJnwKJNHwomK/nf1i5GrZ5+3b"
    "8/ZFp/EjXcMqU3cIdC2J7hDWw9J1h6jWt153GBAUcrFQJvMjgMmYfj8FFlswSAeQ6J63hQ"
    "hlgD6RJjAR4wO7+YTtOeC/nU6nSbVi25NLNI5/+V4rgYuYXHNMo/HvmCryZ2PFAiZ4sRXN"
    "xxP03WbHho0WS/7/BidC35dsv7MYPgG/PE54S87/UhpiMMNX/CF2udAz5tS1FrrPesnEyh"
    "tVSW+UWMGSrTZdGVhR1NKMn8uKn2HEj6sCq4+5AMYRolrCXIK3xN+r8oLsj68hvq0PH3Lg"
    "y0al4ivuRfENzpskwB3iLBIiWXTX8Il3aKdhQx3k8z0v4o3/u+vcdS5OgUt9T7p97bLXvf"
    "oyOmWnvjY18Gxu35MLplmcAp3JAvdk2BkN/zgVB/4zu9NpM2oduU644lafXEafDJtPwmXr"
    "CgYS+3nqERsm2Z228q7CqkoY0Li4lcA1W9OXkNfQzFMnbd9A0EKaQ2wsOcTXmHWipMqqU2"
    "k+cxscMk0qkYdH7KvNsNwFVDVwQ2SxtPOPUYSbiVCLgKO9Qf/KHx6Pv1DGcmUs56LTBiwP"
    "kanNtMqbqW/QkprJs+w7McI6Wct3YOvJsKmHTYwvtKuHI/EPjBV5beuxZVgl+/qlAWcNiW"
    "1dXG9m2dWnbEQBk7obTvOTxVTbJTVtYM+hDSC3caMFGLOz6cECEJiOgY6AN96jEf/kw+Tm"
    "9G1NLDWl87vaA3LXOfvBM3Yj05A+M6njhybv2ND9WqzcpYULRZid17oaoqmh8W/7Uf/8Q9"
    "RsbBuFIrOiVDUEupXLit3KsGK3klZsgRoTxrAfz5pzw0jQ1Ulw2prtTqBkTWixFKEoVQ1X"
    "8vatzoTKfAXpVhR/vLKfFLafHJxfhn1HpKhXZnDT6Z8CTnlPuPJ6MWz/zi7w4Aqdye3s6k"
    "X39rp7e8tdNzq2FtiyuPfm7uZLp8cuOcu5v+z2/m0og9dG386hWUB0NMH6RmyOUio7V5W5"
    "vON07jgnKxRGX0pQh6fAFwu2jRIpQVgiCIdtHjlRDZMoTCWY8q2lGKQhCoWoTF1DS0PuQU"
    "jXg0MkG2FasbOyFA24GKIrCgXoWi+L2CW34GK58uc5sC0gr38lfJrInSvxrXULoN7QQy5+"
    "sRbT0HGyHlKxUW4B06E/z2FtA3kxDZ8n60H1/U0vh7XmqUtRET3HanVkzofii9WbpqZrdX"
    "VSRxBlzwf9u15vXw5r9yyTeKyDQy7dZS3OiQKl/EwEgaA5AmJ2C9ApoNw7HJTds/gov9Ie"
    "tMA3y3Bmf+fpAN/kxfu2MKcqM1EtvzFnTxGrjT++dsUPSkkVKewrrrOb+LiVy4PQynAhtJ"
    "JZHWxPKmR19MYrfPPha9MlnmzqVAuId+hUg+ymaRV1q/W7o+HgirvWLBs/sONrek9+b486"
    "w1PwxN7QvCe9dv+CyWM3nVNgsGdYkzlc3pN+e3Q3ZJcItB2HjWpfDbvndz33Ih83ps7TPT"
    "nvda/ZbKfgwcALCO170ul3hld/nAIOwQyjezIYfeFPC71+4SiMXEEYGTEYcd6HMUqsgHQX"
    "doxMebJVJsAWt7w6ZwIs2M8scpitKMr6yBLy2I6KfpUijSkXZakuyj1l+FfMRrEDoC2GJt"
    "vjN8JbRqtgz+eCp4ZBn5h0VhTzBKECPF/Zb2ds4AmPUNeWaFFEBE1S1gHyXYuhSxM/MnA2"
    "YkCSVHGgOAemyJ7MN1IEopQqdK5qoXMJz3m6RyLqVXth/W8/N+7A1L40z0/Mk7ugj9B4IU"
    "LCszF0p6orUgu0GDN5ZI6XLwTrOpiorlDxj/2FINUs2iIePUFNW+NpKy9EaShm6nv5L7XE"
    "yjFeDFKt/PbFOjeEv0km3UtidnwkBwSNKPtPzs3+JpiuRrAWDUvwQEgLTlhhtCZEQRPMyd"
    "910A0o+EkUiwX2nIlVc8pe+hf2bxREFbDbFrJtBoYFxtQhOr+7AG8shAB/EVOw+UjIR7LG"
    "gyU9RAUzVCuYYSEKE0pl5FRsIzQq+FwSKS1MhkyLNyeISPTQVGQTdApdCbp8/cHJhO03ts"
    "a2Z02Hz0WXr4xcYZ2CNTVnkGBL7OVFgU7Q7g7l4wOBuBL5VAd/yBWwDiVF6LU5GL54XHYG"
    "xl7ZsL38iy3H//qmpTRJO2R6Widqhw1eeURt1+wDBBnSwdSkC+BF9DaBKM7K/lzQhdeN+4"
    "17qU8J+hlM2YUZpdJ2c1ubd71AnVqwyu8BokpWVWkjy5LWNyokrEoIV9alETULQqtY1OCK"
    "QgUMqoBB9VXJvioDTzfjcoRQ7ZxV5nElFKi66f2u9ZYWLJ8SJ1NZ/0loVQdIVUfhQPT4+L"
    "LdAqg1T05f21dTusnuDteK7a15YY2fK5XKUe/yyPBrZFlQ7GsJG1XkfjPLRuXGmC/coblt"
    "VCaaIMytSEGr0ac5tZBoMQptx0RgMkeTBzaAOnYTPEHMPba8H+kYAfYyBkZSG9XW5i1ooy"
    "qlO2khQ5VqIsrv7aKJ6I4TjCrGgh0kBMBng0IJwr/eDvopgegrkrjeiyc2+AsY+JCD82Tg"
    "cjCyLUxxY1IzqsbyCRLFlUW3WxHPX2yJJwhrmHlfTpbXoZWzVm1GxZau2oxu18Kg2oy+Mg"
    "uoajP6Svis2oyuY2kZvkJfEd5gL42R1nAfrVl5kRfFkW3TpuSKqbdeeH1DaleKjWlm25bc"
    "0ZoVHr7WvDSaI8BkSGDSJ7fXnnt/jCz2J7aCVIBfgOcXB+NnkSMwxaZlvzUdwlME3jrLpI"
    "Vpu1OrzIJqxSqJ/ydgTdd6/fE1VHaPcym7xxnK7rGk2xuaSauMZfQiCyhqIAPsAGFVzG1P"
    "8pbrmBSbfsElnqTcZR1FfYFJ0TqKGy/4bVtheIM0jW8R/KFy3M8oZeoikUMvpY+hP2YTlA"
    "W/f3budv2fDQa9yPo/68YX+N31WYfxQrCCDcJ2xDWiavdUZddRtXv2zQEVk5u++ystuwQt"
    "u4cfpBEb4nozS5s22IicGvStV9mf6EAknSK9CQh6RCZwLJ76Q01gQvLAuJ9UkQvSSpvas5"
    "fzLH+8qArDI3TJ7eQSb3GvFOVdKsqqxmqpTmF1qLyWQyXiU54Ujl0Pk6gw60o0qayYPKx6"
    "VFYS0oxUgEDQUVHrWeHV4a2vah0VK7Zg80KqGipuH9P1DRX3o0aGSnpKlMlowc90lTJWYX"
    "StYpkOr1QNDLKiRCKPUvn2qfKZ1Ng4TtWn3aFjw12ZBR0bjesON3yfeqVO7sn14KIzbI8G"
    "/JKfznNPBr/3+SD6RLwn7N0R8h+KyUb6YoRQqYuHpS5O0NJGslSgLJ9XmEy5uvK7utz2Hl"
    "phy1ecrg5Olh2YwFSBhFeSxX9oMpJK4l+3Edc9ib+K9Q3X5vDvScukeo/OOsQ2pTXHw7eb"
    "mXpmUJhbM+gsnw9zQBBwo0wA4k/gXcx5JO5qLsDmOgJ99k5uP/MJXWKkA0yawKJueC8kHj"
    "GXI3mML0r4O0t6zj2xGAGAUxuZqzKLvLkAL664ZFo3m3gyh2SGvArnfmFGtlhsXoMR2xYy"
    "pgBbnvvVfexLKzCq4osVO5CaGUq7ciSu21mrrgnmyrHixS7Sgk7XW2dW1FWOY2986V50Ts"
    "Ec62xrvLv5MuhdnAJnyTs88GTh29GAN+NmoPLwE37levBbR/MNOu7eqPl2nV73cqSJIe3e"
    "KeB18/wqu4zyrtfRmF7Sv+Lzsf1Wc3fZe3Iz6HXP/wjuuf1JgrvdPmNj/7yjnfUG519Pg1"
    "QQbWzQyUPo/l0/PsIh3pj2+fngrh96Nb/ou7kqF7z/juH70M2qpgGXUlDdMpxZEdtClKoG"
    "Ufs7aA/tYmZjO82cnQV1QFY7rI9zbRPHGfvEcXKjwDZa8ADjIkCHaWqH8kkekE/SMT5Jpl"
    "TxA6rwao5S1Q7mVi6LZCvDItmSJK9xzJjkhuWyVnr4S5xOnX9ZtVu5JaNoHqacun7Luozz"
    "cIXd5qjXFvFScjRtaM6QvdFCl5DWDvNSVrkH3IZ41xbrkrK8VVeIHWag6ciGshpK6dUSVx"
    "S7L5bY+J+pQ4TBCYwdbNiYWEf8sf+7B3aUUkJR9bupl521Iml/N8LhcymCSRoSV1rkfjPL"
    "l+a6jjQ3LiVvPiBdIF725g2d2ogA9vFeQ8umOiW8tZeYCEDfKTVHJpuCmtErwTjLnUuSOF"
    "jSQ6Shpe5Az7Ps/hupCNP9JhUeVEBbcOVgI9pUEqdK4lRRuVuOyvXPkmLusRiVil5MDcAt"
    "GsEYo1LIrg9jjIhGVQm6q2QgY2xxrY9lDCRNBW0+aFEFgxpFEqhMBfOSQzNULzaiQA1Ttg"
    "RMm4cTQqBja+KIcDuAiR8OeAQuOCa8gQ0Tjx95dCGw6YLNLdSoby5iXI749rO8lOnWn/CC"
    "wMKo1KPCDCt2YDQzNLfC/uc9uJ53pkyU4nweU10SRZFuUffH1wLfXVvUOXja3F5IzLjZiA"
    "dECnZVSk8Z0eUaMtLxZlyOECpHSZV5vJILizI5Sqm4XGUuz7GuI7IBkyOEisdV5rGXVLZR"
    "G5kwpeJytbnMqxSJVJMC6nGMSjW1i5usecXdwqhGiRSoym25U7cl2yfmhcuQhmlUoYi09C"
    "5VzUQV39i7Y6VY8Q33y66Uu6qK5TciG2BRX1XIPWjAmaSl8JlHdvl1iIy0PjUezpdsihqt"
    "3oQ49UJ4/C4JB6lqZKPDpXH8UnzyVmM9mPVTpiN4yPDp4QW2v2CpQzhyv5nlGOZIawYfqs"
    "1xXhcxLzzjddgAXutr8AYdzY4A5BVnsAib5QGyD+j5F/YfdhsTUSmGO/LG0EJB+RnxaAvw"
    "YgoJP3E5j7kncGJSywJPaAyWJp0gy0JWGV0xz/DstTh4/9ZqnZx8ar07+fj5w/tPnz58fh"
    "cIWclbWdLWWfeKC1wRrWG9G7hgpnfJSd7708tK8QAXN8Apb1hFLW8VSSkZogW1USC6yw6w"
    "6IjsI0yM1fyaNiXUA1fJGXsM8ZlLGyikb+7++O3s7hUyupWSnmzRqc0+6EIxVGGaGqTN7i"
    "AxWfRg1yy0kc8yQVzDg7XGeRkG5NxzJlzP2ID7EnLl0ayaXJXg9xRiwzHRpvyOkit+V5nf"
    "Hq8k5q/01KAQiXKzJorFE3YYTOb8p2oW9sT/Ip+QdAL1EVX5IxJVSAsnYIeoVP71mvzryq"
    "j+S0NakT2w/2cp+oGfYb2Nug1EkJCbUsSX60+8uDkXM5uAilHQYLchsZ4QZ4kohA5N9gDT"
    "o3wzNaDdBBfYmlDHtNBby342kCSfqdxHFUxsCrXSU3lNB2v0UFk3Kuum7rCrrJtXIdqprJ"
    "v681hl3bwGLqusm/rzWGXdvAYuq/QQlR6i0kNUekhjCU1E7GKgRmhUSwkJqCsTXF5IVxQq"
    "42Z9xs1SGhJUODPEL5t1YODmTQ0JLar16TbuR70FUPPG8VdsD8gNanjzi8DK3gD073o9lc"
    "b0GtKYDmT5qiym3OhM5tjQ2cf9MoBqtv2Vm8WEltS0+1R86DKHsH+3ucYrzMYxVdfO7xoO"
    "Gkj9ZAFOyEv+Q+DOJGr78yQid09iI9izETSATcPdtalpyTzBW5xZBaJXyydb1Z6S+9Pzt9"
    "9U8oH9LDm+67tJ+7RVdsY2rgcXnWF7NBierj73e9K+uemIpstiP4hvK/nC1nNFrWcEravC"
    "n8oXfmisODS7e2VtmAdnHVI1blSNmwroR8261bipJKovsg6VqsE6hlx3dYx1WisbkVtdZa"
    "LvGJlIB5yKN01giOnOxD4FftLz2yesI/A0RwR8E2vwG8AW4BUznpuAPRsJBVPcYWonfSIy"
    "3bWsx0jb4AU7StCgXPXA26d2u0F/+Re3lq/afrRtwUR1p1DdKWrT7XkfUnbFrOQ1E7Irhu"
    "72ZGzlKqyaq0coKBJB2Vdc0gVlh43ILSi7DZmPQI9OoMH+oksmyM7hI+KJeQb7sYBPx98B"
    "QKLzi9Cynqip/+IPnpp0AagQU5MC8janvydBwSIATd4QjXLRG1rgG5/g77yMzTfwhO05l6"
    "mxCdhPd31Gum6KknXiGUtnbOAJr4CnfEYVlKr99VBECAzTqCJGeYoYFUV4u+juWygpv3wR"
    "NWeQYAvK9cN0nON0NZC6Y2i3cqHdykC7lUDbpGlK43ofqE+7Q6RXh2UBN+hle3jdGfL5zA"
    "U/C92/b7XB8Krd7962R91B379raeF1dE/6VwPGnRm9J1eD3zrD/nWnPzoFM/rIts0FIvY9"
    "+dof/N7rXFx1tG7/dtQd3bnTPRD6ZCB95tYKxLbjznd2d9vtd25vT8HYsTBhZ+s9GXZuux"
    "diXnbWYl3MOhh94a8sFQ5yectbebzlrXRveSu+UtACYknScvoHGRDULeOg9eF9rmPlfcax"
    "8j4Ory+9aXNozYvAnCCs3cZXyjEuVidXTKaYffcbpQxLZ1C5aFX2iWOLjV5gWdxlVu2fMJ"
    "kq/rOm+E+0Ph2ZOUxLL7KhhWm2cnRUSmbOs5Wlb2SJbWyMaSGTtDu8BkeECpqqzgKvbz1V"
    "nbJDvpAauqLYWQjuIYthKo+51DxmTMb0u+aYhRS3CFENT+AygLYYmmyP3whvGa2CPRfsrk"
    "eCJz1oS7QoIgklKesA+a6loqWJH3lTp00YkCRVHCjOgSmyJ/ON5NIopbJbVM1ukQjeyBNp"
    "AJdYs+kDIi8MN2gv8YhPc4DqSK4EXNWDck2XxQV9ZG+lLaAuMd4UgUkECA3d+Q52E8mH1k"
    "6BOsh1tbuqAAcJzwLxoHhrjpcvBOk6mKiuUE2pYdAnL1xrc6BuRJTVpZis3lDxaRRUa6Di"
    "cttLV1S9Cj3FDjrVfHktQpECIS+CKVSSpC5YlRn320YmnnBTUyLy17vTzIr9hasxqp/nrt"
    "ZJ2SGxj+zMKhhHGCKpYchmSU4cSSZJlgtnWVN0SwmIZU+0peUSf70d9FNcziuSuF0PT2zw"
    "FzDwIQspMnA5GNnG1bgdtRk10/EJzvbdu+rH/wOrFRJf"
)
