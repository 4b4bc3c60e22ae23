"""1_20261202033913_moderation: SQL for both dialects (python -m server.makemigration)."""

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
    "action" VARCHAR(20) NOT NULL /* HIDE: hide\nUPHOLD: uphold\nRESTORE: restore\nREMOVE_MEMBER: remove_member\nLIFT_REMOVAL: lift_removal\nRULE_CHANGE: rule_change\nPOLICY_CHANGE: policy_change\nINSTANCE_BLOCK: instance_block\nINSTANCE_UNBLOCK: instance_unblock */,
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
COMMENT ON COLUMN "moderation_log"."action" IS 'HIDE: hide\nUPHOLD: uphold\nRESTORE: restore\nREMOVE_MEMBER: remove_member\nLIFT_REMOVAL: lift_removal\nRULE_CHANGE: rule_change\nPOLICY_CHANGE: policy_change\nINSTANCE_BLOCK: instance_block\nINSTANCE_UNBLOCK: instance_unblock';
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
        DROP TABLE IF EXISTS "flags";
        DROP TABLE IF EXISTS "moderation_log";
        DROP TABLE IF EXISTS "group_removals";
        DROP TABLE IF EXISTS "report_notes";""",
    "postgres": """
        ALTER TABLE "posts" DROP COLUMN "removed_at";
        ALTER TABLE "posts" DROP COLUMN "hidden_at";
        ALTER TABLE "replies" DROP COLUMN "removed_at";
        ALTER TABLE "replies" DROP COLUMN "hidden_at";
        DROP TABLE IF EXISTS "moderation_log";
        DROP TABLE IF EXISTS "report_notes";
        DROP TABLE IF EXISTS "flags";
        DROP TABLE IF EXISTS "group_removals";
        DROP TABLE IF EXISTS "group_policies";
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
    "8S3O32GRv7nzraRW/w6ZfzIBVEGxt08hC6f9ePj3CIGLOJLWn3rdPdzd4ynFkRNTdKVYMA"
    "8j00dXYxs7GdZlnNgjogqx3Wp7nW9GnGoj5NrmpsowWPdS0CdJimdiif5QH5LB3js2R2D9"
    "8rC6/mKFXtYG7lMo61MoxjLUkeFceMCRFYfuynR2LE6VQ4RlYZUa5UF00JlFPXb1mXcR6u"
    "sNsc9doiXkq6oA3NGbI3WugS0tphXsoq94DbEO/aYl1SwrFqULDHZCgd2VBWzie9cN+KYv"
    "91+xr/M3WIsH2AsYMNm6njJ/yx/3sAdpRSzU+1Xqmvye8Q/vGKsbNm3tyKobu1M/fQJa5v"
    "hIvsswi/aUicj5H7zSzvo+ts09xInrwZlHSBeKGgV3RqIwLYGXMNLZvqlPBmaGIiAH033h"
    "yZbApqRq8E4yx3LkmqZUkPkQbjugM9X7z7b6Ricg+bhnlUIYDBlaONAVRpryrtVcUx7ziO"
    "2T9LigmzMSoV75kaslw05jNGpZBdrypERKOqhClWUluILa710Z+BpKmgzQctqmAYqEibla"
    "lgXjpthurFRhSo+sqWgGnzAEwIdGxNHBGgCDDxAyhPwCXHhLf8YeLxI4/HBDZdsLmFGvXV"
    "RYzLEV9/lBd/3fkTtgjFjEo9KjCzYgdGM0NzKxwmcYAIib0pE6XESIypLgn2SXf8+ONrge"
    "++HT8cPG1uLyTehmzEAyIFuyo+qHw9cg0Z6XgzLkcIlT+vyjxeyYVFmRylVFyuMpfnWNcR"
    "2YDJEULF4yrz2EvD26jxTphScbnaXOZ1nUSB2wLqcYxKtQGMm6x5jeLCqEaJFKjKbblXty"
    "XbJ+aFC7eGaVRpjeSaVfVfahfgVjV4yylX4n7ZlXJXVbFgSWQDLOqrCrkHDTiTNGG+8Mg+"
    "/zJERlpnHw/nz2yKGq3ehDi1JTx+X4mjVDWy0eHSON4Wn7z1a49m/ZTpCB4yfHp4ge0vWO"
    "oQjtxvZjmGOdKawYdqc5zXRcxL9Xg9SYDXLBy8QiezEwB5jR4swmZ5gOwDev6J/YfdxkTU"
    "1uGOvDG0UFCwRzzaArz8RMJPXM5j7gmcmNSywBMag6VJJ8iykFVGH9ELPHspDt5/tFpnZx"
    "9ab87ef3z39sOHdx/fBEJW8laWtHXRveICV0RrWO8GLliQoORaBIfTy0rxABc3wClvWEUt"
    "bwkt5jBxTEO0oDYKRHfZARYdkX2EibGaXwWohArqKjnjgCE+c2nLifTN3R+/m929Qka3Ur"
    "LoLTq12QddKIYqTFOD7O495M+LrvWahTbyWSaIa3iw1jgvw4Cce86E6xkbcF9CrjyaVZOr"
    "EvyeQmw4JtqU31Fyxe8q89vjlcT8lZ4aFCJRbtZEeX3CDoPJnP9UzcKe+F/kE5JOoD6iKn"
    "9Eom5r4QTsEJXKv16Tf10Z1X9pSGvYB/b/LEU/8DOst1G3gQgSclOK+HL9gZeD52JmE1Ax"
    "ChrsNiTWE+IsEaXjockeYHqUr6YGtJvgElsT6pgWem3ZzwaS5DOV+6iCiU2h5oMqr+lojR"
    "4q60Zl3dQddpV18yJEO5V1U38eq6ybl8BllXVTfx6rrJuXwGWVHqLSQ1R6iEoPaSyhiYhd"
    "DNQIjSqALAF1ZYLLC+mKQmXcrM+4WUpDggpnhvhls44M3LypIaFFtT7dxv2odwBq3jj+iu"
    "0BuUENb34pdbpVGlP905iOZPmqLKbc6Ezm2NDZx70dQDXb/srNYkJLatp9Kj50mUPYv9tc"
    "4xVm45iqa+d3DQd9zn6wACfkJf8hcGcStf15EpG7J7ER7NkIGsCm4X7k1LRknuAdzqwC0a"
    "vlk61q69PD6fm77336wH6WHN/1/bd92io7YxvXg8vOsD0aDM9Xn/s9ad/cdHgHbXc/iG8r"
    "+cLWc0WtZwStq8Kfyhd+bKw4Nrt7ZW2YR2cdUjVuVI2bCuhHzbrVuKkkqltZh0rVYB1Drr"
    "s6xjqtlY3Ira4y0XeMTKQDTsWbJjDEdGdinwM/6fn1E9YReJojAr6KNfgVYAvwihnPTcCe"
    "jYSCKe4wtZM+EZnuWtZjpG3wgh2FnbFY/FTVA++Q2m3AhvzQhknUISoRTFR3CtWdojZNyV"
    "Wn5LoJ2RVDd3cytnIVVs3VIxQUiaDsKy7pgrLDRuQWlN2GzCegRyfQYH/RJRNk5/AR8cQ8"
    "g/1YwKfj7wAg0flFaFlP1NR/8gdPTboAVIipSQF5l9Pfk6BgEYAmb4hGuegNLfCVT/BPXs"
    "bmK3jC9pzL1NgE7Ke7PiNdN0XJOvGMpTM28IRXwFM+owpK1f56KCIEhmlUEaM8RYyKIrxb"
    "dA8tlJRfvoiaM0iwBeX6YTrOcboaSN0xtFu50G5loN1KoG3SNKVxvQ/Up90j0qvDsoAb9H"
    "N7eN0Z8vnMBT8L3b9vtcHwqt3v3rZH3UHfv2tp4XV0T/pXA8adGb0nV4NfO8P+dac/Ogcz"
    "+si2zQUi9j35pT/4rde5vOpo3f7tqDu6c6d7IPTJQPrMrRWIbced7+Luttvv3N6eg7FjYc"
    "LO1nsy7Nx2L8W87KzFuph1MPrCX1kqHOTylrfyeMtb6d7yVnyloAXEkqTl9A8yIKhbxkHr"
    "3dtcx8rbjGPlbRxeX3rT5tCaF4E5QVi7ja+UY1ysTq6YTDH77jdKGZbOoHLRquwTxxYbvc"
    "CyuMus2j9hMlX8Z03xn2h9OjJzmJZeZEML0+zk6KiUzJxnK0vfyBLb2BjTQiZpd3gNjggV"
    "NFWdBV7feqo6ZYd8ITV0RbG3ENxjFsNUHnOpecyYjOk3zTELKW4RohqewGUAbTE02R6/Ed"
    "4yWgV7LthdjwRPetCWaFFEEkpS1gHyfUtFSxM/8qZOmzAgSao4UJwDU2RP5hvJpVFKZbeo"
    "mt0iEbyRJ9IALrFm0wdEtgw3aC/xiE9zhOpIrgRc1YNyTZfFBX1kb6UtoC4x3hSBSQQIDd"
    "35jnYTyYfWXoE6ynW1v6oARwnPAvGgeGuOl1uCdB1MVFeoptQw6JMXrrU5UDciyuqzmKze"
    "UPFpFFRroOJy27Yrql6FnmIHnWq+vBahSIGQrWAKlSSpC1Zlxv22kYkn3NSUiPz17jSzYn"
    "/haozq57mvdVJ2SOwjO7MKxhGGSGoYslmSE0eSSZLlwlnWFN1SAmLZE21pucSfbwf9FJfz"
    "iiRu18MTG/wNDHzMQooMXA5GtnE1bkdtRs10fIKLQ/eu+v7/tfLb5A=="
)
