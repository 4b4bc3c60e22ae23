"""1_20261202040516_privacy: SQL for both dialects (python -m server.makemigration)."""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

_UPGRADE = {
    "sqlite": """
        CREATE TABLE IF NOT EXISTS "outgoing_mail" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "to_address" VARCHAR(254) NOT NULL,
    "subject" VARCHAR(200) NOT NULL,
    "text_body" TEXT NOT NULL,
    "html_body" TEXT NOT NULL,
    "headers" JSON NOT NULL,
    "state" VARCHAR(10) NOT NULL /* QUEUED: queued\nIN_FLIGHT: in_flight\nDONE: done\nRETRY: retry\nDEAD: dead */,
    "attempts" INT NOT NULL,
    "next_attempt_at" TIMESTAMP NOT NULL,
    "lease_until" TIMESTAMP,
    "last_error" TEXT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "done_at" TIMESTAMP
) /* A notification mail waiting to be sent: queued in the same transaction as what it tells */;
CREATE INDEX IF NOT EXISTS "idx_outgoing_ma_state_8b21af" ON "outgoing_mail" ("state", "next_attempt_at");
        ALTER TABLE "instance_settings" ADD "statements" JSON NOT NULL DEFAULT '{}';
        ALTER TABLE "users" ADD "notify_moderation" INT NOT NULL DEFAULT 0;
        ALTER TABLE "users" ADD "weekly_digest" INT NOT NULL DEFAULT 0;
        ALTER TABLE "users" ADD "notify_meetings" INT NOT NULL DEFAULT 0;
        ALTER TABLE "users" ADD "notify_replies" INT NOT NULL DEFAULT 0;
        ALTER TABLE "users" ADD "digest_sent_at" TIMESTAMP;
        ALTER TABLE "users" ADD "deleted_at" TIMESTAMP;""",
    "postgres": """
        CREATE TABLE IF NOT EXISTS "outgoing_mail" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "to_address" VARCHAR(254) NOT NULL,
    "subject" VARCHAR(200) NOT NULL,
    "text_body" TEXT NOT NULL,
    "html_body" TEXT NOT NULL,
    "headers" JSONB NOT NULL,
    "state" VARCHAR(10) NOT NULL,
    "attempts" INT NOT NULL,
    "next_attempt_at" TIMESTAMPTZ NOT NULL,
    "lease_until" TIMESTAMPTZ,
    "last_error" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "done_at" TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS "idx_outgoing_ma_state_8b21af" ON "outgoing_mail" ("state", "next_attempt_at");
COMMENT ON COLUMN "outgoing_mail"."state" IS 'QUEUED: queued\nIN_FLIGHT: in_flight\nDONE: done\nRETRY: retry\nDEAD: dead';
COMMENT ON TABLE "outgoing_mail" IS 'A notification mail waiting to be sent: queued in the same transaction as what it tells';
        ALTER TABLE "instance_settings" ADD "statements" JSONB NOT NULL DEFAULT '{}'::jsonb;
        ALTER TABLE "users" ADD "weekly_digest" BOOL NOT NULL DEFAULT False;
        ALTER TABLE "users" ADD "deleted_at" TIMESTAMPTZ;
        ALTER TABLE "users" ADD "notify_meetings" BOOL NOT NULL DEFAULT False;
        ALTER TABLE "users" ADD "digest_sent_at" TIMESTAMPTZ;
        ALTER TABLE "users" ADD "notify_moderation" BOOL NOT NULL DEFAULT False;
        ALTER TABLE "users" ADD "notify_replies" BOOL NOT NULL DEFAULT False;""",
}

_DOWNGRADE = {
    "sqlite": """
        ALTER TABLE "instance_settings" DROP COLUMN "statements";
        ALTER TABLE "users" DROP COLUMN "notify_moderation";
        ALTER TABLE "users" DROP COLUMN "weekly_digest";
        ALTER TABLE "users" DROP COLUMN "notify_meetings";
        ALTER TABLE "users" DROP COLUMN "notify_replies";
        ALTER TABLE "users" DROP COLUMN "digest_sent_at";
        ALTER TABLE "users" DROP COLUMN "deleted_at";
        DROP TABLE IF EXISTS "outgoing_mail";""",
    "postgres": """
        ALTER TABLE "users" DROP COLUMN "weekly_digest";
        ALTER TABLE "users" DROP COLUMN "deleted_at";
        ALTER TABLE "users" DROP COLUMN "notify_meetings";
        ALTER TABLE "users" DROP COLUMN "digest_sent_at";
        ALTER TABLE "users" DROP COLUMN "notify_moderation";
        ALTER TABLE "users" DROP COLUMN "notify_replies";
        ALTER TABLE "instance_settings" DROP COLUMN "statements";
        DROP TABLE IF EXISTS "outgoing_mail";""",
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return _UPGRADE[db.capabilities.dialect]


async def downgrade(db: BaseDBAsyncClient) -> str:
    return _DOWNGRADE[db.capabilities.dialect]


MODELS_STATE = (
    "eJztXf1z2jj6/1c0/HLdmTTTkqbdy37nO0cbmnKbQI+Q23vJjSuMAB1G8tlyKLPX//0k2Q"
    "a/YwN2jKNfdhtJj2w+jyw97/q9taQTZNjnHZ3hJ8zWrSvwe4vAJeL/iPWdgRY0zW2PaGBw"
    "bMjB0B2FkWyGY5tZvIn3TKFhI940QbZuYZNhSsT4DgEeyRqwObYBJjaDREfARoQBagEL6Q"
    "g/ockZsBm10ARQ0fuKP5m3WvxBwKSYD4UMYPbTuXjshOr8uZjMSnuCQ/B/HKQxOkNsjiz+"
    "nH/+izdjMkHf+U/3/jQX2hQjYxKCE0/EBLJdY2tTtn3Esx5hn+VY8f5jTaeGsyTb8eaazS"
    "nZEPDXEa0zRJAFGRJPYJYj8CWOYXjM8CF3X3Y7xH3LAM0ETaFjCC4JavcFtm0tTesPRtp9"
    "d6RprRgHfYoA5F6TTongPn9VWwIwE6/w+o/t9sXFh/abi/c/X7778OHy5zc/87HyfeNdH3"
    "64L7NFy51KYta76fVH4oUoX2Lu6hMNPyQNZNClkszYog9NLYkBn+bQSoZ/QxDhAP9pUQ74"
    "eNeXBUv4XTMQmbE5//PyzZsMeP/aGX760hm+4qN+CoPc97rabp/Ae4uvhKcAvP7446DrN2"
    "zh3W47leN7kQfei3R0L2Lg8n2MWlrxJRwmayDUpSxlE64NChOQ/vP9oJ+MdIAkgvIE6wz8"
    "FxjYjm3cJ4B2BrgCDDHz0rb/YwQxfXXX+VsU7k+3g48SHGqzmSVnkRN8jEBvUB0aCcckpQ"
    "aCJBn7DU0E+TEnahbkHweD2xDkH3uRc7D/cPexO3z1VuLPB2EWOh63QOsWEpBokMXRvuY9"
    "DC9RMtxhyuhq90jP/X+cIANa/AdOBsRYe4d0BkNGvbvu/ahz9zXElevOqCt62rJ1HWl99T"
    "7ycWwmAb/1Rl+A+BP8Y9DvRr+XzbjRP1rinaDDqEboSoOTgDzht/qo/RDy6HQRkIlEwxjq"
    "ixW0JlqoZ7s8tiJwwsfo0X7+dYgMKNGNLwRPd7h251mf4DL44S98v9VfDgI/2qZpiMa7lu"
    "1ltAUSOJM/STxbPMnXtUw8ogtEWkl6mN93lqmHmZhrJ3xYXj0MmMiyKYEG6HztAUn6C1eE"
    "jDXXeWxw/6Xzun35HnD1ydWREvSsfWY4sh71UpSo9tt3H979fPH+3UZ32rRkqUy71SP5/w"
    "KipT++Opmy1apEonybS6J8myFRvk1QjsQ3oc2hPS+kIoWoGqeGvn+XA+j371JxFl1KqHmZ"
    "Qk1IZ4A20xx7L75HaY/Aee+V68L4E2G0j0kmpzmjrEQTSOrxH6DYLQOcwmd8BDEgphCEAY"
    "6j+5lLbXhGfkVrCXLPM6OnS/0P3jQnBm6axM+bLbjaSKLBRcV/O//FyNWyP3XuP3Wuu60f"
    "6RpWmbrDRtdK0B2Celi67hDW+nbrDgOCAi4WymV+BDAZ0+9XwOYLBk0AJBPP20KkMkBX5A"
    "xYiPOBd64wmwPx2+l0Glcrjj15gsbxT99rJXGRk2uOZbT+FVFFfm9tWcAFL76ixXiCvjN+"
    "bDC0NMX/W4IIfTf5fmdzfDb88jjhLTn/S2nJwRxf+Yfc5QLPmFPXWug+65CJlTeqlt4ouY"
    "ITttp0ZWBL0Ugzfi4rfoYRP6oKbD/mAhiHiBoJcwneEn+vyguyP76B+LYvL3Pgy0el4iv7"
    "wvhuzps4wF3iLGMiWXjX8IkrtNPwoQ7y+Z4X8dZfHroP3esr4FI/kl5f+3zbu/kyuuKnvj"
    "Y18GzOHsk11yyuwITLAo9k2B0N/34lD/w17+l2OPUEuU644lafXEafDJtPzGXrCgYJ9vPU"
    "IzZIUp228qbGqkoQ0Ki4FcM1W9NPIG+gmadJ2r6BoI00hzCccIjvMOuESZVVp9Z8FjY4ZF"
    "k0QR4e8a82w3K3oWqAGyKLpd2/jULcjIVabDh6O+jf+MOj8RfKWK6M5UJ02oPlATK1mdZ5"
    "M/UNWolm8iz7ToSwSdbyCmw9GTb1oInxQLt6MBL/xFiR17YeWYZ1sq/fWNQxWwnGdbfjLM"
    "uyPhNDCmRG8AMISJpzIGe3AZ0CKuzWmywGW4zyExegDb7ZhjP7k7CufEvOhTjCnCpqp15R"
    "O4I9hYzI3vjGxZKUYnljmBnFchp8ggbaNt+2c5nI2hk2snbcSMb3pCIA++MVvvnwZdTE+r"
    "624w1xhco15J2WXdR23O+NhoObbv+KH114wY+v6SP5jUvjwyuw4m9oPZLbTv+aCw9fu1fA"
    "4M+w9Tk0H0m/M3oY8iYCmePwUZ2bYe/Tw63bKMaNqbN6JJ9ue3d8tiuwMPASQvZIuv3u8O"
    "bvV0BAMMPokQxGX8TTAq9fdAPLw/0M5sd5H8QotgLS7SoRMmVYUYaVI255TTasLPnPLHKY"
    "bSnK+shi8lhFMdSlSGMVJ/BGbVQ1EnZLceM/U8BEzUyBFQBtczT5Hr8X3km0CvZcsE+pYd"
    "AVl86KYh4jVIDny6J2xgbWtQVaayZaFhFB45RNgLxqMdS08BMHZy8GxEkVB4pzYIqYPt9L"
    "EQhTKo9b3Txue+VUL9FyzI+ROTYPTKq+20x0gipgalp1aO/iPDoQpK/0lAtuZMNjOcahif"
    "lDxzjdfaPanPyekLbvkG1D6c2Juf9C/WdZXkBXbl+6Q3Pn5/tVyrbZMKs5tZHMgoHMsRDg"
    "Z4W+EOXLHHYGVhAzjqFImRkjwF/GwMlZ+0ebd7dXsPwEGpXnUss8F1V1TZWqen6ZspRSVW"
    "5CltSRii3xGGEDvZnlWM5UJozKhFGZMCoT5iWYGFQmzAvks8qE2cXSMuy0viK8x14aIW3g"
    "PtqwkI0ClttybUqumHqPmDCquBjG7EqRMWfZtiV3tGYHh+80L43mSFZWsegKsDlkwO0fIz"
    "tcM/8X4AUngbGopo/AFFs2e205BPAHvnbMuIXpuFOr0PN6hZ7Xv2BkdaG7ZZSMtNAsMXIz"
    "HeEtRQNkgAoQVgGyzyRvySQkTW76BZd4nLLK2PTJEpOisel7L/hjW2GoiYgmtgjx0GTcM6"
    "vsJ9JXWHHfPztPtuK+NEAuEUkyhKVb68NU1RvsW/83dYguEAVjBxtcsrTPxWP//xk2o1LM"
    "+CpMTYWpvWwOqHyV9ENZGT9KMH7c4gVqJRg8ZPtZlpHD4CNyGjbuvSR2MgE6dQgTt/wR9I"
    "QsIMp9g6m4/g+SBed+3HJRkDatsqxnkBWBaByPQJOFTL6kolVmlf2iSvuFSicq1VevDpWX"
    "cqjE7ykstF8FSZpUdOho3n7BomKQBij2QrRm8vCxAZWnbzFEgyQK0jwlr5Jc2OoeiVitK5"
    "p9kUR0HzgCpjnzImq2YPNCGtj6diPqiuGHQzr052kmpsHNr0712AJpUAnKZDhJKl2ljGRl"
    "7VQs0+FNVANnfm04ebWOUvmeU+WzaFo5r93hwz5thf4md2UWtLO37rrCH3EFXOpHcje47g"
    "47o4Fo4qufvyXlrYPf+mIQXXl3ijy/f+rfFJO99MUQoVIXT0td1JHJUFKGVpYrMkimPJD5"
    "PZBuJQutsOUrStcEJ0sFJjA3WKHQSR4kUcaQhCVcyxsgT01GytDcN+LqgSrRpiTyia3XvD"
    "pR8EPdrWjW7lrNKldsXkhreqvmwGEzLmHO7iA2Wgl6Zqj/LEvTpN5IbekPzZH8TyjDU6zL"
    "iCsgCCN5+OL+Sz9VEGAi46dt/oYcYkhs6EbuQBusRAA2ZoAhw4gVKC3rOY8EjmXtAHlLpx"
    "fdvaLWAlmBizrnyJ1OPpUvAuFnxTaAK7hW5QVqrqs/c3kBrltwbUNwtIg8G6ZqYEB6+/Jd"
    "DnGWj8qov/kuln3tjP+N9EJXPQZImohyLqWhnaE0tONKAxOb1phOEuzS6YFwIaJGIF11DN"
    "ycLY3CsIeIVB5AcdAR9Mul5w2HDpCoWOhshuxT0kQV2FAFNlSBDVVg49DTokZ+CB8TVWBD"
    "8VkV2FAZJjXbRRvs3VVXzTZvM61JBtFXrgNS8ln6pVsJRvlQ/1mWUd6UIzXXxZ03tYgukS"
    "hs8opOGSKAq4N3/ISgfOH+BLyJAATuzGCOLD4FtcItm3G2O1dCDlJJD0mMUvPvuJDfqvtv"
    "pILVnjc/6aRiYzYtJxsco/LBVD6YEgGPLAL6Z0mxkJ0IlQqESo3lKxoMFaFSyO6OiAqJRn"
    "WJ36llTFRkce0Oi9pImgrafNCiGsZHyXyyJBXMyzPLUL38S37yVankS8BigE65jjPBtu7I"
    "KB4RigSBjMY7B9cCExGyxMXjJyTUI0aXfG6pRn1zERNyxLefkotVHv0JBSOXgkGFYamHt1"
    "UWvaQ0twM1N4ZZWp5RSviGT9CI0I0KgmSKBmqo0JgDjPcCPE2EuhRFfEOkYFc+E2VET9aQ"
    "0QTvx+UQoXKU1JnHW7mwsC8sRKm4XGcuu2USZL24AkJ1hErFYkUNXaLkX2FUw0QKVOXsqN"
    "TZwfeJeeE6aEEalakaX7MqnVpl/9bEHFss+9f9smtl5K5j/m9oAyxq4Q7LCwfeje7XIT5J"
    "WXrHzfFIXNt96N3xOeudncrnXert8UOOzy1eYvYFJ/pJQv1nWf4SgbRmiKHaHOf1nAwI8m"
    "tYAy8lAbxC57NzAIFBZ1hGk4m4sQVa/8L/w7u97G5h3x5DcR88da/vko+2wZwasbyXkh7z"
    "SKBuUdsGKzQGpkV1ZNvILuM6MJWyLfqqSNnmC6CI4uENL8uE/HyKRymOkeIWJmUkrqlpqS"
    "aR1kO0pAxtZNOkAyw8IvsIk2M1/+bHEipuqpjlZ/R8zxNLFKdv7v744+zuNbIqtS8vcxXg"
    "uMwowHEZK8BBp4x/0IVCC4I0DUhcq+BWSHn5rGYjRPbw18SIG3iwNjhcWSZ62o4u9Iw9uJ"
    "9Arlx2dZOrYvyeQmw41j6Zignkit915rfHqyKFMoIkyo8YK8dK+GGgz8VP1Wzsif9FPqHE"
    "CdRHVOePaGxQfVE4LzFApdISd6Ql1kb1N6WQl6Dxe/b/LEV/42fIU+VURsG4kfZiuf7BBm"
    "wuxMwzQOUoaPBuSOwVEizh/wIIWvwBlkf5ampAdgausa1Tx7LRa5utDZQQ5l/uowrG+wcu"
    "q1Hh/idr9FDB6CoYvemwq2D0FyHaqWD05vNYBaO/BC6rqGkVNa2iplXUdMuEFiJF748O0q"
    "jrjutwJXfdpN6SA9Grveu4buDmjZgudNmx+1EfAdSG33Yc2vxCsPI3AP2H21sV3a+i+2uz"
    "fMNmmjk2Jnz5HgZQwz7wcqP7HQlF3EXiGLtCIfmI3P4R4ojLnNEECCpRoYj/yomjM3Fhhb"
    "uvvF7hCXLvUvsm05O+iTvURBz++gzwZyMZbC97/mCLe5+TfCNlPSb7ZnR+jGH5U1XB2ef0"
    "Y2zYUEiqxSl7ycsVa0O3ealSUC++FFRjbnF4jgTsmskYDcu/rhm6x0u/fp6AGanBJQiDvm"
    "aXLgyKu49zC4Nuhf9zcEt1aPC/qMmFtTl8QiKkxeC4ATGdeAcAyUQ0QtteUWvyiz94atEl"
    "oFIUiwuBx5z+kWxSfQDXq4HNqBAvoQ2+iQn+JBJAvoEVZnMhN2IL8J9OLS45evezCjL+DN"
    "MZG1gXuaNl5H4qyfFAydFfD0UEnSCNSv/Jk/5TFOHjovvcB2/5iT/UmkGCbZisA6XjHKVr"
    "gGQZQbudC+12BtrtGNoWTVOMdt806tNWiPT2sCxwz+jnzvCuOxTzWUtxFrp/32uD4U2n37"
    "vvjHqDvt9ra8F19Ej6NwPOnRl9JDeDv3aH/btuf3QFZvSJb5tLRNgj+bU/+O22e33T1Xr9"
    "+1Fv9OBOtyB0ZaDJzM2yxcxx5/v4cN/rd+/vr8DYsTHhZ6u41fS+dy3n5WctnshZB6Mv4p"
    "UThYM8i+WinWOtXLRTl4roCq8UtIRJtzKmf5AbgqZ53Uu51t2X3rQ5tOdFYI4RNm7jK+UY"
    "l6tT6DhTzL/7vYLtEmdQ8Vh1jsfCNh+9xEmemaysmSCZSpspcJuXAcnM4Vp6kQ0tSHOUo6"
    "NWMnOerSx9I4ttY2NMC5ld3eENOCJU6H19FnhzKxFMKD/kC6mhW4rKamWdshimYnlLjeXF"
    "ZEy/a45VSHELETXwBC4DaJujyff4vfBOolWw54Ld9UhoC7TWTLQsIgnFKZsAedVSkWnhJ1"
    "EOdR8GxEkVB4pzYIqYPt9LLg1TKrtFne0WKlvwJXCZUIanay29OHiWjSpOrCxVBSxVHnxL"
    "JC8W3RP8ILVCfw/06USAk+j5zYV/iF5xoAAHVggtjLU2wTOUlPOViX6MViFfAHkXNs0W6U"
    "57nO8xanXG1+2ML1BILGgZwxqjC0QOzLPqmHgkpjlBw3KuZKvqUtFOEp4lErlE9hybB4J0"
    "t5moqVBNqWHQlRcBvD9QX2Xg7mc5WbOhEtMoqHZAJQ6QQ1dUs/LnwwGI6iasinNlO8jC+r"
    "yVkCDh9ZxlpUjA7Rh1YUhV66TszIEnvg8XDLcOkDQwsr0kX3dCUlmWp9tsKLql5A3wJ7LE"
    "yip/vh/0UyJztiRRpRnrDPwXGPiUD94kcAUY2T6oqLvpLKwDiwk+Pndx7B//A1yLqWU="
)
