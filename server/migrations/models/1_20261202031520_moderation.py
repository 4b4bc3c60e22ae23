"""1_20261202031520_moderation: SQL for both dialects (python -m server.makemigration)."""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

_UPGRADE = {
    "sqlite": """
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
        CREATE TABLE IF NOT EXISTS "moderation_log" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "action" VARCHAR(20) NOT NULL /* HIDE: hide\nUPHOLD: uphold\nRESTORE: restore\nREMOVE_MEMBER: remove_member\nLIFT_REMOVAL: lift_removal\nRULE_CHANGE: rule_change\nPOLICY_CHANGE: policy_change\nINSTANCE_BLOCK: instance_block */,
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
    "until" TIMESTAMP,
    "group_id" INT REFERENCES "groups" ("id") ON DELETE SET NULL
) /* One public entry of the moderation log. Names are copied in, so that an entry reads the */;
CREATE INDEX IF NOT EXISTS "idx_moderation__group_i_2ace3f" ON "moderation_log" ("group_id", "id");
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
        CREATE TABLE IF NOT EXISTS "moderation_log" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "action" VARCHAR(20) NOT NULL,
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
    "until" TIMESTAMPTZ,
    "group_id" INT REFERENCES "groups" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_moderation__group_i_2ace3f" ON "moderation_log" ("group_id", "id");
COMMENT ON COLUMN "moderation_log"."action" IS 'HIDE: hide\nUPHOLD: uphold\nRESTORE: restore\nREMOVE_MEMBER: remove_member\nLIFT_REMOVAL: lift_removal\nRULE_CHANGE: rule_change\nPOLICY_CHANGE: policy_change\nINSTANCE_BLOCK: instance_block';
COMMENT ON TABLE "moderation_log" IS 'One public entry of the moderation log. Names are copied in, so that an entry reads the';
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
        DROP TABLE IF EXISTS "moderation_log";
        DROP TABLE IF EXISTS "group_policies";
        DROP TABLE IF EXISTS "flags";
        DROP TABLE IF EXISTS "group_removals";
        DROP TABLE IF EXISTS "report_notes";""",
    "postgres": """
        ALTER TABLE "posts" DROP COLUMN "hidden_at";
        ALTER TABLE "posts" DROP COLUMN "removed_at";
        ALTER TABLE "replies" DROP COLUMN "hidden_at";
        ALTER TABLE "replies" DROP COLUMN "removed_at";
        DROP TABLE IF EXISTS "report_notes";
        DROP TABLE IF EXISTS "flags";
        DROP TABLE IF EXISTS "moderation_log";
        DROP TABLE IF EXISTS "group_policies";
        DROP TABLE IF EXISTS "group_removals";
DROP FUNCTION IF EXISTS moderation_log_append_only();""",
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return _UPGRADE[db.capabilities.dialect]


async def downgrade(db: BaseDBAsyncClient) -> str:
    return _DOWNGRADE[db.capabilities.dialect]


MODELS_STATE = (
    "eJztXetz4ji2/1dUfJmeKjrVIf3azK1bSzp0mhkCuYTM7Oxkyi2wAG2MxPqRdGqm//cryQ"
    "/8kI0NGIyjLzMdW0c2vyNL533+aiyojgzrpD2x8SO2nxvn4K8GgQvE/pG41wQNuFyu7vAL"
    "NhwbYjB0R2EkLsOxZZvsErszhYaF2CUdWRMTL21MCR/fJsAjeQb2HFsAE8uGZIKAhYgNqA"
    "lMNEH4EelNYNnURDqg/O4r9mR21WQPAkuK2VBoA2z/eMIfq9MJey4ms9Ke4BD8XwdpNp0h"
    "e45M9pw//mSXMdHRN/bTvT+XD9oUI0OPwIl1PoG4rtnPS3HtAs+6xP4sxvL3H2sTajgLsh"
    "q/fLbnlAQE7HX41RkiyIQ24k+wTYfjSxzD8JjhQ+6+7GqI+5YhGh1NoWNwLnFq9wVW1xqa"
    "1h+MtNvOSNMaCQ76FCHIvUsTSjj32ataAoAZf4XX/2i1zs4+tN6cvf/47u2HD+8+vvnIxo"
    "r3Td768N19mRVa7lQCs+5Vtz/iL0TZEnNXH7/wXdBAG7pUghkr9OFSkzHg0xyacvgDghgH"
    "2E+Lc8DHu7osWMBvmoHIzJ6zP9+9eZMB76/t4acv7eErNurHKMh971bLvcfxXuEr4CkArz"
    "9+N+j6F1bwrradveN7lgfes3R0zxLgsn2MmlrxJRwlqyHUpSzlJXw2KJQg/fPtoC9HOkQS"
    "Q1nHExv8DQxsJTbuI0A7A1wOBp95YVn/NcKYvrpu/ysO96fe4EKAQy17ZopZxAQXMegNOo"
    "GG5Jik1ECQyLEPaGLIjxlRvSC/GAx6EcgvurFzsH93fdEZvjoV+LNB2I4cjyugJybikGjQ"
    "TqJ9ye7YeIHkcEcp46vdIz3x/3GEDGiwH6gPiPHsHdIZDBl1rzu3o/b1TYQrl+1Rh99pia"
    "vPsauv3sc+jmAS8Ft39AXwP8G/B/1O/HsJxo3+3eDvBB2baoQ+aVAPyRP+VR+171wenT6E"
    "ZCJ+YQwnD0/Q1LXIndXyWInAko/Ro/38yxAZUKCbXAie7nDpzvN8hMvgu7/w/av+cuD40R"
    "ZNQzR5a9FaxK9AAmfiJ/Fn8yf5utYSj+gDIg2ZHubfa2bqYUvMtBM2LK8eBpbItCiBBmjf"
    "dIEg/YkpQsYz03kscPul/br17j1g6pOrI0n0rE1m2LEe9VKUqNbp2w9vP569fxvoTsGVLJ"
    "VpvXok/l9AtPTH70+mbDT2IlGe5pIoTzMkylOJcsS/CW0OrXkhFSlCVTs19P3bHEC/f5uK"
    "M7+lhJqXKdREdAZo2ZpjbcT3OO0OOO+9clUYfySM9jHJ5DRjlCk1gaQe/yGK9TLAMXzGOx"
    "ADEgpBFOAkup+Z1IZn5Bf0LEDuemb0dKn/zpvmyMBNk/jZZRM+BZJoeFGx385+MXK17E/t"
    "20/ty07je7qGVabuEOhaEt0hrIel6w5RrW+97jAgKORioUzmRwCTMf12Diy2YJAOINE9bw"
    "sRygB9Ik1gIsYHdvMJ23PAfzudTpNqxa4nl2gcf/heK4GLmFxzTKPxZ0wV+auxYgETvNiK"
    "5uMJ+mazY8NGiyX/f4MToW9Ltt9ZDJ+AXx4nvCXnfykNMZjhK/4Qu1zoGXPqWgvdZ20zsf"
    "JGVdIbJVawZKtNVwZWFLU04+ey4mcY8eOqwOpjLoBxhKiWMJfgLfH3qrwg++NriG/r3bsc"
    "+LJRqfiKe1F8g/MmCXCHOIuESBbdNXziPdpp2FAH+XzPi3jj/+46d53Lc+BS35NuX/vc61"
    "59GZ2zU1+bGng2t+/JJdMszoHOZIF7MuyMhr+fiwP/md3ptBm1jlwnXHGrTy6jT4bNJ+Gy"
    "dQUDif089YgNk+xPW3lTYVUlDGhc3Ergmq3pS8hraOapk7ZvIGghzSE2lhzia8w6UVJl1a"
    "k0n7kNDpkmlcjDI/bVZljuAqoauCGyWNr51yjCzUSoRcDR3qB/5Q+Px18oY7kylnPRaQOW"
    "h8jUZlrlzdQ3aEnN5Fn2nRhhnazle7D1ZNjUwybGLe3q4Uj8I2NFXtt6bBlWyb7+2YCzhs"
    "S2Lq43s+zqUzaigEndDaf5wWKq7ZKaNrDn0AaQ27jRAozZ2fRgAQhMx0AnwBvv0Yh/8mFy"
    "c/quJpaa0vld7QG565z94Bm7kWlIn5nU8UOT92zofilW7tLChSLMzmtdDdHU0Pi3+6h//i"
    "FqNraNQpFZUaoaAt3KZcVuZVixW0krtkCNCWPYj2fNuWEk6OokOO3MdidQsia0WIpQlKqG"
    "K3n3VmdCZb6CdCuKP17ZTwrbT47OL8O+I1LUKzO46fTPAae8J1x5vRy2f2MXeHCFzuR2dv"
    "Wye3vdvb3lrhsdWwtsWdx7c3fzpdNjl5zl3F92B/82lMFro2/n2CwgOppgfSM2RymVnavK"
    "XN5zOneckxUKoy8lqMNT4IsF20aJlCAsEYTDNo+cqIZJFKYSTPnWUgzSEIVCVKauoaUh9y"
    "Ck68Ehko0wrdhZWYoGXAzRFYUCdK2XReySO3CxXPnzHNkWkNe/Ej5N5M6V+Na6A1Bv6DEX"
    "v1iLaeg4WQ+p2Ch3gOnQn+e4toG8mIbPk/Wg+v6m7WGteepSVETPsVodmfOh+GL1pqnpWl"
    "2d1BFE2fNB/67XO5TD2j3LJB7r4JBLd1mLc6JAKT8TQSBoToCY3QJ0Cij3Dgdl9yw+yq+0"
    "By3w1TKc2T95OsBXefG+HcypykxUy2/M2VPEauOPr13xg1JSRQr7iuvsJj5t5fIgtDJcCK"
    "1kVgfbkwpZHb3xCt98+Np0iSebOtUC4j061SC7aVpF3Wr97mg4uOKuNcvGD+z4mt6T39qj"
    "zvAcPLE3NO9Jr92/ZPLYTeccGOwZ1mQOl/ek3x7dDdklAm3HYaPaV8Pup7uee5GPG1Pn6Z"
    "586nWv2Wzn4MHACwjte9Lpd4ZXv58DDsEMo3syGH3hTwu9fuEojFxBGBkxGHHehzFKrIB0"
    "F3aMTHmyVSbADre8OmcCLNjPLHKYrSjK+sgS8tiein6VIo0pF2WpLsoDZfhXzEaxB6Athi"
    "bb4zfCW0arYM/ngqeGQZ+YdFYU8wShAjxf2W9nbOAJj1DXlmhRRARNUtYB8n2LoUsTPzJw"
    "NmJAklRxoDgHpsiezDdSBKKUKnSuaqFzCc95ukci6lXbsv63nxt3ZGpfmucn5sld0EdobI"
    "mQ8GwM3anqitQCLcZMHpnj5ZZgXQcT1RUqg840ROztK+9fU71HZx02VY2iBBLBKVuCVLPA"
    "lHigCTVtjWf4bInSUMzU91KFaomVY2wNUq1CHIo1uQh/k0wRkoQ3+UgOCBpR9p+c5+JNMF"
    "2NYC0aweGBkBbHscJoTTSHJpiTv0GjG3vxg6irC+w5k0DnlL30T+zfKAjAYLctZNsMDAuM"
    "qUN0fncBXlkIAf4ipmDziRAlZT0aS3qIivuoVtzHQtRwlKoTqdhGaFScviSoXFhXtSUyJ4"
    "hIVPZUZBN0Cl0Junz9wcmE7Te2xrZnTYfPRZevjFxhnYI1NWeQYEvs5UWBTtDuD+XTI4G4"
    "EqlnR3/IFTCkJUXotekqvnhcdrLKQdmwu1SVHYdK+1a4NEk7ZKVbJ2qHbYN5RG3XQgYEGd"
    "LB1KQL4AU/N4GoY8v+XNCF17j8lXupTwn6EUzZhRml0s58O5t3vUCdWtvLb5eiqntVaSPL"
    "ktY3qrmsqi1X1vsTNQtCq1iA5YpCxVaq2Er1Vcm+KgNPN+NyhFDtnFXmcSUUqLrp/a71lh"
    "asNBMnUwUSktCqZpmq5MSR6PHxZbsDUGuex7+2Bal0k90frhXbW/PCGj9XKpXO3+VB9NfI"
    "sqDY1xI2qsj9ZpaNyg3HX7hDc9uoTDRBmFuRgq6sT3NqIdGNFdqOicBkjiYPbAB17CZ4gp"
    "h7bHnr1jEC7GUMjKQ2qp3NW9BGVUoj10KGKtVvld/bR7/VPediVYwFe8idgM8GhRKEf74d"
    "9FNi9lckcb0XT2zwNzDwMQfnycDlYGRbmOLGpGZUjeUTJOpQi8bAIvWh2BJPENawSEE5CX"
    "HHVvlbdWQVW7rqyLpbC4PqyPrCLKCqI+sL4bPqyLqOpWX4Cn1FeIO9NEZaw320ZpVYtooj"
    "26VNyRVTb73w+obUrhQb08y2LbmjNSs8fK15aTRHgMmQwKRPbltC9/4YWexPbAWpAD8Bzy"
    "8Oxs8iR2CKTct+bTqEpwi8dpZJC9Nup1aZBdWKVRL/T8CarvX642uo7J7mUnZPM5TdU0lj"
    "PDSTFmTLaNsWUNRABtgDwqru3YHkLdcxKTb9gks8SbnPkpP6ApOiJSc3XvC7tsLwXnIa3y"
    "L4Q+W4X1DK1EUih15KH0N/zCYoC37/7Nzv+r8YDHqR9X/RjS/wu+uLDuOFYAUbhO2Ia0SV"
    "OarKrqPKHB2aAyomN333V1p2CVp2Dz9IIzbE9WaWNm2wETk16FuvCQLRgUg6RXoTEPSITO"
    "BYPPWHmsCE5IFxP6kiF6SV6MB/NNjLeZY/XlSF4RG65Da9+VMpygdUlFU52lKdwupQeSmH"
    "SsSnPCkcux4mUWHWlejnWTF5WLXzrCSkGakAgaCjotazwqvDW1/Vmk9WbMHmhVT1ntw9pu"
    "t7Tx5GjQxVP5Uok9HaqOkqZawY61rFMh1eqRoYZEWJRB6l8h1S5TOpsXGcqk+7R8eGuzIL"
    "OjYa1x1u+D73Sp3ck+vBZWfYHg34JT+d554MfuvzQfSJeE84uCPkPxSTjfTFCKFSF49LXZ"
    "ygpY1kqUBZPq8wmXJ15Xd1uZ1QtMKWrzhdHZwsezCBqQIJLySL/9hkJJXEv24jrnsSfxXr"
    "G67N4T+QlhlqHCFTM6N9JTL0zKAwt2bQWT4f5oAg4EaZAN4E45k3fOeRuKu5AJvrBPTZO7"
    "mt3yd0iZEOMGkCi7rhvZB4xFyO5DG+KOHvLOk598RiBABObWSuyizy5gK8uOKSad1s4skc"
    "khnyKpz7hRnZYrF5DUZsW8iYAmx57lf3sdtWYFTFFyt2IDUzlHblSFy3s1ZdE8yVY8WLXa"
    "QFna63zqyoqxzH3vjSveycgznW2dZ4d/Nl0Ls8B86Sd3jgycK3owHvW85A5eEn/Mr14NeO"
    "5ht03L1R8+06ve7nkSaGtHvngNfN86vsMsq7Xkdjekn/is/H9lvN3WXvyc2g1/30e3DP7U"
    "8S3O32GRv7nzraRW/w6ZfzIBVEGxt08rCJnWj3bdHdjdwynFkRFTZKVYPg8D00bHYxs7Gd"
    "ZjXNgjogqx3Wp7nW9GnGoj5NrmpsowWPYy0CdJimdiif5QH5LB3js2TmDt8HC6/mKFXtYG"
    "7lMny1MgxfLUmOFMeMCQhYfqSnR1nE6VSoRVaJUK4wF033k1PXb1mXcR6usNsc9doiXkoq"
    "oA1Npt1vtNAlpLXDvJRV7gG3Id61xbqkZGLVfGCPiU46sqGsVE96Ub4Vxf5r8jX+Z+oQYd"
    "cAYwcbNlPGT/hj//cA7CilUp9qq1Jfc94hfN8VY2fNPLUVQ3drR+2hy1ffCPfXZxFa05A4"
    "FiP3m1meRdeRprlROnmzI+kC8SJAr+jURgSwM+YaWjbVKeGNzsREAPouujky2RTUjF4Jxl"
    "nuXJI0ypIeIg20dQd6fnb330jF2x42xfKowvuCK0cb36dSWlVKq4pR3nGMsn+WFBNmY1Qq"
    "ljM1HLloPGeMSiG7XlWIiEZVCUGspLYQW1zrIzsDSVNBmw9aVMEQT5ESK1PBvFTZDNWLjS"
    "hQ0ZUtAdPmwZUQ6NiaOCL4EGDiB0eegEuOCW/nw8TjRx5rCWy6YHMLNeqrixiXI77+KC/s"
    "uvMnbBFmGZV6VNBlxQ6MZobmVjhM4gAREntTJkqJkRhTXRLsk+748cfXAt99O344eNrcXk"
    "i8DdmIB0QKdlVYUPl65Boy0vFmXI4QKn9elXm8kguLMjlKqbhcZS7Psa4jsgGTI4SKx1Xm"
    "sZdit1FTnTCl4nK1ucxrNonitQXU4xiVavEXN1nz+sOFUY0SKVCV23Kvbku2T8wLF2UN06"
    "iyGck1q2q71C7ArWrwllOKxP2yK+WuqmIxksgGWNRXFXIPGnAmabB84ZF9/mWIjLSuPR7O"
    "n9kUNVq9CXFqS3j8nhFHqWpko8OlcbwtPnlr0x7N+inTETxk+PTwAttfsNQhHLnfzHIMc6"
    "Q1gw/V5jivi5iX4fH6jQCvETh4hU5mJwDy+jtYhM3yANkH9PwT+w+7jYmom8MdeWNooaAY"
    "j3i0BXhpiYSfuJzH3BM4MallgSc0BkuTTpBlIauMHqEXePZSHLz/aLXOzj603py9//ju7Y"
    "cP7z6+CYSs5K0saeuie8UFrojWsN4NXLAgQcm1CA6nl5XiAS5ugFPesIpa3hJazGHimIZo"
    "QW0UiO6yAyw6IvsIE2M1vwZQCdXRVXLGAUN85tJ2Eumbuz9+N7t7hYxupWTRW3Rqsw+6UA"
    "xVmKYG2d17yJ8XHek1C23ks0wQ1/BgrXFehgE595wJ1zM24L6EXHk0qyZXJfg9hdhwTLQp"
    "v6Pkit9V5rfHK4n5Kz01KESi3KyJ0vmEHQaTOf+pmoU98b/IJySdQH1EVf6IRN3WwgnYIS"
    "qVf70m/7oyqv/SkNanD+z/WYp+4GdYb6NuAxEk5KYU8eX6Ay/1zsXMJqBiFDTYbUisJ8RZ"
    "IsrCQ5M9wPQoX00NaDfBJbYm1DEt9Nqynw0kyWcq91EFE5tCjQVVXtPRGj1U1o3Kuqk77C"
    "rr5kWIdirrpv48Vlk3L4HLKuum/jxWWTcvgcsqPUSlh6j0EJUe0lhCExG7GKgRGlUAWQLq"
    "ygSXF9IVhcq4WZ9xs5SGBBXODPHLZh0ZuHlTQ0KLan26jftR7wDUvHH8FdsDcoMa3vxS6n"
    "SrNKb6pzEdyfJVWUy50ZnMsaGzj3s7gGq2/ZWbxYSW1LT7VHzoMoewf7e5xivMxjFV187v"
    "Gg76nP1gAU7IS/5D4M4kavvzJCJ3T2Ij2LMRNIBNw73GqWnJPME7nFkFolfLJ1vV1qeH0/"
    "N33/v0gf0sOb7re2v7tFV2xjauB5edYXs0GJ6vPvd70r656fDu2O5+EN9W8oWt54pazwha"
    "V4U/lS/82FhxbHb3ytowj846pGrcqBo3FdCPmnWrcVNJVLeyDpWqwTqGXHd1jHVaKxuRW1"
    "1lou8YmUgHnIo3TWCI6c7EPgd+0vPrJ6wj8DRHBHwVa/ArwBbgFTOem4A9GwkFU9xhaid9"
    "IjLdtazHSNvgBTsKO2Ox+KmqB94htduADfmhDZOoQ1QimKjuFKo7RW2akqtOyXUTsiuG7u"
    "5kbOUqrJqrRygoEkHZV1zSBWWHjcgtKLsNmU9Aj06gwf6iSybIzuEj4ol5BvuxgE/H3wFA"
    "ovOL0LKeqKn/5A+emnQBqBBTkwLyLqe/J0HBIgBN3hCNctEbWuArn+CfvIzNV/CE7TmXqb"
    "EJ2E93fUa6boqSdeIZS2ds4AmvgKd8RhWUqv31UEQIDNOoIkZ5ihgVRXi36B5aKCm/fBE1"
    "Z5BgC8r1w3Sc43Q1kLpjaLdyod3KQLuVQNukaUrjeh+oT7tHpFeHZQE36Of28Loz5POZC3"
    "4Wun/faoPhVbvfvW2PuoO+f9fSwuvonvSvBow7M3pPrga/dob9605/dA5m9JFtmwtE7Hvy"
    "S3/wW69zedXRuv3bUXd05073QOiTgfSZWysQ244738Xdbbffub09B2PHwoSdrfdk2LntXo"
    "p52VmLdTHrYPSFv7JUOMjlLW/l8Za30r3lrfhKQQuIJUnL6R9kQFC3jIPWu7e5jpW3GcfK"
    "2zi8vvSmzaE1LwJzgrB2G18px7hYnVwxmWL23W+UMiydQeWiVdknji02eoFlcZdZtX/CZK"
    "r4z5riP9H6dGTmMC29yIYWptnJ0VEpmTnPVpa+kSW2sTGmhUzS7vAaHBEqaKo6C7y+9VR1"
    "yg75QmroimJvIbjHLIapPOZS85gxGdNvmmMWUtwiRDU8gcsA2mJosj1+I7xltAr2XLC7Hg"
    "me9KAt0aKIJJSkrAPk+5aKliZ+5E2dNmFAklRxoDgHpsiezDeSS6OUym5RNbtFIngjT6QB"
    "XGLNpg+IbBlu0F7iEZ/mCNWRXAm4qgflmi6LC/rI3kpbQF1ivCkCkwgQGrrzHe0mkg+tvQ"
    "J1lOtqf1UBjhKeBeJB8dYcL7cE6TqYqK5QTalh0CcvXGtzoG5ElNVnMVm9oeLTKKjWQMXl"
    "tm1XVL0KPcUOOtV8eS1CkQIhW8EUKklSF6zKjPttIxNPuKkpEfnr3Wlmxf7C1RjVz3Nf66"
    "TskNhHdmYVjCMMkdQwZLMkJ44kkyTLhbOsKbqlBMSyJ9rScok/3w76KS7nFUncrocnNvgb"
    "GPiYhRQZuByMbONq3I7ajJrp+AQXh+5d9f3/ATQGz1w="
)
