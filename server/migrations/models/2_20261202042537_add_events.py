"""2_20261202042537_add_events: SQL for both dialects (python -m server.makemigration)."""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

_UPGRADE = {
    "sqlite": """
        CREATE TABLE IF NOT EXISTS "events" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "description" TEXT NOT NULL,
    "description_html" TEXT NOT NULL,
    "starts_at" TIMESTAMP NOT NULL,
    "ends_at" TIMESTAMP NOT NULL,
    "address" VARCHAR(300) NOT NULL,
    "latitude" REAL,
    "longitude" REAL,
    "online_url" VARCHAR(500),
    "capacity" INT,
    "going_count" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "edited_at" TIMESTAMP,
    "cancelled_at" TIMESTAMP,
    "ap_id" VARCHAR(500) UNIQUE,
    "url" VARCHAR(500),
    "group_id" INT NOT NULL REFERENCES "groups" ("id") ON DELETE CASCADE,
    "organiser_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE
) /* A meeting in a group. Times are stored in UTC; pages show them in Dutch time. */;
CREATE INDEX IF NOT EXISTS "idx_events_organis_f48f84" ON "events" ("organiser_id");
CREATE INDEX IF NOT EXISTS "idx_events_group_i_4c9601" ON "events" ("group_id", "starts_at", "id");
        CREATE TABLE IF NOT EXISTS "rsvps" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "status" VARCHAR(10) NOT NULL /* GOING: going\nMAYBE: maybe\nNOT_GOING: not_going */,
    "waitlisted_at" TIMESTAMP,
    "pending" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "ap_id" VARCHAR(500),
    "event_id" INT NOT NULL REFERENCES "events" ("id") ON DELETE CASCADE,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_rsvps_event_i_dceb75" UNIQUE ("event_id", "user_id")
) /* One person's answer to one event. `waitlisted_at` orders the waiting list. */;
CREATE INDEX IF NOT EXISTS "idx_rsvps_ap_id_a5d899" ON "rsvps" ("ap_id");
CREATE INDEX IF NOT EXISTS "idx_rsvps_user_id_115d06" ON "rsvps" ("user_id");""",
    "postgres": """
        CREATE TABLE IF NOT EXISTS "events" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "title" VARCHAR(200) NOT NULL,
    "description" TEXT NOT NULL,
    "description_html" TEXT NOT NULL,
    "starts_at" TIMESTAMPTZ NOT NULL,
    "ends_at" TIMESTAMPTZ NOT NULL,
    "address" VARCHAR(300) NOT NULL,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "online_url" VARCHAR(500),
    "capacity" INT,
    "going_count" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "edited_at" TIMESTAMPTZ,
    "cancelled_at" TIMESTAMPTZ,
    "ap_id" VARCHAR(500) UNIQUE,
    "url" VARCHAR(500),
    "group_id" INT NOT NULL REFERENCES "groups" ("id") ON DELETE CASCADE,
    "organiser_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_events_organis_f48f84" ON "events" ("organiser_id");
CREATE INDEX IF NOT EXISTS "idx_events_group_i_4c9601" ON "events" ("group_id", "starts_at", "id");
COMMENT ON TABLE "events" IS 'A meeting in a group. Times are stored in UTC; pages show them in Dutch time.';
        CREATE TABLE IF NOT EXISTS "rsvps" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "status" VARCHAR(10) NOT NULL,
    "waitlisted_at" TIMESTAMPTZ,
    "pending" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "ap_id" VARCHAR(500),
    "event_id" INT NOT NULL REFERENCES "events" ("id") ON DELETE CASCADE,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_rsvps_event_i_dceb75" UNIQUE ("event_id", "user_id")
);
CREATE INDEX IF NOT EXISTS "idx_rsvps_ap_id_a5d899" ON "rsvps" ("ap_id");
CREATE INDEX IF NOT EXISTS "idx_rsvps_user_id_115d06" ON "rsvps" ("user_id");
COMMENT ON COLUMN "rsvps"."status" IS 'GOING: going\nMAYBE: maybe\nNOT_GOING: not_going';
COMMENT ON TABLE "rsvps" IS 'One person''s answer to one event. `waitlisted_at` orders the waiting list.';""",
}

_DOWNGRADE = {
    "sqlite": """
        DROP TABLE IF EXISTS "events";
        DROP TABLE IF EXISTS "rsvps";""",
    "postgres": """
        DROP TABLE IF EXISTS "rsvps";
        DROP TABLE IF EXISTS "events";""",
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return _UPGRADE[db.capabilities.dialect]


async def downgrade(db: BaseDBAsyncClient) -> str:
    return _DOWNGRADE[db.capabilities.dialect]


MODELS_STATE = (
    "eJztXf9z2jja/1c0/LLdGdrZ0qS7l77zzpGGptwm0CPk9vaOG1dgAboYyWfLocxe//eTZB"
    "v8DWMRTIyjX3YbSY9sPo8sPd/1R2NBTWS5b9oThh8xWzUuwB8NAheI/yPV1wQNaNubHtHA"
    "4NiSg6E/CiPZDMcuc3gT75lCy0W8yUTuxME2w5SI8W0CApIVYHPsAkxcBskEARcRBqgDHD"
    "RB+BGZTeAy6iATUNH7ij+Ztzr8QcCmmA+FDGD24xvxWJNO+HMxmZX2BI/g/3jIYHSG2Bw5"
    "/Dn//BdvxsRE3/hPD/60H4wpRpYZgxObYgLZbrCVLdsu8axL2Cc5Vrz/2JhQy1uQzXh7xe"
    "aUrAn464jWGSLIgQyJJzDHE/gSz7ICZoSQ+y+7GeK/ZYTGRFPoWYJLgtp/gU1bwzB6/aFx"
    "1xkaRiPFwZAiAnnQNKFEcJ+/qisBmIlXeP2nVuvdu59bP717/8v52c8/n//y0y98rHzfdN"
    "fP3/2X2aDlTyUx6153e0PxQpQvMX/1iYbvkgYy6FNJZmzQh7aRxYCPc+hkw78mSHCA/7Qk"
    "B0K8q8uCBfxmWIjM2Jz/ef7TTznw/q09+Pi5PXjFR/0YB7kXdLX8PoH3Bl8JjwK84fjDoB"
    "s2bODdbDtHx/ddEXjfbUf3XQpcvo9Rx1BfwnGyGkJdylK24cqiMAPpv9z1e9lIR0gSKJt4"
    "wsB/gYXd1MZ9AmjngCvAEDMvXPc/VhTTV7ftvyfh/njTv5TgUJfNHDmLnOAyAb1FJ9DKOC"
    "YptRAk2divaRLIjzlRvSC/7PdvYpBfdhPnYO/+9rIzePVW4s8HYRY7HjdATxwkIDEgS6N9"
    "xXsYXqBsuOOUydUekL4J/3GCDGjwH2j2ibUKDukchgy7t527Yfv2S4wrV+1hR/S0ZOsq0f"
    "rqfeLjWE8CfusOPwPxJ/hHv9dJfi/rccN/NMQ7QY9Rg9ClAc2IPBG2hqh9F/Lo9CEiE4mG"
    "MZw8LKFjGrGezfLYiMAZH2NA++nXAbKgRDe9EALd4cqfZ3WCy+B7uPDD1nA5CPxoi25DNN"
    "21aC2SLZDAmfxJ4tniSaGuZeMhfUCkkaWHhX3NXD3Mxlw74cOK6mHARo5LCbRA+0sXSNIP"
    "XBGyVlznccHd5/br1vl7wNUnX0fK0LP2meHAetRLUaJab89+Pvvl3fuzte60bslTmXarR/"
    "L/CqJlOP54MmWjcRSJ8m0hifJtjkT5NkM5Et+EMYfuXElFilHVTg19f1YA6PdnW3EWXVqo"
    "eZlCTUxngC4zPHcvvidpD8D54JWrwvgTYXSISS6nOaOcTBPI1uM/QrFbBjiFz/gAYkBKIY"
    "gDnEb3E5fa8Iz8ilYS5G5gRt8u9d8H05wYuNskft7swOVaEo0uKv7b+S9Gvpb9sX33sX3V"
    "aXzfrmGVqTusda0M3SGqh23XHeJa327doU9QxMVCucyPACZj+u0CuHzBIBNAYgbeFiKVAb"
    "okTeAgzgfeucRsDsRvp9NpWq049OQZGsc/Q6+VxEVObniO1fhXQhX5o7FhARe8+IoW4wn6"
    "xvixwdDCFv9vCCL0zeb7ncvxWfMr4ESw5MIvpSEHc3zlH3KXizxjTn1rof+sp0ysvVGV9E"
    "bJFZyx1W5XBjYUtTTjF7Li5xjxk6rA5mNWwDhGVEuYS/CWhHtVUZDD8TXEt3V+XgBfPmor"
    "vrIvju/6vEkD3CHeIiWSxXeNkPiIdho+1EMh34si3vjrfee+c3UBfOoR6faMTzfd68/DC3"
    "7qG1MLz+ZsRK64ZnEBTC4LjMigMxz8fiEP/BXv6bQ5tYl8J5y61aeQ0SfH5pNy2fqCQYb9"
    "fOsRGyU5nrbyU4VVlSigSXErhWu+pp9BXkMzT520fQtBFxkeYTjjEN9h1omTaqtOpfksbH"
    "DIcWiGPDzkX22O5W5NVQM3RB5LO38fxriZCrVYc/Sm37sOhyfjL7SxXBvLhei0B8sjZHoz"
    "rfJmGhq0Ms3kefadBGGdrOVHsPXk2NSjJsYn2tWjkfgnxoqitvXEMqySfb3ziORrp4zrfk"
    "czz7KOxJDCETkLxHdSMuOKL4Bg5lDPfgOGfGt1AXRQmKvAO++HHz8Am7+tC9w5XQI2RwvR"
    "fuWxyRzIXTllVj/o7CMyIh/FmrUsMeMDQrYrxgGHj38l7PPCLr+kjun+2AQu5X2QARtR20"
    "JgOafAtiARpnxGwYQuEJhAAsThOyJyJGZgiS0LEMrAnKOLSMHgoZg1Xf7GYEHxT8xhbnCU"
    "8aaj2dZfimG9tAglhpmllmEQEtTR0ljIktvKseS20pbc6JulcN6uiSXItCqmrIpFXtOYs0"
    "WGuaMQ+mtazQJlFsTOBRXNKEZYQ124TsoRIuY+LI6QaQZXmsF8qJDkVKSECEkNts1kImKx"
    "TMS8VMSUlCBSPphnZohinywKt1prN0QJmKeCqlZGo6v+/eVNB3wZdD5277pBltz6O5GdUh"
    "VZp2cNOu2bVCIcme0Bc5RK41wAZ0q45opUA0XiVHvtGxWD+QiBIhNow0mmIWyrbhwl2csi"
    "WTWUD+wTn1H+NI6XRzKEmq2oJqh0qIFOjn2R0iIy8X5cjhFqf1iVeTzxrdP7fcwJWs3pKn"
    "P6yAV+kpysUGJlKdKbooSsRWMVcKMeqqJCXISkTs76gwlx1JlBgpUzBpNkZWF7aq65nAgH"
    "uRQz7BSq4Q3X4TwntnKLxjZEP9nswIbM9XsAZA+XkHnMZVsU1+Qnqxo0ssHccR/tJ1a8Gf"
    "AparSGS61243/wGRE1651ge0SN/JgUao1yxTwMdpGzu4BOARXhI+u6oLEAGOiCr67lzf4s"
    "8pW+ZlcXPcCcug5OtaJMBHtU5NxwfO2qs5SSy6ZjeKI5Z61CSWetnKyzVjrtjO9JSkpwMF"
    "7jWwxfRm08yQZ4dzbmmviInmbIOx1X0d/c6HWHg/51p3fBjy78wI+v6Yj81h52Bhdgyd/Q"
    "GZGbdu+KS1ZfOhfA4s9wJ3Noj0ivPbwf8CYCmefxUe3rQffj/Y3fKMaNqbcckY833Vs+2w"
    "V4sPACQjYinV5ncP37BRAQzDAakf7ws3ha5PWVQ+QKRcjlBMjp+LiKBGdpf8z2NV/nVKUF"
    "/5kqh9mGoqyPLCWPHSmSpxRpTFvMSzXqPlMJkpdnPXc5mnyP3wvvLFoNeyHYp9Sy6JJLZ6"
    "qYpwg14MXuJfDGFp4YD2hl2GihIoKmKesA+bHFUNvBjxycvRiQJtUcUOfAFLHJfC9FIE6p"
    "IzmqFsmRci8Wcddssmr399esk3dPTPHb6rCJfi8LtBjzc3aOn+rVul1PVFeoxCJ+Ikhf6C"
    "nf8ZMPj+NZT70LZOBZp7uxHtcx2hXqyC1yXSjdXSn/aKy/mecm9RWbhT+0cAGC8GLETQHe"
    "5Zy6SBbehcxzEOCH6eRB3JjosSZYQiwrCjAKxgjwl7Fw9kUhB5tXsQJAKTV7lRyzurSu6N"
    "MXPdZAC9W34z3X7Xh+DWipRKot8RRhDd295ZgWdfFdXXxXZ8Tp4rsvwQaji+++QD7r4ru7"
    "WFqGITtUhPfYSxOkNdxHaxbTomDaLtem5Iupd4gJo4qPYcqulBjTzLct+aMNNzp8p3lpOE"
    "fyMidH1pSEDPj9YyRKR2J3HTr/AQTRW2C8kkUlp9hx2WvHI4A/8LVnpy1Mh51ax+ZXKza/"
    "+nfUHi+2uYxbah00ywxt3Y7whqIGMsARENYRxM8kb/mpl3LTV1ziacpjBu+bC0xUg/f3Xv"
    "CHtsJQGxFDbBHiodm4X1LK1UWyJRU7iz6B/phPUBb84dl53PV/2e/fxNb/ZTe5wO9vLzuc"
    "F5IVm+pmaauNNEAusmMktlvr41THN9g3/m/qkYlAFIw9bHHJ0n0jHvv/z7AZlWLG13F8Oo"
    "7vZXNAJ/RsP5S18aME48cNfkCNDIOHbG/mGTksPqKgYeMuyPInJpDFFZHZBAQ9Igd4Lm+f"
    "Ugc4kDxw7qctF4q02y6zDgyyIhCN4xFpcpDNl1TyYmttvzim/ULnW5VbX1YfKi/kUElceE"
    "YVS3xFSXTptAy9UbBIDdIIha7TnAZUnr5qiEZJNKRFbtnLcmE/Y6W0SkSpN9PX69H8MmnJ"
    "feAAmBbMi6jYgi0KaWTr242oL4Y/HdJBOE89MY1uflW6AjKSBpWhTMaTpLarlImsrJ2K5X"
    "Z4M9XAdTlOT+xlWuV7TpXPodvqne0OHw5pj+hv8lemop29cdsR/ogL4FOPyG3/qjNoD/ui"
    "ia9+/paUt/Z/64lBdEmCJzy7f+rfFJO99MUYoVYXT0tdnCCboawMrTxXZJRMeyCLeyD9Uh"
    "+GsuUrSVcHJ4uuI39CR3rk4gPlEvKerh6voLnr6vHFdCK16vGeLhy/G1Jv/5rxZWqZfY/J"
    "K9puIbYaGXpmrL+Zp2nSYKSxCIcWSP4nlOEpnsiIKyAIE3n4LiIsTBUEmMj4aZe/IYcYEh"
    "f6kTvQBUsRgI0ZYMiyUhVcy3rOiMCxrB0gqMPo7iV1HpDTlNmKmE+2nCN/OvlUvgiEnxW7"
    "AC7hSpcXqLiu/szlBbhuscctw3GqGgakt87PCoizfFROgdKzVPa1N/43mmSo5zmZ7huSOq"
    "JcSGlo5SgNrbTSwMSmNaZmhl16eyBcjKgWSB87Bm7OFpYy7DEinQegDjqCYT35ouHQERId"
    "C53PkH1KmugCG7rAhi6woQtsPPW0qJAfIsREF9jQfNYFNnSGScV20Rp7d4XotAfLI2R6M6"
    "3aZlqRDKIvXAek5JP0SzcyjPKx/maeUd6WIw3fxV00tYgukChs8opOGSKAq4O3/ISgfOH+"
    "CIKJAAT+zGCOHD4FdeIt63GuP1dGDlJJD8mMUgsvAZHfqv9vpIPVnjc/6aRiY9YtJxsco/"
    "PBdD6YFgEPLAKGZ4layE6CSgdCbY3lUw2GSlBpZHdHRMVEo6rE71QyJiqxuHaHRa0lTQ1t"
    "MWhRBeOjZD5ZlgoW5JnlqF7hJT/FqlTyJeAwQKdcxzGxO/FkFI8IRYJARuO9AVcCExGyxM"
    "XjRyTUI0YXfG6pRn31ERNyxNcfs4tVHvwJipFL0aDCuNTD244WvaQ1tydqbgyzbXlGW8I3"
    "QoJahG4cIUhGNVBDh8Y8wXgvwDNEqIsq4msiDbv2mWgjeraGjEy8H5djhNpRUmUeb+RCZV"
    "9YjFJzucpc9sskyHpxCkJ1gkrHYiUNXaLknzKqcSINqnZ2HNXZwfeJuXIdtCiNzlRNr1md"
    "Tq2zfytijlXL/vW/7EoZuauY/xvbAFUt3HF54Yl3o4d1iE9Slt5xczwS13Y/9e74gvXOTu"
    "XzLvX2+AHH5wYvMPuMM/0ksf5mnr9EIG1YYqgxx0U9J32CwhrWIEhJAK/Qm9kbAIFFZ1hG"
    "k4m4sQe0+sD/w7uD7G5h3x5DcR889a/vko92wZxaqbyXkh4zInDiUNcFSzQGtkMnyHWRW8"
    "Z1YDplW/QdI2WbLwAVxSMYXpYJ+fkUj1IcI+oWJm0krqhpqSKR1gO0oAytZdOsAyw+Iv8I"
    "k2ON8ObHEipu6pjlZ/R8zzNLFG/f3MPxh9ndK2RVap2fFyrAcZ5TgOM8VYCDThn/oJVCC6"
    "I0NUhcO8KtkPLyWcNFiOzhr0kR1/BgrXG4skz0dL2J0DP24H4GuXbZVU2uSvF7CrHlOftk"
    "KmaQa35Xmd8Br1QKZURJtB8xVY6V8MNgMhc/1XBxIP6rfEKZE+iPqMof0diikwflvMQIlU"
    "5L3JGWWBnV35ZCXobGH9j/8xT9tZ+hSJVTGQXjR9qL5fqDC9hciJlNQOUoaPFuSNwlEizh"
    "/wIIOvwBTkD5ampB1gRX2J1Qz3HRa5etLJQR5l/uoxTj/SOX1ehw/5M1euhgdB2MXnfYdT"
    "D6ixDtdDB6/Xmsg9FfApd11LSOmtZR0zpqumFDBxHV+6OjNPq64ypcyV01qbfkQPTj3nVc"
    "NXCLRkwrXXbsf9QHALXmtx3HNr8YrPwNQO/+5kZH9+vo/sos37iZZo4tky/fpwFUsw+83O"
    "h+9zHz9nHZ3sz1kPARCjH8flnXH9zANSFuZRNFh9Aj36zegK/isjZx9YlffQhQR9yS4l+3"
    "FlzjJnrT/pDDTp1ZW1bOI3v1DejP7asQd7R4W+5KK3bDi1f5O9Ma1/1u7/oCyLsWR+S2/f"
    "tl5wIs4GqMRkTQBf2EMkOOSX4UxUIPC0UeKlziEvvMVE1zKWJtnauydc5GxAwWnkIIRYRK"
    "h1AoVHbWzqsX8VF5trknm+OUms2VZvMzG+Gf2TpcvhVeiutqxs0oibZuZoXJuqqFuiMU2q"
    "ux01y8VjGfaILrhPOc2HotaoSLfqi7LcaeW7Gq51W0a0Y+1CpV5R54EtS0XcqzdqXo8hGF"
    "43aJtxgjB5lAUInK2Rwv05swcZGqvy5eL7GJwHKOCPgqy+Z8BdgFoj7Eqgn4s5G0JMmeH1"
    "xAlyQrZresx2Taq9ZFkLjkguVP1Tar57RZrdlQHNooiRZIMgQSXaJclyivze2iz1EYsGLG"
    "0ZrVBawYukVlwd1lAZ9HGJQSeIYwGErm24VBId0WFgZ9P+IbcEMn0OJ/UZsLa3P4iESqlc"
    "VxA2I68Q4AElM0QtddUsf8EA6eOnQBqBTF0kLgIacfkXUJGgAdcfMLFeIldMFXMcGfRWGS"
    "r2CJ2VzIjdgB/KdTR7hITdORRcjkM2xvbOGJqGlWRk0yLTk+UXIM14OKoBOl0WVpipSlUU"
    "X4sOg+98FbfkEa6swgwS7M1oG245ykq4FkmUC7VQjtVg7arRTaDt2mGO2Ojwhpj4j05rBU"
    "CJD41B7cdgZiPmchzkL/7zujP7hu97p37WG33wt7XSO6jkakd93n3JnREbnu/60z6N12ek"
    "MRa/HIt80FImxEfu31f7vpXF13jG7vbtgd3vvTPRC6tJA586u/Yeb5813e33V7nbu7CzD2"
    "XEz42Toig85d90rOy89abMpZ+8PP4pUzhYMii+Vdq8BaedfaulREV8JRsoA4Iw11+we5Jq"
    "hbNkjr/KzQsXKWc6ycJeENpTdjDt25CswpwtptfKUc43J1Ch1nivl3v1cSaOYMOhKpyt50"
    "7PLRC5wVMZwXihQl07FICrFIFiQzj2vpKhtalKakGIZnlJmLbGXbN7LUNjbGVMns6g+vwR"
    "GhS0JUZ4HXt0KmSfkhr6SGbiiOVsP9lMUwnWNeanQbJmP6zfAcJcUtRlTDE7gMoF2OJt/j"
    "98I7i1bDXgh23yNhPKCVYaOFiiSUpqwD5MeWimwHP4prevZhQJpUc0CdA1PEJvO95NI4pb"
    "ZbVNluoatYvQQuE8rwdGVsv7Quz0aVJtaWKgVLVQDfAiGR470n+FFqjf4e6FNTgJPp+S2E"
    "f4xec0CBA0uEHqyVYeIZyqpFlIt+ilYjr4C8D5vhilyVPc73FLU+46t2xqdCTYuU/oE2Nh"
    "h9QOSJ9X/aNh6KaU7QsFyoCJBM8noiRnVLhIv74I5WQ+ok4VkgkWzlzrH9RJBu1xPVFaop"
    "tSy6DEKk9wfqi4xs/iQnqzdU2UVPNFRxGyI/YZ+6oupV+DIeoamvsN+FUFha7gn4BPXr6g"
    "JPmek1beTgifDopBJsgp5mXooN3IzRFyEfa52UnXnyyI8pxXD9CEkNMyNKipXISErMi5Sw"
    "a4puKXkn/Ikss6zKX+76vS2RXRuSpNEFTxj4r6wUeoJo54ArwMj3YSbdlc24DUVMcPncl/"
    "59/x/K5gwP"
)
