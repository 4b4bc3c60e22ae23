"""1_20261202031203_add_events: SQL for both dialects (python -m server.makemigration)."""

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
        DROP TABLE IF EXISTS "rsvps";
        DROP TABLE IF EXISTS "events";""",
    "postgres": """
        DROP TABLE IF EXISTS "rsvps";
        DROP TABLE IF EXISTS "events";""",
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return _UPGRADE[db.capabilities.dialect]


async def downgrade(db: BaseDBAsyncClient) -> str:
    return _DOWNGRADE[db.capabilities.dialect]


MODELS_STATE = (
    "eJztXe132jjW/1d0+DLtObSnpWk7T/plSUJTdhLoQ8jOzi57HIEFaGMkry2H5sz2f19Jts"
    "FvGItgYhx9mWkkXdn8rizdN937Z2NBTWS5b9sThh8we2ycgj8bBC4Q/0eqrwka0LbXPaKB"
    "wbElB0N/FEayGY5d5vAm3jOFlot4k4nciYNthikR49sEBCSPgM2xCzBxGSQTBFxEGKAOcN"
    "AE4QdkNoHLqINMQEXvK/5k3urwBwGbYj4UMoDZ67fisSad8OdiMivtCR7B//GQwegMsTly"
    "+HP++S/ejImJfvCfHvxp3xtTjCwzBic2xQSy3WCPtmw7w7MuYV/lWPH+Y2NCLW9B1uPtRz"
    "anZEXAX0e0zhBBDmRIPIE5nsCXeJYVMCOE3H/Z9RD/LSM0JppCzxJcEtT+C6zbGobR6w+N"
    "m87QMBopDoYUEciDpgklgvv8VV0JwEy8wpv/a7U+fPjcevfh068fTz5//vjru1/5WPm+6a"
    "7PP/2XWaPlTyUx6152e0PxQpQvMX/1iYafkgYy6FNJZqzRh7aRxYDzOXSy4V8RJDjAf1qS"
    "AyHe1WXBAv4wLERmbM7//PjuXQ68f2sPzr+1B6/4qNdxkHtBV8vvE3iv8ZXwKMAbjt8Pum"
    "HDGt71tnNwfD8UgffDZnQ/pMDl+xh1DPUlHCerIdSlLGUbPloUZiD915t+LxvpCEkCZRNP"
    "GPgvsLCb2riPAO0ccAUYYuaF6/7HimL66rr99yTc51f9MwkOddnMkbPICc4S0Ft0Aq2MY5"
    "JSC0GSjf2KJoH8mBPVC/Kzfv8qBvlZN3EO9m6vzzqDV+8l/nwQZrHjcQ30xEECEgOyNNoX"
    "vIfhBcqGO06ZXO0B6dvwH0fIgAb/gWafWI/BIZ3DkGH3unMzbF9/j3Hloj3siJ6WbH1MtL"
    "76lPg4VpOA37vDb0D8Cf7R73WS38tq3PAfDfFO0GPUIHRpQDMiT4StIWo/hTw6vY/IRKJh"
    "DCf3S+iYRqxnvTzWInDGxxjQfv1tgCwo0U0vhEB3uPDneTzCZfAzXPhha7gcBH60RTchmu"
    "5atBbJFkjgTP4k8WzxpFDXsvGQ3iPSyNLDwr5mrh5mY66d8GFF9TBgI8elBFqg/b0LJOkX"
    "rghZj1znccHNt/ab1sdPgKtPvo6UoWftMsOe9aiXokS13p98Pvn1w6eTle60aslTmbarR/"
    "L/CqJlOP5wMmWjcRCJ8n0hifJ9jkT5PkM5Et+EMYfuXElFilHVTg39dFIA6E8nG3EWXVqo"
    "eZlCTUxngC4zPHcnvidp98D54JWrwvgjYXSISS6nOaOcTBPIxuM/QrFdBjiGz3gPYkBKIY"
    "gDnEb3K5fa8Iz8hh4lyN3AjL5Z6r8NpjkycDdJ/LzZgcuVJBpdVPy381+MfC37vH1z3r7o"
    "NH5u1rDK1B1WulaG7hDVwzbrDnGtb7vu0Cco4mKhXOZHAJMx/XEKXL5gkAkgMQNvC5HKAF"
    "2SJnAQ5wPvXGI2B+K30+k0rVbse/IMjeOfoddK4iInNzzHavwroYr82VizgAtefEWL8QT9"
    "YPzYYGhhi/83BBH6YfP9zuX4rPgVcCJYcuGX0pCDOb7yD7nLRZ4xp7610H/WUybW3qhKeq"
    "PkCs7YajcrA2uKWprxC1nxc4z4SVVg/TErYBwjqiXMJXhLwr2qKMjh+Bri2/r4sQC+fNRG"
    "fGVfHN/VeZMGuEO8RUoki+8aIfEB7TR8qIdCvhdFvPH/t53bzsUp8KlHpNszvl51L78NT/"
    "mpb0wtPJuzEbngmsUpMLksMCKDznDwx6k88B95T6fNqU3kO+HUrT6FjD45Np+Uy9YXDDLs"
    "5xuP2CjJ4bSVdxVWVaKAJsWtFK75mn4GeQ3NPHXS9i0EXWR4hOGMQ3yLWSdOqq06leazsM"
    "Ehx6EZ8vCQf7U5lrsVVQ3cEHks7fx9GONmKtRixdGrfu8yHJ6Mv9DGcm0sF6LTDiyPkOnN"
    "tMqbaWjQyjST59l3EoR1spYfwNaTY1OPmhifaFePRuIfGSuK2tYTy7BK9vXOA5KvnTKu+x"
    "3NPMs6EkMKR+QsEN9JyYwrvgCCmUM9+y0Y8q3VBdBB4V0F3nk7PP8CbP62LnDndAnYHC1E"
    "+4XHJnMgd+WUWX2vs4/IiJyLNWtZYsZ7hGxXjAMOH/9K2OeFXX5JHdN93QQu5X2QARtR20"
    "JgOafAtiARpnxGwYQuEJhAAsThOyJyJGZgiS0LEMrAnKOLSMHgoZg1Xf7GYEHxT8xhbnCU"
    "8aaD2dZfimG9tAglhpmldsMgJKijpbGQJbeVY8ltpS250TdL4bxZE0uQaVVMWRWLvKYxZ4"
    "sMc0ch9Fe0mgXKLIidCyqaUYywhrpwnZQjRMxdWBwh0wyuNIP5UCHJqUgJEZIabJvJi4jF"
    "biLmXUVMSQniygfzzAxR7KtF4UZr7ZooAfNUUNXKaHTRvz276oDvg85596Yb3JJbfSeyU6"
    "oiq+tZg077KnURjsx2gDlKpXEugDMlXHNFqoEicaqd9o2KwXyAQJEJtOEk0xC2UTeOkuxk"
    "kawaynv2ic8ofxrHyyMZQs1GVBNUOtRAX459kdIiMvFuXI4Ran9YlXk88a3Tu33MCVrN6S"
    "pz+sAJfpKcrNDFylKkN0UJWYvGKuBGPVRFhbgISZ2c9XsT4qgzgwQr3xhMkpWF7bG55nIi"
    "HORSzLBTqIY3XIbzHNnKLRrbEP1kswMbMtfvHpDd34XMQy7borgmP1nVoJE15o77YD8x48"
    "2AT1GjNVxqthv/g8+IqFntBJsjauTHpJBrlCvmYbCLnN0FdAqoCB9Z5QWNBcBAF9y5ljf7"
    "i7ivdJedXXQPc+o8ONWKMhHsUZFzw/G1y85Syl02HcMTvXPWKnTprJVz66yVvnbG9yQlJT"
    "gYr/Ethi+jNp5kA7z9NuaK+ICeZsg7HVfR39zodYeD/mWnd8qPLnzPj6/piPzeHnYGp2DJ"
    "39AZkat274JLVt87p8Diz3Anc2iPSK89vB3wJgKZ5/FR7ctB9/z2ym8U48bUW47I+VX3ms"
    "92Cu4tvICQjUin1xlc/nEKBAQzjEakP/wmnhZ5feUQuUIRcjkBcjo+riLBWdofs3nN1/mq"
    "0oL/TJXDbE1R1keWkscOFMlTijSmLealGnWfKQXJy7OeuxxNvsfvhHcWrYa9EOxTall0ya"
    "UzVcxThBrwYnUJvLGFJ8Y9ejRstFARQdOUdYD80GKo7eAHDs5ODEiTag6oc2CK2GS+kyIQ"
    "p9SRHFWL5Ei5F4u4a9a3anf316wu7x6Z4rfRYRP9XhZoMebn7Bw/1at1vZqorlCJRfxEkL"
    "7TY67xkw+P41lPrQUy8Kzj3VgP6xjtCnXkGrkulO6ulH801t/Mc5P6is3CH1o4AUFYGHGd"
    "gHc5py6SiXch8xwE+GE6uRcVEz3WBEuIZUYBRsEYAf4yFs4uFLK3eRUzAJSSs1fJMatT64"
    "o+XeixBlqoro73XNXx/BzQUolUW+Ipwhq6e8sxLerkuzr5rr4Rp5PvvgQbjE6++wL5rJPv"
    "bmNpGYbsUBHeYS9NkNZwH61ZTIuCabtcm5Ivpt4gJowqPoYpu1JiTDPftuSPNtzo8K3mpe"
    "EcyWJOjswpCRnw+8dIpI7E7ip0/gsIorfA+FEmlZxix2VvHI8A/sA3np22MO13ah2bX63Y"
    "/OrXqD1cbHMZVWodNMsMbd2M8JqiBjLAARDWEcTPJG/5Vy/lpq+4xNOUhwzeNxeYqAbv77"
    "zg922FoTYihtgixEOzcT+jlKuLZMNV7Cz6BPpjPkFZ8Idn52HX/1m/fxVb/2fd5AK/vT7r"
    "cF5IVqyzm6WtNjpgTAeMvWwO6Jsjm3d/rWWXoGVf4fvMiA3Z3szTpi0+oqAGfRNcJycmkF"
    "n8kNkEBD0gB4hS9mBKHeBAcs+5n1aRFWk3VU0OLH8i4onjEWlykM2XVLKCslaUD6ko64s9"
    "5SYy1YfKCzlUEpW1qGIuqSiJztGVpaBwFqlBGqHQCYHTgMrTVw3RKImGtEg5tyxf6TOm5K"
    "pEOHQzXceN5ufjSu4De8C0YAB+xRZsUUgjW992RH0x/OmQDsJ56olpdPOrUq3ByH2bDGUy"
    "fhtns0qZuP6zVbHcDG+mGrjK++iJvUyrfM+p8jl0U2Kt7XGqIe0BHRv+ylR0bDSuO8LwfQ"
    "p86hG57l90Bu1hXzTx1c/fkvLW/u89MYguSfCEZ3eE/JtispO+GCPU6uJxqYsTZDOUdRUo"
    "z+cVJdOuruKuLj+nhKFs+UrS1cHJohOWH9GRHsmwr5yr3NNpyhU0d52mvJhOpJam3NMZyr"
    "dD6u2enLxMLfM7Vw4p+SqPwEaGnhnrb+ZpmrYcafinaVEvJl0gEaz7ik4ZIoAScA1dRk1K"
    "XoNgIgCBPzPgSiefgjrxltU4158rw91Z0kMyFeIwsZX8Hvx/I60XP68r9KjE8FXL0crh2v"
    "WsXc/alrBnW0J4lqhpBwkqrXNtNBuo6l0JKo3sduUrJhpVRVWopPqVWFzbNbCVpKmhLQYt"
    "qqIqJlzXWSpY4NLOUb3CxHXFbl7yJeAwUacIAhO7E08mvgKYgFUpowuBiUi7xcXjB1HACD"
    "C64HNLNerOR0zIEXevsy9g7v0Jism+ovaLuNTD2wThQRJ+ac3tiZqbrhUUK2ZSrJpJXjmT"
    "lDIxpmZGiMjmOynh+Frge+ibKAI8Y84WGelU8hFfEWnY9QUgncYmW0NGJt6NyzFCnaqoyj"
    "xey4WqTI5Tai5Xmct+RKa8mqYgVCeodAK/pKFL3C5URjVOpEHVzo6DOjv4PjFXvnIVpdFB"
    "Mek1qyO3dKBRRcyxaoFG/pddKSN3FUONYhugqoU7Li88sd5HmPLgKGXpLdVQkChF8dR6KA"
    "WvVh3L511qRZQBx+cKLzD7hjP9JLH+Zp6/RCBtWGKoMcdFPSd9gsJ0GSDIYw1eobeztwAC"
    "i86wjCYTcWP36PEL/w/vxkRmlhT27TEUNU6on5JSPtoFc2qlkqWX9JgRgROHui5YojGwHT"
    "pBrovcMlJc6ionou8QVU74AlBRPILhByuLfNyOEXULkzYSV9S0lBLTn8e9P0ALytBKNs06"
    "wOIj8o8wOdYIsxmXcLlXxyw/o+d7npkNYfPmHo6vXf2qUqreu3TK+AetFFoQpalB9t0DZD"
    "qWCdUNFyGyS7HeJHEND9YahyvL6iCuNxF6xg7czyDXLruqyVUpfk8htjwH7crvOLnmd5X5"
    "HfBKpbpalET7EVM3vwk/DCZz8VMNFwfiv8onlDmB/oiq/BGNLSoKHWfY0PLuJUao9LXELd"
    "cSK6P621LIy9D4A/t/nqK/8jMUK9vNZ/Qj7cVy/UVUPRJiZhNQOQpavBsSd4kES/i/AIIO"
    "f4ATUL6aWpA1wQV2J9RzXPTGZY8WygjzL/dRivH+kbx4Otz/aI0eOhhdB6PXHXYdjP4iRD"
    "sdjF5/Hutg9JfAZR01raOmddS0jppu2NBBRLVURZRGV1aoQvWPqkm9JQeiH7asQtXALRox"
    "rVRXwf+o9wBqzQsrxDa/GKz8DUDv9upKR/fr6P7KLN+4mWaOLZMv36cBVLMPvNzofvchs9"
    "CJbG/mekj4CIUYfj+t6y9u4JoAjAKRdAg98M3qLbhbQsws7AbZhwB1TD5exteLHpmxiPem"
    "/SH7nTozt6ycR/bqYivP7avgZxDzMvbPYuVW1tRVNqI3Lvvd3uUpmFGO9Ihct/8465yCBX"
    "wcoxERdEE/ocyQY5IfRbHQw0KRhwqlVmKfmappLkWsrXNVts7ZiJjBwlMIoYhQ6RAKhczO"
    "2nn1Ij4qzzZ3ZHOcUrO50mx+ZiP8M1uHy7fCS3FdzbgZJdHWTV0gqRxAc8zFKxXziSa4Tj"
    "jPka3Xoka46IeqCyTVuUDSwJOgpu1SnrXtii4fUThul3iinikygaASmbM5XqY3YacgvOL7"
    "ZolNBJZzRMCdTJtzB7ALRH6Ixybgz0bSkiR7fnFF6dOsmN2yHpNfHJhLLlj+VG2zek6b1Y"
    "oNxaGNkmiBJEMg0SnKdYry0i5pHzo4+TkSA1bMOFqzvIAVQ7eoLLg9LeDzCINSAs8QBkPJ"
    "fLMwKKTbwsKg70d8C67oBFr8L2pzYW0OH5C4amVx3ICYTrwDgMQUjdB1l9Qxv4SDpw5dAC"
    "pFsbQQuM/pR2SVggZAR1R+oUK8hC64ExP8RSQmuQNLzOZCbsQO4D+dOsJFapqOTEImn2F7"
    "YwtPRE6zMnKSacnxiZJjuB5UBJ0ojU5LUyQtjSrC+0X3uQ/e8hPSUGcGCXZhtg60GeckXQ"
    "0kywTarUJot3LQbqXQdugmxWh7fERIe0Ck14elQoDE1/bgujMQ8zkLcRb6f98Y/cFlu9e9"
    "aQ+7/V7Y6xrRdTQivcs+586Mjshl/2+dQe+60xuKWIsHvm0uEGEj8luv//tV5+KyY3R7N8"
    "Pu8Naf7p7QpYXMmZ/9DTPPn+/s9qbb69zcnIKx52LCz9YRGXRuuhdyXn7WYlPO2h9+E6+c"
    "KRwUWSwfWgXWyofWxqUiuhKOkgXEGddQN3+QK4K63QZpfTwpdKyc5BwrJ0l4Q+nNmEN3rg"
    "JzirB2G18px7hcnULHmWL+3e90CTRzBh2JVGVvOnb56AXOihjOC0WKkulYJIVYJAuSmce1"
    "dJUNLUpTUgzDM8rMRbayzRtZahsbY6pkdvWH1+CI0CkhqrPA65sh06T8kFdSQ9cUB8vhfs"
    "ximL5jXmp0GyZj+sPwHCXFLUZUwxO4DKBdjibf43fCO4tWw14Idt8jYdyjR8NGCxVJKE1Z"
    "B8gPLRXZDn4QZXp2YUCaVHNAnQNTxCbzneTSOKW2W1TNbpEKUChyYRza2GD0HpEn3hpv23"
    "gopjlCdaTQ1XEZGvxEjOoWPp3KqHWYzANHCc8CiRBdd47tJ4J0vZqorlBNqWXRZRBYsztQ"
    "32U8zFc5Wb2hyr4qq6FK5aR66oqqV7qkuF9fFz7dhlCYkOQJ+ARZT+oCT5lBmW3k4ImwA6"
    "TCMoOeZl5gJlyP0eXzDrVOyo5XfODHlGKQV4SkhvF0JVnYM0LZ8+zrdk3RLSVakT+RZV7G"
    "/etNv7fBH7gmSRpd8ISB/8r8UkeIdg64Aox8y1fSyNWM21DEBGfPXSrm5/8Ad0TeIQ=="
)
