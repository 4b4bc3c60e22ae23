"""1_20261202034724_moderation: SQL for both dialects (python -m server.makemigration)."""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

_UPGRADE = {
    "sqlite": """
        CREATE TABLE IF NOT EXISTS "moderation_log" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "action" VARCHAR(20) NOT NULL /* HIDE: hide\nUPHOLD: uphold\nRESTORE: restore\nREMOVE_MEMBER: remove_member\nLIFT_REMOVAL: lift_removal\nRULE_CHANGE: rule_change\nPOLICY_CHANGE: policy_change\nINSTANCE_BLOCK: instance_block\nINSTANCE_UNBLOCK: instance_unblock */,
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
COMMENT ON COLUMN "moderation_log"."action" IS 'HIDE: hide\nUPHOLD: uphold\nRESTORE: restore\nREMOVE_MEMBER: remove_member\nLIFT_REMOVAL: lift_removal\nRULE_CHANGE: rule_change\nPOLICY_CHANGE: policy_change\nINSTANCE_BLOCK: instance_block\nINSTANCE_UNBLOCK: instance_unblock';
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
        DROP TABLE IF EXISTS "group_removals";
        DROP TABLE IF EXISTS "moderation_log";
        DROP TABLE IF EXISTS "flags";
        DROP TABLE IF EXISTS "report_notes";""",
    "postgres": """
        ALTER TABLE "posts" DROP COLUMN "removed_at";
        ALTER TABLE "posts" DROP COLUMN "hidden_at";
        ALTER TABLE "replies" DROP COLUMN "removed_at";
        ALTER TABLE "replies" DROP COLUMN "hidden_at";
        DROP TABLE IF EXISTS "group_policies";
        DROP TABLE IF EXISTS "moderation_log";
        DROP TABLE IF EXISTS "report_notes";
        DROP TABLE IF EXISTS "group_removals";
        DROP TABLE IF EXISTS "flags";
DROP FUNCTION IF EXISTS moderation_log_append_only();""",
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return _UPGRADE[db.capabilities.dialect]


async def downgrade(db: BaseDBAsyncClient) -> str:
    return _DOWNGRADE[db.capabilities.dialect]


MODELS_STATE = (
    "eJztXetz4ji2/1dUfJmeKjrVIf3a9K1bSzokzTSBXEKmd3az5RZYgDZGYv1IOjXT//uV5A"
    "d+yMYmGIyjLzMdW0c2vyNL533+bCyojgzrqD2x8QO2nxqn4M8GgQvE/pG41wQNuFyu7vAL"
    "NhwbYjB0R2EkLsOxZZvsErszhYaF2CUdWRMTL21MCR/fJsAjeQL2HFsAE8uGZIKAhYgNqA"
    "lMNEH4AelNYNnURDqg/O4r9mR21WQPAkuK2VBoA2z/esQfq9MJey4ms9Ke4BD8XwdpNp0h"
    "e45M9px//ZtdxkRHP9hP9/5c3mtTjAw9AifW+QTiumY/LcW1MzzrEvtCjOXvP9Ym1HAWZD"
    "V++WTPKQkI2OvwqzNEkAltxJ9gmw7HlziG4THDh9x92dUQ9y1DNDqaQsfgXOLU7gusrjU0"
    "rT8YaTedkaY1Ehz0KUKQe5cmlHDus1e1BAAz/gqv/9ZqnZx8aL05ef/x3dsPH959fPORjR"
    "Xvm7z14af7Miu03KkEZt3Lbn/EX4iyJeauPn7hp6CBNnSpBDNW6MOlJmPA5zk05fAHBDEO"
    "sJ8W54CPd3VZsIA/NAORmT1nf7578yYD3t/bw89f2sNXbNSvUZD73q2We4/jvcJXwFMAXn"
    "/8dtD1L6zgXW07O8f3JA+8J+noniTAZfsYNbXiSzhKVkOoS1nKS/hkUChB+rebQV+OdIgk"
    "hrKOJzb4CxjYSmzcB4B2BrgcDD7zwrL+a4QxfXXV/kcc7s+9wZkAh1r2zBSziAnOYtAbdA"
    "INyTFJqYEgkWMf0MSQHzOiekF+Nhj0IpCfdWPnYP/26qwzfHUs8GeDsB05HldAT0zEIdGg"
    "nUT7nN2x8QLJ4Y5Sxle7R3rk/+MAGdBgP1AfEOPJO6QzGDLqXnVuRu2r6whXztujDr/TEl"
    "efYldfvY99HMEk4Ft39AXwP8E/B/1O/HsJxo3+2eDvBB2baoQ+alAPyRP+VR+1n1wend6H"
    "ZCJ+YQwn94/Q1LXIndXyWInAko/Ro734OkQGFOgmF4KnO5y78zwd4DL46S98/6q/HDh+tE"
    "XTEE3eWrQW8SuQwJn4SfzZ/Em+rrXEI3qPSEOmh/n3mpl62BIz7YQNy6uHgSUyLUqgAdrX"
    "XSBIPzFFyHhiOo8Fbr60X7fevQdMfXJ1JImetckMW9ajXooS1Tp+++Htx5P3bwPdKbiSpT"
    "KtV4/E/wuIlv743cmUjcZOJMrjXBLlcYZEeSxRjvg3oc2hNS+kIkWoaqeGvn+bA+j3b1Nx"
    "5reUUPMyhZqIzgAtW3Osjfgep90C571XrgrjD4TRPiaZnGaMMqUmkNTjP0SxXgY4hM94C2"
    "JAQiGIApxE94JJbXhGvqInAXLXM6OnS/233jQHBm6axM8um/AxkETDi4r9dvaLkatlf27f"
    "fG6fdxo/0zWsMnWHQNeS6A5hPSxdd4hqfet1hwFBIRcLZTI/ApiM6Y9TYLEFg3QAie55W4"
    "hQBugjaQITMT6wm4/YngP+2+l0mlQrtj25ROP4l++1EriIyTXHNBr/jqkifzZWLGCCF1vR"
    "fDxBP2x2bNhoseT/b3Ai9GPJ9juL4RPwy+OEt+T8L6UhBjN8xR9ilws9Y05da6H7rOdMrL"
    "xRlfRGiRUs2WrTlYEVRS3N+Lms+BlG/LgqsPqYC2AcIaolzCV4S/y9Ki/I/vga4tt69y4H"
    "vmxUKr7iXhTf4LxJAtwhziIhkkV3DZ94h3YaNtRBPt/zIt74v9vObef8FLjUd6Tb1y563c"
    "svo1N26mtTA8/m9h05Z5rFKdCZLHBHhp3R8I9TceA/sTudNqPWkeuEK271yWX0ybD5JFy2"
    "rmAgsZ+nHrFhkt1pK28qrKqEAY2LWwlcszV9CXkNzTx10vYNBC2kOcTGkkN8jVknSqqsOp"
    "XmM7fBIdOkEnl4xL7aDMtdQFUDN0QWSzv/GEW4mQi1CDjaG/Qv/eHx+AtlLFfGci46bcDy"
    "EJnaTKu8mfoGLamZPMu+EyOsk7V8B7aeDJt62MT4TLt6OBL/wFiR17YeW4ZVsq9fGHDWkN"
    "jWxfVmll19ykYUMKm74TS/WEy1XVLTBvYc2gByGzdagDE7m+4tAIHpGOgIeOM9GvFPPkxu"
    "Tt/WxFJTOr+r3SN3nbMfPGM3Mg3pM5M6fmjyjg3dL8XKXVq4UITZea2rIZoaGv+2H/XPP0"
    "TNxrZRKDIrSlVDoFu5rNitDCt2K2nFFqgxYQz78aw5N4wEXZ0Ep63Z7gRK1oQWSxGKUtVw"
    "JW/f6kyozFeQbkXxxyv7SWH7ycH5Zdh3RIp6ZQbXnf4p4JR3hCuv58P2N3aBB1foTG5nV8"
    "+7N1fdmxvuutGxtcCWxb03t9dfOj12yVnO/WW3929DGbw2+nYOzQKiownWN2JzlFLZuarM"
    "5R2nc8c5WaEw+lKCOjwFvliwbZRICcISQThs88iJaphEYSrBlG8txSANUShEZeoaWhpyD0"
    "K6Hhwi2QjTip2VpWjAxRBdUShA13pZxC65BRfLpT/PgW0Bef0r4dNE7lyJb61bAPWaHnLx"
    "i7WYho6T9ZCKjXILmA79eQ5rG8iLafg8WQ+q7296Pqw1T12Kiug5Vqsjcz4UX6zeNDVdq6"
    "uTOoIoez7o3/Z6+3JYu2eZxGMdHHLpLmtxThQo5WciCATNERCzW4BOAeXe4aDsnsVH+ZX2"
    "oAW+W4Yz+ztPB/guL963hTlVmYlq+Y05e4pYbfzxtSt+UEqqSGFfcZ3dxMetXB6EVoYLoZ"
    "XM6mB7UiGrozde4ZsPX5su8WRTp1pAvEOnGmQ3TauoW63fHQ0Hl9y1Ztn4nh1f0zvyrT3q"
    "DE/BI3tD84702v1zJo9dd06BwZ5hTeZweUf67dHtkF0i0HYcNqp9Oex+vu25F/m4MXUe78"
    "jnXveKzXYK7g28gNC+I51+Z3j5xyngEMwwuiOD0Rf+tNDrF47CyBWEkRGDEed9GKPECkh3"
    "YcfIlCdbZQJsccurcybAgv3MIofZiqKsjywhj+2o6Fcp0phyUZbqotxThn/FbBQ7ANpiaL"
    "I9fiO8ZbQK9nwueGoY9JFJZ0UxTxAqwPOV/XbGBp7wCHVtiRZFRNAkZR0g37UYujTxAwNn"
    "IwYkSRUHinNgiuzJfCNFIEqpQueqFjqX8JyneySiXrVn1v/2c+MOTO1L8/zEPLkL+gCNZy"
    "IkPBtDd6q6IrVAizGTR+Z4+UywroKJ6goV/9ifCVLNoi3i0RPUtDWetvJMlIZipr6X/1JL"
    "rBzj2SDVym9frHND+Jtk0r0kZsdHckDQiLL/5Nzsr4PpagRr0bAED4S04IQVRmtCFDTBnP"
    "xdB92Agl9EsVhgz5lYNafspT+xf6MgqoDdtpBtMzAsMKYO0fndBXhlIQT4i5iCzUdCPpI1"
    "HizpISqYoVrBDAtRmFAqI6diG6FRweeSSGlhMmRavDlBRKKHpiKboFPoStDl6w9OJmy/sT"
    "W2PWs6fCq6fGXkCusUrKk5gwRbYi8vCnSCdncoHx8IxJXIpzr4Q66AdSgpQq/NwfDF47Iz"
    "MPbKhu3lX2w5/tc3LaVJ2iHT0zpRO2zwyiNqu2YfIMiQDqYmXQAvorcJRHFW9ueCLrxu3K"
    "/cS31K0K9gyi7MKJW2m9vavOsF6tSCVX4PEFWyqkobWZa0vlEhYVVCuLIujahZEFrFogZX"
    "FCpgUAUMqq9K9lUZeLoZlyOEauesMo8roUDVTe93rbe0YPmUOJnK+k9CqzpAqjoKB6LHx5"
    "ftFkCteXL62r6a0k12d7hWbG/NC2v8XKlUjnqXR4ZfIcuCYl9L2Kgi95tZNio3xnzhDs1t"
    "ozLRBGFuRQpajT7OqYVEi1FoOyYCkzma3LMB1LGb4BFi7rHl/UjHCLCXMTCS2qi2Nm9BG1"
    "Up3UkLGapUE1F+bxdNRHecYFQxFuwgIQA+GRRKEP7tZtBPCURfkcT1XjyxwV/AwIccnCcD"
    "l4ORbWGKG5OaUTWWT5Aoriy63Yp4/mJLPEFYw8z7crK8Dq2ctWozKrZ01WZ0uxYG1Wb0hV"
    "lAVZvRF8Jn1WZ0HUvL8BX6ivAGe2mMtIb7aM3KizwrjmybNiVXTL3xwusbUrtSbEwz27bk"
    "jtas8PC15qXRHAEmQwKTPrq99tz7Y2SxP7EVpAJ8Ap5fHIyfRI7AFJuW/dp0CE8ReO0skx"
    "am7U6tMguqFask/p+ANV3r9cfXUNk9zqXsHmcou8eSbm9oJq0yltGLLKCogQywA4RVMbc9"
    "yVuuY1Js+gWXeJJyl3UU9QUmResobrzgt22F4Q3SNL5F8IfKcT+jlKmLRA69lD6G/phNUB"
    "b8/tm52/V/Nhj0Iuv/rBtf4LdXZx3GC8EKNgjbEdeIqt1TlV1H1e7ZNwdUTG767q+07BK0"
    "7B6+l0ZsiOvNLG3aYCNyatA3XmV/ogORdIr0JiDoAZnAsXjqDzWBCck9435SRS5IK21qz1"
    "7Os/zxoioMj9Alt5NLvMW9UpR3qSirGqulOoXVofJSDpWIT3lSOHY9TKLCrCvRpLJi8rDq"
    "UVlJSDNSAQJBR0WtZ4VXh7e+qnVUrNiCzQupaqi4fUzXN1TcjxoZKukpUSajBT/TVcpYhd"
    "G1imU6vFI1MMiKEok8SuXbp8pnUmPjOFWfdoeODXdlFnRsNK463PB96pU6uSNXg/POsD0a"
    "8Et+Os8dGXzr80H0kXhP2Lsj5D8Uk430xQihUhcPS12coKWNZKlAWT6vMJlydeV3dbntPb"
    "TClq84XR2cLDswgakCCS8ki//QZCSVxL9uI657En8V6xuuzeHfk5ZJ9R6ddYhtSmuOh283"
    "M/XMoDC3ZtBZPh/mgCDgRpkAxJ/Au5jzSNzVXIDNdQT67J3cfuYTusRIB5g0gUXd8F5IPG"
    "IuR/IYX5Twd5b0nDtiMQIApzYyV2UWeXMBXlxxybRuNvFkDskMeRXO/cKMbLHYvAYjti1k"
    "TAG2PPer+9jnVmBUxRcrdiA1M5R25Uhct7NWXRPMlWPFi12kBZ2ut86sqKscx9740j3vnI"
    "I51tnWeHv9ZdA7PwXOknd44MnCN6MBb8bNQOXhJ/zK1eD3juYbdNy9UfPtOr3uxUgTQ9q9"
    "U8Dr5vlVdhnlba+jMb2kf8nnY/ut5u6yd+R60Ot+/iO45/YnCe52+4yN/c8d7aw3+Pz1NE"
    "gF0cYGndyH7t/24yMcIsZsYkvafj/wfWheVdNvSymXbhnOrIjlIEpVg5j8HTR/djGzsZ1m"
    "rM6COiCrHdbHubaJ44x94ji5UWAbLXj4cBGgwzS1Q/kkD8gn6RifJBOm+PFTeDVHqWoHcy"
    "uXvbGVYW9sSVLTOGZMLsNySSo9uCVOp86/rMqs3E5RNMtSTl2/ZV3GebjCbnPUa4t4KRmY"
    "NjRnyN5ooUtIa4d5KavcA25DvGuLdUk53Krnww7zy3RkQ1mFpPRaiCuK3ZdCbPzP1CHCnA"
    "TGDjZsTKwj/tj/3QM7SimQqLrZ1MuKWpGkvmvhzrkQoSINiaMscr+Z5SlzHUOaG3WSN9uP"
    "LhAvavOKTm1EAPt4r6BlU50S3rhLTASg73KaI5NNQc3olWCc5c4lSQss6SHSwFF3oOc3dv"
    "+NVPzoflMGDypcLbhysPFqKkVTpWiqmNstx9z6Z0kx91iMSsUmpobXFo1PjFEpZNcHKUZE"
    "o6qE1FUyTDG2uNZHKgaSpoI2H7SogiGLIsVTpoJ5qZ8ZqhcbUaBCKVsCps2DBSHQsTVxRD"
    "AdwMQP9jsC5xwT3p6GiccPPHYQ2HTB5hZq1HcXMS5HfP9VXqh06094RthgVOpRQYQVOzCa"
    "GZpbYf/zHlzPO1MmSnE+j6kuiaJIt6j742uB764t6hw8bW4vJGbcbMQDIgW7KpSnjOhyDR"
    "npeDMuRwiVo6TKPF7JhUWZHKVUXK4yl+dY1xHZgMkRQsXjKvPYSxnbqElMmFJxudpc5jWI"
    "RDHWAupxjEq1rIubrHk93cKoRokUqMptuVO3Jdsn5oWLjIZpVBmItPQuVatEldbYu2OlWG"
    "kN98uulLuqisU1IhtgUV9VyD1owJmkYfCZR3bxdYiMtC40Hs4XbIoard6EOPVMePweCAep"
    "amSjw6Vx/Fx88tZaPZj1U6YjeMjw6eEFtr9gqUM4cr+Z5RjmSGsGH6rNcV4XMS8r4/XPAF"
    "5ja/AKHc2OAOT1ZLAIm+UBsvfo6RP7D7uNiagDwx15Y2ihoLiMeLQFeKmEhJ+4nMfcETgx"
    "qWWBRzQGS5NOkGUhq4yel2d49lIcvH9rtU5OPrTenLz/+O7thw/vPr4JhKzkrSxp66x7yQ"
    "WuiNaw3g1cMNO75CTv/ellpXiAixvglDesopa3iqSUDNGC2igQ3WUHWHRE9hEmxmp+xZoS"
    "qn2r5Iw9hvjMpe0R0jd3f/x2dvcKGd1KSU+26NRmH3ShGKowTQ3SZneQmCw6rGsW2shnmS"
    "Cu4cFa47wMA3LuOROuZ2zAfQm58mhWTa5K8HsKseGYaFN+R8kVv6vMb49XEvNXempQiES5"
    "WROl4Ak7DCZz/lM1C3vif5FPSDqB+oiq/BGJGqOFE7BDVCr/ek3+dWVU/6Uhrbce2P+zFP"
    "3Az7DeRt0GIkjITSniy/UXXrqci5lNQMUoaLDbkFiPiLNElDmHJnuA6VG+mhrQboJzbE2o"
    "Y1rotWU/GUiSz1TuowomNoUa5am8poM1eqisG5V1U3fYVdbNixDtVNZN/Xmssm5eApdV1k"
    "39eayybl4Cl1V6iEoPUekhKj2ksYQmInYxUCM0qqWEBNSVCS4vpCsKlXGzPuNmKQ0JKpwZ"
    "4pfNOjBw86aGhBbV+nQb96PeAqh54/grtgfkBjW8+UVgZW8A+re9nkpjeglpTAeyfFUWU2"
    "50JnNs6Ozjfh5ANdv+ys1iQktq2n0qPnSZQ9i/21zjFWbjmKpr53cNBw2kfrEAJ+Ql/yFw"
    "ZxK1/XkSkbsnsRHs2QgawKbh3tnUtGSe4C3OrALRq+WTrWpPyf3p+dtvKnnPfpYc3/W9on"
    "3aKjtjG1eD886wPRoMT1ef+x1pX193eLdndz+Ibyv5wtZzRa1nBK2rwp/KF35orDg0u3tl"
    "bZgHZx1SNW5UjZsK6EfNutW4qSSqz7IOlarBOoZcd3WMdVorG5FbXWWi7xiZSAecijdNYI"
    "jpzsQ+BX7S8+tHrCPwOEcEfBdr8DvAFuAVM56agD0bCQVT3GFqJ30kMt21rMdI2+AFO0rQ"
    "oFz1wNundrtBf/lnt5av2n60bcFEdadQ3Slq0+15H1J2xazkNROyK4bu9mRs5SqsmqtHKC"
    "gSQdlXXNIFZYeNyC0ouw2Zj0CPTqDB/qJLJsjO4QPiiXkG+7GAT8ffAUCi84vQsh6pqX/y"
    "B09NugBUiKlJAXmb09+RoGARgCZviEa56A0t8J1P8HdexuY7eMT2nMvU2ATsp7s+I103Rc"
    "k68YylMzbwhFfAUz6jCkrV/nooIgSGaVQRozxFjIoivF109y2UlF++iJozSLAF5fphOs5x"
    "uhpI3TG0W7nQbmWg3UqgbdI0pXG9D9Sn3SHSq8OygBv0oj286gz5fOaCn4Xu3zfaYHjZ7n"
    "dv2qPuoO/ftbTwOroj/csB486M3pHLwe+dYf+q0x+dghl9YNvmAhH7jnztD771OueXHa3b"
    "vxl1R7fudPeEPhpIn7m1ArHtuPOd3d50+52bm1MwdixM2Nl6R4adm+65mJedtVgXsw5GX/"
    "grS4WDXN7yVh5veSvdW96KrxS0gFiStJz+QQYEdcs4aL17m+tYeZtxrLyNw+tLb9ocWvMi"
    "MCcIa7fxlXKMi9XJFZMpZt/9RinD0hlULlqVfeLYYqMXWBZ3mVX7J0ymiv+sKf4TrU9HZg"
    "7T0otsaGGarRwdlZKZ82xl6RtZYhsbY1rIJO0Or8ERoYKmqrPA61tPVafskC+khq4odhaC"
    "e8himMpjLjWPGZMx/aE5ZiHFLUJUwxO4DKAthibb4zfCW0arYM8Fu+uR4EkP2hItikhCSc"
    "o6QL5rqWhp4gfe1GkTBiRJFQeKc2CK7Ml8I7k0SqnsFlWzWySCN/JEGsAl1mx6j8gzww3a"
    "Szzi0xygOpIrAVf1oFzTZXFBH9hbaQuoS4w3RWASAUJDd76D3UTyobVToA5yXe2uKsBBwr"
    "NAPCjemuPlM0G6CiaqK1RTahj00QvX2hyoaxFldSEmqzdUfBoF1RqouNz23BVVr0JPsYNO"
    "NV9ei1CkQMizYAqVJKkLVmXG/baRiSfc1JSI/PXuNLNif+FqjOrnuat1UnZI7AM7swrGEY"
    "ZIahiyWZITR5JJkuXCWdYU3VICYtkTbWm5xN9uBv0Ul/OKJG7XwxMb/AUMfMhCigxcDka2"
    "cTVuR21GzXR8grN99676+f8ChQZ3"
)
