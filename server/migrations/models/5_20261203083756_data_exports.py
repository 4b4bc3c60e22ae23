"""5_20261203083756_data_exports: SQL for both dialects (python -m server.makemigration)."""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

_UPGRADE = {
    "sqlite": """
        CREATE TABLE IF NOT EXISTS "data_exports" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "state" VARCHAR(10) NOT NULL /* QUEUED: queued\nIN_FLIGHT: in_flight\nDONE: done\nRETRY: retry\nDEAD: dead */,
    "attempts" INT NOT NULL,
    "next_attempt_at" TIMESTAMP NOT NULL,
    "lease_until" TIMESTAMP,
    "last_error" TEXT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "done_at" TIMESTAMP,
    "storage_key" VARCHAR(200),
    "size" BIGINT NOT NULL,
    "expires_at" TIMESTAMP,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE
) /* A "download my data" zip built by the worker: a job row (the queue's columns) that, */;
CREATE INDEX IF NOT EXISTS "idx_data_export_state_d43cca" ON "data_exports" ("state", "next_attempt_at");""",
    "postgres": """
        CREATE TABLE IF NOT EXISTS "data_exports" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "state" VARCHAR(10) NOT NULL,
    "attempts" INT NOT NULL,
    "next_attempt_at" TIMESTAMPTZ NOT NULL,
    "lease_until" TIMESTAMPTZ,
    "last_error" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "done_at" TIMESTAMPTZ,
    "storage_key" VARCHAR(200),
    "size" BIGINT NOT NULL,
    "expires_at" TIMESTAMPTZ,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_data_export_state_d43cca" ON "data_exports" ("state", "next_attempt_at");
COMMENT ON COLUMN "data_exports"."state" IS 'QUEUED: queued\nIN_FLIGHT: in_flight\nDONE: done\nRETRY: retry\nDEAD: dead';
COMMENT ON TABLE "data_exports" IS 'A \"download my data\" zip built by the worker: a job row (the queue''s columns) that,';""",
}

_DOWNGRADE = {
    "sqlite": """
        DROP TABLE IF EXISTS "data_exports";""",
    "postgres": """
        DROP TABLE IF EXISTS "data_exports";""",
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return _UPGRADE[db.capabilities.dialect]


async def downgrade(db: BaseDBAsyncClient) -> str:
    return _DOWNGRADE[db.capabilities.dialect]


MODELS_STATE = (
    "eJztXWtz4ji6/isqvkx3FdM1Tfoyy5w6tSSh0+wkkCVkZ+csW26BBWhiJK8th87u9n8/km"
    "yDL7KxCRDj1peZjqVXNo9u7/39T2NJTWS5bzpThh8xe2q0wX8aBC4R/0eqrQka0LY3LeIB"
    "gxNLdoZ+L4zkYzhxmcMf8ZYZtFzEH5nInTrYZpgS0b9DQEDyBNgCuwATl0EyRcBFhAHqAA"
    "dNEX5EZhO4jDrIBFS0vuJv5k8d/iJgU8y7QgYwe/1GvNakU/5eTOYHe4NH8L88ZDA6R2yB"
    "HP6ef/yTP8bERF/5Tw/+tB+MGUaWGYMTm2IA+dxgT7Z8do7nPcI+yb7i+yfGlFrekmz620"
    "9sQcmagH+OeDpHBDmQIfEG5ngCX+JZVjAZIeT+x266+F8ZoTHRDHqWmCVB7X/A5lnDMPqD"
    "kXHXHRlGIzWDIUUE8uDRlBIx+/xTXQnAXHzCj39qtc7OPrZ+Ovvw8/t3Hz++//mnn3lf+b"
    "3ppo/f/I/ZoOUPJTHrXfX6I/FBlC8xf/WJB98kDWTQp5KTsUEf2oZqAi4W0FHDvyZIzAD/"
    "ackZCPGu7hQs4VfDQmTOFvzP9z/9lAPv3zrDi8+d4Sve63Uc5H7Q1PLbBN4bfCU8JeAN++"
    "8H3fDBBt7NsXN0fM+KwHuWje5ZClx+jlHHKL+E42Q1hPogS9mGTxaFCqT/cjfoq5GOkCRQ"
    "NvGUgf8CC7upg/sE0M4BV4AhRl667r+sKKavbjp/T8J9cT04l+BQl80dOYoc4DwBvUWn0F"
    "Jck5RaCBI19muaBPITTlQvyM8Hg+sY5Oe9xD3Yv7857w5fvZX4806Yxa7HDdBTBwlIDMjS"
    "aF/yFoaXSA13nDK52gPSN+E/TnACGvwHmgNiPQWXdM6EjHo33btR5+Y2NiuXnVFXtLTk06"
    "fE01cfEptjPQj4rTf6DMSf4P8G/W5yv6z7jf6vIb4JeowahK4MaEb4ifBpiNo3wY/OHiI8"
    "kXgwgdOHFXRMI9ayWR4bFlixGQPaT78OkQUluumFEMgOl/44Tye4DL6FCz98Gi4HgR9t0S"
    "xE003L1jL5BBI4lz9JvFu8KZS1bDyiD4g0VHJY2NbMlcNszKUT3q2oHAZs5LiUQAt0bntA"
    "kv7CBSHrics8Lrj73Pmx9f4D4OKTLyMp5KxdRtizHPW9CFGtt+8+vvv57MO7tey0fpInMm"
    "0Xj+T/S7CWYf/j8ZSNxlE4yreFOMq3ORzlW4VwJPaEsYDuopSIFKOqnRj64V0BoD+8y8RZ"
    "NGmm5vtkamIyA3SZ4bk7zXuSdg8zH3xyVSb+RCY6xCR3pvlEOUoVSOb1H6HYzgOcwjbeAx"
    "uQEgjiAKfR/cS5Njwnv6InCXIvUKNnc/33wTAnBm4Wx88fO3C15kSji4r/dv6LkS9lX3Tu"
    "LjqX3ca3bAnroLIDY3C6WCL53WnpYdOaLz+s+xUWIDiyniBoAsFeghm2kLCu4CX/TuBy9g"
    "aZABMAwdyhnt3kogH/tzgbRC8IlogfrWSuEiz2NPKYjMm10BKByK8LbDuM8o4Ti05+iTXS"
    "GXDQkjIkh3PBA0K2L9NwcQXwM4sfa+6Y8D+wszEszeEjAq+++JSG51hfXgNITMA/FBDEBW"
    "EwQ2y64F+9wnzjeAxYeMmFpIIi0X8am6XQkD85WIZx9oU/E4Toqy0+kk/Teu0EayJY/uGu"
    "bcjOfJrlH9+04HVMweuB/yy1UNAl3jJ14MYwDmmrrNhv3F5+agPbnI3Jxd3f2mDqPo7JVX"
    "cgtL9tMEf0D5fy7dm76Vx12/7OHpPB6HN32AZU7oMdRIu3xWS4HBEuKVoskYmhUdbIFaeq"
    "8jRVSVoWx3xZfUSUpoY4twrh3MrBuaXQSmBmlbPZhgQa4WIIR78shfOI37lqnBNkNdCx5U"
    "mh3b+P8u2IayH0etC/CrsnjYsJOyKeouDGLLq4IyQ1APwIx7SL/60AOM+jKaQ4nij+02G5"
    "wqP4NG0QX2GTKTTImXiv++8EeMUUWfthxDdgcsltvlAoDDPR3BBoONNwclnzEaNVGs8cp5"
    "kNybOcZiqG7LF9Zng7VnMYmUs5SlKbw3hvS3mjvinDP8SpdmIhKraQj+Bqpy12uxwjJ2e4"
    "8XXku0xznFKb56o8y0KLXs48F6HQPFX6IkKPiLByiEZJNKRpSKNWk4KQRkm0EVnF+vNzpB"
    "ykEQq9SNOAsoW3nBCIrXKoJsk0tGloPVvEaZR2I4lTHeoUODW7Zo4niTw00wiXdiW5Csc5"
    "sTO2qC9J9HJRO5MkT9o9gHpLT1ivshXSyOWyHVHJL+0B0m44Tj0xjbKV20ENj8s94Lo/V7"
    "JjHq6FPcni98p2ZIXAtAdU72QgxnkwWD2XbES2jOE65HLusHcxaqhZLo1uIXSTvGYGxC/j"
    "CXkJGex+tamj9ISMtDbzPCGlyxaSHQu7Qo45xCsiNjVYPkmnxXED/BvbYOJhi4GJ7z64os"
    "4DctoAgj/oBDh0BV6Jx3wBeOgHF/h8p/ua94Ws2UjM22HeMiYy94VJCf9dAjBXjsEH5V0n"
    "TwyJ9BnykXTClJFc0rVxtUDy+ZN0chRK8EdkAjjna2cXr0a+t5jcWgR9ZQZkDC1t8f/jeT"
    "TqlByi7RgpOdZzvYvv45r4iM4acuuEq6KwA+Rf77v33cu2v/HMMen1jU/XvavPozbfUsbM"
    "ElblMbkc9Lttuf/GZNgdDX9v883EnCfe0u1wahP56QVe3hUy2JSKyODMfRMl0fbGpE4ied"
    "SlcM03kSjItTms0oYSC0EXGR5hKnZzS8BanFQbxCo9zyK6EDkOVUjC2d6fcaoa+CIe2/lT"
    "OxVkX131DQMWrNMuDgYbMn2YVvkwFSInF/eNB/SklhkyfI7jZPXzyzpI4IL27T62bzf6am"
    "O+W3Y4weKU+hCr8iGmMxjoDAYV0N5XNIPBOlucSmsfySSXo7OP5a3brrEfEBRJEk0BZwYB"
    "JhP6tQ1cvmCEJpuYQb5oItOZ0RVpSs0cDqL4gfjtdDZL5y/Y9+AKVfo/wrzbEhc5uPRA/+"
    "fRdezilIu8YxG4GPjv0sr7E+VPcpT3YgUrjtocTnxNUcPw4ffFgiNyYiOSLPhmM5fAOEZU"
    "S5gPEISyUHpVZYMc9q8hvq3374sIk+/fZwuToi0hTGo7n7bzna4iQNv5tLSv7Xx6nrWdT9"
    "v5TuUU1Xa+5JRrO9/LT2+hwzRUaCnV5Hn6nQRhnbTlR9D15OjUoyrGZ+rVo7UET2wqiurW"
    "E8uwSvp1P0hJoVxfRy9la9ZlBFBhP/gg824kOe8bMMLCq1x4iQfVFnnj/ejiF2Dzr3WBu6"
    "Ar4Ui+FM8vPTZdAHkqp9Tqex1dpAa+EGvWssSIIs2v7/ku/eWFfl7o5VfUMd3XTeBS6S0P"
    "bERtC4HVggLbgkSo8hkFU7pEYAoJEJevyA0s60aCFbYsQCgDC44u2skrPholyLeYw1yd6r"
    "eq8n62ylzn29T5NmsqikU+01iwpULdUQj9Na2egtJTELsXykhGMcIaysJ1Eo4QMXdyEduQ"
    "6Qmu9AQHlSXKcAkRkhocm8lSysVqKecVU05xCaJoJfNMBSv2yaIwU1u7IUrAPBNUtVIaXQ"
    "7uz6+74HbYvejd9YKcpet9IhulKLIuMDvsdq5TpXzJfAeYo1Qa5wI4U8Il19LZSuNU9fOK"
    "P0y2UmjDqVIRlikbR0l0Pi5FPj7K38bx8lRZeLJT8sWptKuBLu/9XXKLyMS7zXKMUNvDqj"
    "zHU187vdtmTtDqma7yTEN1YtocyS8jLe1u/FuFSkMfhHsrySFr1rgMuDqv8v6ZOOrMIcGl"
    "IwaTZDpbrc5WuyffhnLZatcLcQ/I1jsPaHLLlnUaiTntR8s3J7ynAuJPvw6R0GcqzZ3Ket"
    "Gndd9lwR5bnY77aD8ToyEfoka7/dshfY8+WXDeULgeyefNPM+jGe9RIpzXRo5LyQ8ucJBI"
    "3ek77EARX4uWYOIg+OACCBzPQm9A0D+gkf8U3dShvPsaWBnGK1rXqU34D57zhtwg3oRL0D"
    "GDbLUj0DMdgWKTXTSyM0JTQ3egs2J2vhwzX1IiERvRKO1yFaeqIdAH8buSqO1QhzBFp+VA"
    "VT1CgZI7pXb5lbymquFK3n/EK6GqOOVsz7Wwfw3cLl7AW+20YsL5PiIlwW8Mbrv9NhCUYy"
    "LUx5fDzm/8gUjsYnL5jz+97N3d9O7uRNi4id0ldl0ROX5/+7l7zR959iJcdi++N7RFcae9"
    "c2o2CBNNsbljpc4opbY0VXmWtaXpoMaQQIAvp7aPE2lGWBfvPAqmxy/eWXdEHWRb6ujlbD"
    "k4QqK9BDMk4HKIbig0oNr++SL2z+NW6zxVTEuV65QH5R4wHYbjnNYxUBTT6H2yHdTQ3vR8"
    "WGueNjnOohdYrZ7K+FB+sQbD1HStbm7qGKL8/aB/f339Usky/LtMYbFeX3LZJmt5TxRNlk"
    "FE1op1Hgs5ugvoDFBhHQY4WB6x3BbQBV9cy5v/WaQi/aJIkbGfMbdnqdB242PajcX0lNHa"
    "hP33oyavkNbmIGlqdXqOqAGhVciC0MoxIbTSGWX5mVRK6xj01/gWw5dRG093NaqtiY9oVI"
    "O80XHLmtX6vdFwcCVMay7DD/z6mo3Jb51Rd9gGK/6Fzphcd/qXnB+77baBxd/hThfQHpN+"
    "Z3Q/5I8IZJ7He3Wuhr2L+2v/oeg3od5qTC6uezd8tDZ4sPASQjYm3X53ePV7GwgI5hiNyW"
    "D0Wbwt8vmlvTAKOWHk+GDo1DcVsWRrw2j2mq9zFtIl/5llLrMNxaE2WYofO1KSjoNwY9pE"
    "eVAT5QtVF6mYjuIIQLscTX7G74S3ilbDXswETy2Lrjh3VhbzFKEGvBDgtjex8FR4qBs2Wp"
    "ZhQdOUdYD82Gyo7eBHDs5OE5Am1TNQfgZmiE0XOwkCcUrtOlc117mU5by6kZhVEwELhWJu"
    "covvjtI6hXkdAVqHQO6OTxhnWUd4HLSkj9B6JkLSSjb0h6orUku0nHDedoGfG/p8sx6orl"
    "CJi+OZINXMcyfpiUMdZogQqOdG0cuR+kEsVS2x8qxng1QrH5BymQaie5JLigr/rxDJAUEj"
    "yv9T8LC/XQ9XI1jLurgEIGQ5umww2uLuYsjJKVx5veM7p/wgi54DtuAs+oLyj/5FVl8JPV"
    "R4s4uYKPbiggn1iOnXcHnlIgTEhzhymt9I/ui1qlTMYV6iHWOq5RizlAV2lTxyJrYxGh3I"
    "oPC6l+pnw0bOFJXKzpui0+gq0BXrD05lDmODH8+GCZ/KLl8VucY6A+sgx5Y8y8sCnaI9Hs"
    "pvTwTiSsTmnfwlV0LTmGaht8bzhOzxoaN5XnQa9hfLs2df8lC1lMVpR1RP21jtqMKrWDlG"
    "oa0BkgyZYObQZVg5sQlkkXH+55IKHTOgDnjlP+pTgl6DGX8wp9RUF2Lc07jPqIfoBWkTdf"
    "qzKh1kedz6uqp9GRvZmkibx6pmHourBaFbzgN1Q6GdT7Xzqd5Vql1l4dlusxwj1Cdnlee4"
    "EgJU3eR+X3tLS6biSZLpDBJpaL3SdQm8w5ckODlEdU6ObWf7nnNyeFUrR1BJTL1tpQiUh+"
    "zxcK3Y2VoU1uS9Uql8Bz0RZXCDXBfKcy2lo4q1N/N0VH68wtLvWlhH5aApwkKLxPvhR8ye"
    "wGpBXQRcvoAg8xwEpgs0feAdqMeaYAWxsNgCRsEEAf4xFkZKHdXexi2po1onqSVc9OUcOE"
    "NLW/z/eIqqczz/XnRVf2q1zs4+tn46+/Dz+3cfP77/+af1bZxuyruWz3tX4maOSQHbNVpH"
    "Dlar2BQcIbgEPlkUKhD+y92gnxHUsCFJyr14ysB/gYVP2TlPBa4AI1/DlFQmNeNirBggla"
    "ibH5OcGRCxIeWWeIqwhlkcDhMxeGqp0XlXD4ULoHAWh7/ed+9F3nOfekx6fePTde/q86gN"
    "pGcOni/YmFwO+t02MClBYzLsjoa/t/mFzpwn3tLtiKzpCFYkQXpww5dxLYiS6BrWSQ1Dkm"
    "9K4Zqv+lSQay13pTWgFoIuMnayDiZItaa70vMMXWYgx1FpDLLthHEqbSssbSsMBeEdztIE"
    "aQ3P0ZqlqnmWH9k+dUo+m3oXuNc3lHqlRJ9mvm7J72240e5b1UujBQKchwQOXfl1G/32CX"
    "L5n9hdhwL8AgK7OJg8yRiBGXZc9qPjEREi8KNnpzVM+x1aRxZUy1dJ/j8Fa7bUG/avobD7"
    "tpCw+zZH2H2rqByI5sqMdTl17dYUNeABjoCwTgz4QvyWb5iUh37JJZ6mPGZOTnOJSdmcnD"
    "sv+H1rYUSxPUMcEeKlatzPKeXiIlFDr6RPoD/hAxwK/vDuPO76Px8MrmPr/7yXXOD3N+dd"
    "PhdyKngnzGKmkYT2MiPrSba2Pk51fIV9439mHpkKRMHEwxbnLN034rX/+wKH0UHU+Do9l0"
    "7P9X3PgHaVzr6UtfLjAMqPa/yAGgqFh3zezFNyWLxHQcXGXVC8g5hAxgIjswkIekQO8FwR"
    "kUUd4EDywGc/rbkoSatQTfyjwT8uUMiKXDccj8gjv1jTP7X+4gX1FzqN8kFt9fpS+V4ulZ"
    "ipf1o6pCBKor3fK1GHtmL8sC5DW0lIcyI01oyODibI83qPHn1VK5pasQVbFFJdM3X/mG6v"
    "mfoyYmQk06pCmIznYc0WKROJX7cKltnwKsXAdbCajK/SIt9LinwOtXZ2Hw5pj2hv8ldmST"
    "1746Yr7BHtIAPNmNwMLrvDzmggHoVRVmMy+K0vOtEVCd7w4vapPygmO8mLMUItLp6WuDhF"
    "NkOqCK08U2SUTFsgi1sg/Qo+RmnNV5KuDkaWI6jAdN6K7yS5wqnxSDq3wraDuO65FaqYdn"
    "JraoUXkjKpeU3nXcIcZSr4aHMzV85c50s3LDovZsMcEAR8LxOAxBsAnUkH6c1YgI/1BvT5"
    "N7kAioh9amNkAkyawKW+1zUkAbHgI4XrNUrZOw/0njFxOQGAM4acTfZLUfNB5Ly0udTNB5"
    "4uIJmjIPF8mC+TLxYmUmNi5iJrBrAbmF/91z43MabOiVmxC6mZI7RrQ+K2k7XqkmCh0Dc4"
    "zfYF3q6d2VBXObyg8bl32W2DBTb50Xh/+3lwfdkGni0Kb4gY7rvRYNgVUdyucD8RT24Gf+"
    "saoULHPxuNUK9z3fs0MmSXznUbiHSGYfJjTnl/3TW4XNK/EuPx89bwT9kxuR1c9y5+X7f5"
    "ZWPWrb0+n8b+Rdc4vx5c/NpeR+gYE4tOHyLt9/1kD48EfToXF4P7fuTTwlz8ziaLc+k62k"
    "Wks1a2cNaqhGxWNQn4IHnuXcubl9EtxKlqEExxhArwPmYMsyx1dh7Ua7LaYf220DHxNuec"
    "eJs+KDBDS+FgXAboKE3tUD4rAvJZNsZn6Ug3cUGVXs1xqtrB3CqkkWzlaCRbiphCgRnn3L"
    "Ca18p2f0nS6fsvL6Wu0GSUDY9VU9dvWR/iPtxgtzvqtUX8IKGzDDpzxHZa6ArS2mF+kFUe"
    "ALcj3rXF+kDB97pYxxEj0EzEoCq1VXZY7IZCh8TmT8cOIbG6DFG99KwVCfsbeGxOOc43Yu"
    "cqTGmx9maeLY0GPY1l2LVAGm1CGZ7hqW/OEoSJjNYuIixMugkwkfYoab/iIxPX1zAD6IKV"
    "MHZhBhiy/M9KpNU+yHvGBE5kFm5BHeZJWlHnATlNmfdTWONWC+QPJ9/KGSxhMsMugCv4pB"
    "N1V9yA9sKJuvmRwU8RMaOlmMsYVZVtLztz8u8KcfLvcjj5d6k8xt7kDzRV2DNzckZvSOqI"
    "8iGUXUwcWhNqKlS32Wx8jKgWSB+bl1+wpVUa9hiRFqDKg46giZxSiYUiJFqE2rsIpVPV61"
    "T1OlW9TlX/7NviFPQLOlX9dzjPOlX9SzB62hs2++qqb5ykYJ12mPIImT5Mq3aYVkQpfyuj"
    "MD7JCM+GQikfa2/mKeX9eA7DDxYtmqSPLpEoEfCKzhgigIuDN/yGoHzhvgbBQACGkSIL5P"
    "AhqBN/su7n+mMpsvkd6CXKfA9+xyDcy/830mkfXjbT30lFma+fnGyYuc6sqDMrahZwzyxg"
    "eJeUi1lJUOmUAplZMcqmFUhQaWS35xaIsUYxlHViwHgofGJxbU8wsOY0NbTFoEUVzDQgMz"
    "OqRLAgY2OO6MV7lKj3xpeAw0SMPwQmdqee9OIRrkhBjP4bcCkwES5LnD1+FCH/gNElH1uK"
    "UV98xAQf8eW1uuzb3t/wjGj/ONejY/8rdmE0cyS30kFhLxAPdtpOMmUdNbRrzDOU9wI8Q7"
    "i6lEV8TaRh1zYTrURXS8jIxLvNcoxQG0qqPMcbvrC0LSxGqWe5yrO8wKaJyA6THCPUc1zl"
    "OQ4yve0wyXFKPcvVnmVROkDmfyohHieotFdlUmUtyuCVRjVOpEHVZsujmi35ObEoXRssSq"
    "OzN2flXNMpxnVG7Bc3rJTLiO3v7EqZq6qYEzt2AJa1VcXCWuB0kVF7/jwg/vTrEFkwI8NX"
    "gHZnPdDJ8tUpzOOGVAvOn4nRJz5EjfZ5ivF8JjxhkecaLh4ht+Dn4lO0mNzJrJ9DmsyHHJ"
    "9rvMTsM1aazmPtzTwTukDasERXY4GLGtNF3vygQDgIotTAK/Rm/gZAkTAfSwdj4Ur8gJ5+"
    "4f/hzUHCD2HynEAXrbPny1e7QOSCbiTwPtBrxgROHeq6YIUmwHboFLkucgta23UWj0pm8S"
    "iZqPbAOWpfToI9iK28vKpS2w0rqqOsSPDNEC0pQ2shR3WBxXvkX2GyrxGm5D9AOVMdxvKC"
    "zlALZf3n7MM97L+f071C6smDZFd16YzxDV3K2yxKU4NY5iPkVZ1hx2WGi3ay7qaIa3ix1j"
    "iCRcb+u95UyBk7zL6CXNt+q8ZXpeZ7BrHlObsEryvI9XxXeb6DuSqTOylKog3SqVq3hF8G"
    "04X4qYaLA/a/zBZSDqA3UZU3kSyiVjpUPUKlI9W3RKpXRvS3LWVB2bX+P0/QX9sZiiS+lu"
    "5UfvCVWK4/iNqsgs1sAip7QYs3Q+KukJgSWccVOvwFTkD5amZB1gSX2J1Sz3HRjy57spAi"
    "8uuwryoZAiberyPATl3poeOTdHxS3WHX8UnfBWun45PqP8c6Pul7mGUdn1T/OdbxSd/DLO"
    "tAGh1IowNpdCBNw4YOIqwcqDEaXRFbAepGBVcU0g2Fjk3aHptkK12CSsfQhAnGTgzcokE0"
    "kUW1PTDJ39R7ALWoH3/FzoDCoEYPvxis/AtA//76Wgd8vVzA1/HCmE5k+eoopsLoTBfYMv"
    "nmfh5ANTv+DhvFhGzqsD6VG11lEA5bm1uswrwfF3VZcdOwGIZPDnV+cEXdYiSKI0DgjySr"
    "IIggIv9M4j34uxG0RBljWWQ4pHVVluA9jqwd0atlk8UMLY2SkUZRmvqFG50VEfPPsqX8s5"
    "SQ/8B/lhrf7eUjQ9oqG2MbN4PL7rAzGgzbm+0+Jp3b227nuh2cB8ljpZjbeiGv9RI1IbUL"
    "graFV30qTk3vXlkd5slph3Q2IJ0NqALyUbNu2YAqieqztEMHlWDdR7uhkl3F82au1Mp7lM"
    "i24dfkExKjdCIWEqOoGIEeEWFvwJcVxEzUrfdLR3AxU5S4lzKlaJHlJnhrWl7d79DKwoBy"
    "HNkq1qiuCPiSEiw/Rpin0AAWk6821FVm8RtXg17/qg3mlCM9Jjed38+7XNaCTxM0JoIuaC"
    "eUGbJPNaSt2DYrKwOkiLX3TZWlABsRM1h4JYKdIlQ62KlEWU4tWn8Xm8qzzR2nOU6pp7nS"
    "0/zCTnZV0r4fxMtOsuvldClREq1LUQW0u2WrrEYotNfiVuXUWsR8phal+1gswW/V1mtRNU"
    "p0o25XTnluxUrWVtFvKbJRK6WX8iSoab2UeN7M1UvxHoXdKIi3nCAHmUBQibKnHC/Tm7I2"
    "CJPx/bjCJgKrBSLgi9SNfgHYBSKT61MT8HcjqUmSLT+4gK6IyqfiUK9R6qvWmm7OuWD5U7"
    "XO6iV1VutpKA5tlEQzJAqGRNeX1fVlD5ZO8diuEy9h/a2YcrRmxt+Kobs/2692Ya+aC/Id"
    "44vYPLfopKFglyOtuUyzK/sZE96xhE13hi3EudHJE0Nu0y9fQPn+4Q8Eg8u4rNaWbKvLP8"
    "rvBVx+Q3M+mK0w78f/Cfw3Szq1dXffLxmTMfkiHnA8hWPrFyAw8w3CPnlQgoGPPsNzTxBK"
    "evDKolNoydIMYEYtEznCHfrurGiWK812H9VUvICt9x/K8Igbitpl3v7wrgCH+OFdJoMomh"
    "Jpt/G/FQx4XsGQkKJOAs1RqoZETnVkYugjV2Jdx6lqKAAdJON55IoodYjEyWqI9kHETW3j"
    "3sZWnqzxMyWXFREidOHDolGfbOEtJwRiy6AzDdVRZS9pGVJIXaHFKFveElaXwkYK37/1Db"
    "iW4oeNqG0hsICPSCTrtfiPBWI48Q0AElM8hK67oo75S9h55tAloFIsSaC55+HHZF3EKCp4"
    "QRd8EQP8WZS2+QJWmC2EiIUdwH+6H0dqmo4sYyffYXsTC09FVTwtWlVQtArXQxm+KEpTO/"
    "HqIIWNyiK8X3QrxXIehMGnzhwS7EK1bS4b5yRdDSweCbRbhdBu5aDdSqHt0CyD3Xa//ZD2"
    "iEhvLssSjvufOsOb7lCM5yzFXej/fWcMhledfu+uM+oN+mGra0TX0Zj0rwZ8duZ0TK4Gf+"
    "sO+zfd/kjEADzyY1OwZGPya3/w23X38qpr9Pp3o97o3h/ugfPaFjLnfv1AzDx/vPP7u16/"
    "e3fXBhPPxYTfrWMy7N71LuW4/K7Fphx1MPosPlnJHBRZLGetIhH0rewI+lbKgW/JmdkyG3"
    "JNULcshK33RdR2vFfOtZJS3IXcm7GA7qIMzCnC2h18B7nG5eo0pDGB7/ud0ogrR9ARMlVT"
    "dERnHbu89xKrcjHlhchEyXSMTIkYGQuSucel9DIHWpTmQL71L8gzFznKsg+y1DE2wTSNbY"
    "47kN+9BleETqRSnQVe3xqrJuWXfCkxdENxtLRcp8yG6dzmB426wmRCvxqeU0pwixHV8AY+"
    "BNC+b5OxE94qWg17Idh9i4Sw6hs2WpbhhNKUdYD82FyR7eBHDs5OE5Am1TNQfgZmiE0XO/"
    "GlcUqtt6iy3kLXQfseZplQhmdPRqQccQkdVZpYa6pKaKoC+JYIidxjO4Ifpdbo74C+n7lY"
    "afkthH+MXs9AiRlYIfRgPRkmniNVDZxc9FO0GvkSyPuwGa7IobDD/Z6i1nd81e743VxtbW"
    "ww+oDIcz1tbTwSw5ygYrmQo+3LuCSfJFTScxB9FSVDnokVP5NgVw5UV6xkTptnolS3vD9x"
    "xcPR4olPEh5ZtZh/lbGEpioirwRMMrx96I93spd3MbSOCtRJrqvj1Vo7SXiWSKR0chfYfi"
    "ZIN+uB6grVjFoWXQUBL7sDdSvjVD7JweoNlTq1soYqbhHi8tJzV1S9yucmLros3e4BakGe"
    "KkKxsovPgilS6LGWWIXFPp4BUlBRpC7wHDKwtIMcPBW+DKnQ0qClmRdcCjd9tkWXZsOgYy"
    "6rFXP5yK/0koFqEZIaxgQeyEtQkSYuz0fQrim6B4m4DPJ1pRH+y92gn+HTvCFJmhvwlIH/"
    "ytpNJ4h2DrgCjJiRIeW9k3TUacatB2KAc1VCxGxrwP4vs2//D3iMo+c="
)
